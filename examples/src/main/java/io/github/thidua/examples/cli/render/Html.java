package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.core.rank.TieBreak;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pieces the HTML reports ({@link ReviewHtmlWriter}, {@link ConsolidationHtmlWriter}) share: escaping, the
 * page frame with its inline style sheet, and the bloc sections (ranking, chart, decisions with their reasons and
 * citations, next term, findings, warnings), in Vietnamese or English.
 *
 * <p>Every page is one self-contained file: styles are inline, the chart is inline SVG ({@link ScoreChart}), fonts
 * are the reader's system fonts, and there are no scripts, links, images or other requests. Every text that comes
 * from a scenario or a rule goes through {@link #esc(String)}.
 */
final class Html {
    /*
     * Administrative typography (Nghị định 30/2020/NĐ-CP, Phụ lục I): Times New Roman, with Liberation Serif (the
     * metric-compatible face Debian ships in fonts-liberation) and Tinos as fallbacks; A4 pages with the decree's
     * margins (top and bottom 20 mm, left 30 mm, right 15 mm). Nothing is folded away, so the printout has
     * everything the screen has.
     */
    private static final String CSS = """
            :root{--ink:#111;--muted:#444;--line:#999;--bg:#e9ecef;--accent:#8e0000}
            *{box-sizing:border-box}
            @page{size:A4;margin:20mm 15mm 20mm 30mm}
            body{margin:0;font-family:"Times New Roman","Liberation Serif",Tinos,"Nimbus Roman",serif;
              color:var(--ink);background:var(--bg);line-height:1.3;font-size:13pt}
            main{max-width:210mm;margin:12px auto;padding:20mm 15mm 20mm 30mm;background:#fff;
              box-shadow:0 1px 4px rgba(0,0,0,.2)}
            header{text-align:center;border-bottom:1.5px solid var(--ink);padding-bottom:6pt;margin-bottom:6pt}
            .kicker{margin:0;font-weight:700;text-transform:uppercase;font-size:12pt}
            h1{margin:4pt 0 2pt;font-size:15pt;line-height:1.25;text-transform:uppercase}
            h2{margin:14pt 0 4pt;font-size:13pt;text-transform:uppercase;break-after:avoid}
            h3{margin:10pt 0 3pt;font-size:13pt;font-style:italic;break-after:avoid}
            h4{margin:8pt 0 2pt;font-size:12pt;break-after:avoid}
            .sub{margin:0}
            table{border-collapse:collapse;width:100%;margin:3pt 0 8pt;font-size:11pt}
            th,td{border:0.75pt solid var(--line);padding:2pt 4pt;text-align:left;vertical-align:top}
            th{font-weight:700;text-align:center}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.facts{width:100%;font-size:12pt}
            table.facts th,table.facts td{border:none;padding:1pt 4pt}
            table.facts th{width:12em;font-weight:400;text-align:left;font-style:italic}
            table.counts{width:auto;min-width:60%}
            tr.leader td{font-weight:700}
            code{font-family:"Liberation Mono","Courier New",monospace;font-size:9pt;white-space:nowrap}
            .note{border:0.75pt solid var(--line);padding:4pt 8pt;margin:6pt 0;font-style:italic}
            .muted{color:var(--muted)}
            .basis{display:block;color:var(--muted);font-size:9.5pt}
            .badge{font-style:italic;white-space:nowrap}
            .o-RECOMMENDED{font-weight:700;font-style:normal}
            ul.reasons{margin:2pt 0 0;padding-left:14pt}
            ul.reasons li{margin:1pt 0}
            li.unmet::marker{content:"✗ "}
            li.met::marker{content:"✓ "}
            ul.citations{margin:2pt 0;padding-left:16pt;font-size:11pt}
            figure{margin:4pt 0 8pt;break-inside:avoid}
            figcaption{color:var(--muted);font-size:10pt;font-style:italic}
            svg text{font-family:"Times New Roman","Liberation Serif",Tinos,serif}
            .legend{display:flex;flex-wrap:wrap;gap:4pt 12pt;font-size:10pt;margin:2pt 0}
            .legend span::before{content:"";display:inline-block;width:9pt;height:9pt;margin-right:3pt;
              vertical-align:-1pt;background:var(--c);-webkit-print-color-adjust:exact;print-color-adjust:exact}
            svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            td.basis-cell{font-size:10pt}
            p.tie-break{margin:0 0 4pt;font-size:11pt;font-style:italic}
            footer{margin-top:16pt;border-top:0.75pt solid var(--line);padding-top:4pt;color:var(--muted);
              font-size:9.5pt}
            @media print{body{background:#fff}main{max-width:none;margin:0;padding:0;box-shadow:none}
              tr{break-inside:avoid}thead{display:table-header-group}}
            """;

    private final Lang lang;
    private final ResultText text;
    private final Fmt fmt;

    Html(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
        this.fmt = new Fmt(lang);
    }

    Fmt fmt() {
        return fmt;
    }

    Lang lang() {
        return lang;
    }

    ResultText text() {
        return text;
    }

    String pick(String vi, String en) {
        return lang.pick(vi, en);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        s = io.github.thidua.core.text.SafeText.clean(s); // bidi controls would reorder the report

        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The page: doctype, head with the style sheet, and {@code body} inside {@code <main>}. */
    String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.name().toLowerCase(java.util.Locale.ROOT) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"thidua " + esc(io.github.thidua.examples.cli.ThiduaCli.Version.version()) + "\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    String footer(String rulePack) {
        return "<footer>" + esc(pick("Tạo bởi thidua ", "Made by thidua ") + io.github.thidua.examples.cli.ThiduaCli.Version.version() + " · "
                + pick("bộ quy tắc ", "rule pack ") + rulePack + " · " + pick(
                "Mỗi lý do nêu quy tắc đã áp dụng, căn cứ pháp lý và mức độ chắc chắn. Căn cứ đánh dấu \"giả định\""
                        + " chưa được xác nhận trong văn bản chính thức (docs/legal-notes.md).",
                "Every reason names the rule applied, its legal basis and how sure it is. A basis marked"
                        + " \"assumption\" is not confirmed in an official text (docs/legal-notes.md)."))
                + "</footer>\n";
    }

    String date(LocalDate d) {
        return fmt.date(d);
    }

    /** The legal sources cited, with their validity and certainty. */
    String citations(List<LegalSource> sources) {
        StringBuilder sb = new StringBuilder("<ul class=\"citations\">\n");
        for (LegalSource s : sources) {
            sb.append("<li>").append(esc(s.citation())).append(" <span class=\"muted\">(")
                    .append(esc(pick("hiệu lực ", "in force ") + date(s.validFrom()) + " – "
                            + (s.validTo() == null ? "" : date(s.validTo())) + "; " + text.certainty(s.certainty())))
                    .append(")</span></li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    /** A two-column table of labels and values (values are escaped here). */
    static String facts(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("<table class=\"facts\">\n");
        for (String[] r : rows) {
            sb.append("<tr><th scope=\"row\">").append(esc(r[0])).append("</th><td>").append(esc(r[1]))
                    .append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    String outcomeBadge(Outcome o) {
        return "<span class=\"badge o-" + o.name() + "\">" + esc(text.outcome(o)) + "</span>";
    }

    /** A reason: message, rule id, and on a second line its legal basis and certainty. */
    String reason(Reason r) {
        return esc(text.message(r)) + " <code>" + esc(r.ruleId()) + "</code><span class=\"basis\">"
                + esc(text.basis(r)) + "</span>";
    }

    /** The unit's name (its id when unknown), escaped. */
    static String unit(UnitId id, Function<UnitId, String> names) {
        return esc(ResultText.unit(id, names));
    }

    /** Each unit's award (recommended or pending), or a dash. */
    String finalAward(ReviewResult result, UnitId id) {
        List<Decision> awarded = result.decisionsFor(id).stream().filter(d -> d.outcome().isAward()).toList();
        if (awarded.isEmpty()) {
            return ResultText.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (Decision d : awarded) {
            if (sb.length() > 0) {
                sb.append("<br>");
            }
            sb.append(esc(text.award(d.award())));
            if (d.outcome() != Outcome.RECOMMENDED) {
                sb.append(' ').append(outcomeBadge(d.outcome()));
            }
        }
        return sb.toString();
    }

    /** The ranking table (names, points) with each unit's award; the leaders' rows are marked. */
    String rankingTable(ReviewResult result) {
        List<RankedUnit> units = result.ranking().units();
        Function<UnitId, String> names = result::nameOf;
        int scale = Math.max(Math.max(Fmt.scale(units, RankedUnit::total), Fmt.scale(units, RankedUnit::regular)),
                Math.max(Fmt.scale(units, RankedUnit::bonus), Fmt.scale(units, RankedUnit::penalty)));
        StringBuilder sb = new StringBuilder("<table class=\"ranking\">\n<thead><tr>");
        sb.append("<th class=\"num\">").append(esc(pick("Hạng", "Rank"))).append("</th>")
                .append("<th>").append(esc(pick("Đơn vị", "Unit"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Tổng", "Total"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Cơ bản", "Base"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Thưởng", "Bonus"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Trừ", "Penalty"))).append("</th>")
                .append("<th style=\"width:34%\">").append(esc(pick("Đề nghị khen thưởng", "Proposed award")))
                .append("</th></tr></thead>\n<tbody>\n");
        List<String> notes = new java.util.ArrayList<>();
        for (RankedUnit u : units) {
            boolean leader = ScoreChart.isFlagLeader(result, u.unit());
            TieBreak tb = u.tieBreak();
            if (tb != null) {
                notes.add(names.apply(u.unit()) + ": " + text.tieBreak(tb, names));
            }
            sb.append(leader ? "<tr class=\"leader\">" : "<tr>")
                    .append("<td class=\"num\">").append(u.rank()).append(tb == null ? "" : "*").append("</td>")
                    .append("<td id=\"u-").append(esc(u.unit().value())).append("\">")
                    .append(esc(names.apply(u.unit()))).append("</td>")
                    .append("<td class=\"num\"><strong>").append(fmt.number(u.total(), scale))
                    .append("</strong></td>")
                    .append("<td class=\"num\">").append(fmt.number(u.regular(), scale)).append("</td>")
                    .append("<td class=\"num\">").append(fmt.number(u.bonus(), scale)).append("</td>")
                    .append("<td class=\"num\">").append(fmt.number(u.penalty(), scale)).append("</td>")
                    .append("<td>").append(finalAward(result, u.unit())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        for (String note : notes) {
            sb.append("<p class=\"tie-break\">* ").append(esc(note)).append("</p>\n");
        }
        return sb.toString();
    }

    /**
     * The proposals with their basis: for each unit proposed for an award (recommended or pending the council),
     * in rank order, the award, the legal basis of the award's standard the unit met, and the bloc's vote.
     */
    String proposals(ReviewResult result) {
        StringBuilder sb = new StringBuilder("<table class=\"proposals\">\n<colgroup><col style=\"width:6%\">"
                + "<col style=\"width:21%\"><col style=\"width:19%\"><col style=\"width:37%\"><col style=\"width:17%\">"
                + "</colgroup>\n<thead><tr><th class=\"num\">")
                .append(esc(pick("Hạng", "Rank"))).append("</th><th>").append(esc(pick("Đơn vị", "Unit")))
                .append("</th><th>").append(esc(pick("Hình thức khen thưởng", "Award"))).append("</th><th>")
                .append(esc(pick("Căn cứ pháp lý của tiêu chuẩn", "Legal basis of the standard")))
                .append("</th><th>").append(esc(pick("Bình xét", "Vote")))
                .append("</th></tr></thead>\n<tbody>\n");
        boolean any = false;
        for (Decision d : result.decisions()) {
            if (!d.outcome().isAward()) {
                continue;
            }
            any = true;
            sb.append("<tr><td class=\"num\">")
                    .append(result.ranking().of(d.unit()).map(u -> Integer.toString(u.rank())).orElse(""))
                    .append("</td><td>").append(esc(result.nameOf(d.unit()))).append("</td><td>")
                    .append(esc(text.award(d.award())));
            if (d.outcome() != Outcome.RECOMMENDED) {
                sb.append("<br>").append(outcomeBadge(d.outcome()));
            }
            sb.append("</td><td class=\"basis-cell\">").append(esc(String.join("; ", Proposals.basis(d, lang == Lang.EN ? "en" : "vi"))))
                    .append("</td><td class=\"basis-cell\">")
                    .append(Proposals.vote(d).map(v -> esc(text.message(v))).orElse(esc(ResultText.NONE)))
                    .append("</td></tr>\n");
        }
        if (!any) {
            sb.append("<tr><td colspan=\"5\">").append(esc(pick("không có", "none"))).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /**
     * Decisions grouped by unit: for each, the outcome, the deciding reason, the unmet conditions, and (folded)
     * the conditions met, every reason with its rule, legal basis and certainty.
     */
    String decisions(List<Decision> decisions, Function<UnitId, Integer> ranks, Function<UnitId, String> names,
                     String heading) {
        StringBuilder sb = new StringBuilder();
        UnitId previous = null;
        for (Decision d : decisions) {
            if (!d.unit().equals(previous)) {
                if (previous != null) {
                    sb.append("</tbody>\n</table>\n");
                }
                Integer rank = ranks.apply(d.unit());
                sb.append('<').append(heading).append('>')
                        .append(esc(rank == null ? "" : pick("Hạng ", "Rank ") + rank + ": "))
                        .append(unit(d.unit(), names)).append("</").append(heading)
                        .append(">\n<table class=\"decisions\">\n<thead><tr><th>")
                        .append(esc(pick("Hình thức khen thưởng", "Award"))).append("</th><th>")
                        .append(esc(pick("Kết quả", "Outcome"))).append("</th><th>")
                        .append(esc(pick("Lý do, quy tắc và căn cứ", "Reasons, rules and legal basis")))
                        .append("</th></tr></thead>\n<tbody>\n");
                previous = d.unit();
            }
            sb.append("<tr><td style=\"width:22%\">").append(esc(text.award(d.award()))).append("</td><td style=\"width:14%\">")
                    .append(outcomeBadge(d.outcome())).append("</td><td>");
            if (!d.reasons().isEmpty()) {
                sb.append(reason(d.reasons().get(0)));
            }
            if (!d.unmet().isEmpty()) {
                sb.append("<ul class=\"reasons\">");
                for (Reason r : d.unmet()) {
                    sb.append("<li class=\"unmet\">").append(reason(r)).append("</li>");
                }
                sb.append("</ul>");
            }
            if (d.reasons().size() > 1) {
                // Shown, not folded: a printout must carry every reason the screen does.
                sb.append("<ul class=\"reasons\">");
                for (Reason r : d.reasons().subList(1, d.reasons().size())) {
                    sb.append("<li class=\"met\">").append(reason(r)).append("</li>");
                }
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        if (previous != null) {
            sb.append("</tbody>\n</table>\n");
        }
        return sb.toString();
    }

    /** The recommended (and pending) awards counted per award. */
    String counts(List<Decision> decisions) {
        Map<AwardType, Integer> recommended = ResultText.count(decisions, Outcome.RECOMMENDED);
        Map<AwardType, Integer> pending = ResultText.count(decisions, Outcome.PENDING_PROVINCE);
        StringBuilder sb = new StringBuilder("<table class=\"counts\">\n<thead><tr><th>")
                .append(esc(pick("Hình thức khen thưởng", "Award"))).append("</th><th class=\"num\">")
                .append(esc(pick("Đề nghị", "Recommended"))).append("</th><th class=\"num\">")
                .append(esc(pick("Chờ Hội đồng tỉnh", "Pending the council"))).append("</th></tr></thead>\n<tbody>\n");
        boolean any = false;
        for (AwardType a : AwardType.values()) {
            int r = recommended.getOrDefault(a, 0);
            int p = pending.getOrDefault(a, 0);
            if (r + p > 0) {
                any = true;
                sb.append("<tr><td>").append(esc(text.award(a))).append("</td><td class=\"num\">").append(r)
                        .append("</td><td class=\"num\">").append(p == 0 ? "" : Integer.toString(p)).append("</td></tr>\n");
            }
        }
        if (!any) {
            sb.append("<tr><td colspan=\"3\">").append(esc(pick("không có", "none"))).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /** Next year's head and deputy with how they were determined and the rule's reason. */
    String nextTerm(NextTerm term, BlocKind kind, Function<UnitId, String> names) {
        boolean cluster = kind == BlocKind.CUM;
        String how = term.elected() ? pick("được bầu", "elected") : pick("theo quy chế", "by the rotation policy");
        StringBuilder sb = new StringBuilder("<table class=\"facts next-term\">\n");
        sb.append("<tr><th scope=\"row\">").append(esc(pick(cluster ? "Cụm trưởng năm " : "Trưởng khối năm ",
                "Head for ") + term.year())).append("</th><td>")
                .append(term.head() == null ? esc(ResultText.NONE + " " + pick("(chưa xác định)", "(not determined)"))
                        : "<strong>" + unit(term.head(), names) + "</strong>, " + esc(how))
                .append("</td></tr>\n");
        sb.append("<tr><th scope=\"row\">").append(esc(pick(cluster ? "Cụm phó năm " : "Phó khối năm ",
                "Deputy for ") + term.year())).append("</th><td>")
                .append(term.deputy() == null ? esc(ResultText.NONE) : "<strong>" + unit(term.deputy(), names)
                        + "</strong>, " + esc(how)).append("</td></tr>\n");
        if (!term.reasons().isEmpty()) {
            sb.append("<tr><th scope=\"row\">").append(esc(pick("Căn cứ", "Reason"))).append("</th><td>");
            for (Reason r : term.reasons()) {
                sb.append("<div>").append(reason(r)).append("</div>");
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    String findings(List<Finding> findings, Function<UnitId, String> names) {
        if (findings.isEmpty()) {
            return "<p class=\"muted\">" + esc(pick("Không có phát hiện.", "No findings.")) + "</p>\n";
        }
        StringBuilder sb = new StringBuilder("<table class=\"findings\">\n<thead><tr><th>")
                .append(esc(pick("Mức", "Severity"))).append("</th><th>").append(esc(pick("Đơn vị", "Unit")))
                .append("</th><th>").append(esc(pick("Nội dung, quy tắc và căn cứ", "Message, rule and legal basis")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            sb.append("<tr><td><span class=\"badge s-").append(f.severity().name()).append("\">")
                    .append(esc(text.severity(f.severity()))).append("</span></td><td>")
                    .append(f.unit() == null ? esc(ResultText.NONE) : unit(f.unit(), names))
                    .append("</td><td>").append(esc(text.message(f))).append(" <code>").append(esc(f.ruleId()))
                    .append("</code><span class=\"basis\">")
                    .append(esc(pick("Căn cứ: ", "Basis: ") + f.basis(lang == Lang.EN ? "en" : "vi") + " · " + text.certainty(f.certainty())))
                    .append("</span></td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "<p class=\"muted\">" + esc(pick("Không có lưu ý.", "No warnings.")) + "</p>\n";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"warnings\">\n");
        for (Warning w : warnings) {
            sb.append("<li><code>").append(esc(w.code())).append("</code> ").append(esc(text.message(w)))
                    .append("</li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    String audit(List<AuditEntry> entries) {
        StringBuilder sb = new StringBuilder("<h2 id=\"audit\">")
                .append(esc(pick("Nhật ký quy tắc đã chạy", "Audit trail: rules fired, in order"))).append("</h2>\n");
        if (entries.isEmpty()) {
            return sb.append("<p class=\"muted\">").append(esc(pick("không có", "none"))).append("</p>\n").toString();
        }
        sb.append("<table class=\"audit\">\n<thead><tr><th class=\"num\">#</th><th>").append(esc(pick("Quy tắc", "Rule")))
                .append("</th><th>").append(esc(pick("Đơn vị", "Units"))).append("</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (AuditEntry e : entries) {
            sb.append("<tr><td class=\"num\">").append(++i).append("</td><td><code>").append(esc(e.ruleId()))
                    .append("</code></td><td>").append(esc(String.join(", ", e.units()))).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /**
     * A review's mode as HTML: the label of a suggestion, or the appraisal (thẩm định) of the bloc's recorded
     * proposals: each with its verdict and reasons (unmet conditions first), then where the bloc differs from the
     * score ranking.
     */
    String appraisal(io.github.thidua.rules.Appraisal a) {
        ReviewResult r = a.suggestion();
        Function<UnitId, String> names = r::nameOf;
        StringBuilder sb = new StringBuilder();
        if (a.mode() == io.github.thidua.rules.Appraisal.Mode.SUGGEST) {
            if (!r.decisions().isEmpty()) {
                sb.append("<p class=\"note\" id=\"suggestion\">").append(esc(pick(
                        "Đây là gợi ý: kịch bản chưa ghi nhận quyết định của khối (bình xét, suy tôn, biểu quyết); các đề"
                                + " nghị là gợi ý của thidua theo xếp hạng điểm, khối thảo luận và quyết định.",
                        "This is a suggestion: the scenario records no decision of the bloc (discussion and vote); the"
                                + " proposals are thidua's suggestion from the score ranking, the bloc decides.")))
                        .append("</p>\n");
            }
            return sb.toString();
        }
        sb.append("<h2 id=\"appraisal\">").append(esc(pick("Thẩm định đề nghị của khối", "Appraisal of the bloc's proposals")))
                .append("</h2>\n<p>").append(esc(pick("Khối suy tôn đơn vị dẫn đầu: ", "Leaders the bloc chose: ")
                        + String.join("; ", a.leaders().stream().map(u -> ResultText.unit(u, names)).toList())))
                .append("</p>\n<table class=\"verdicts\">\n<thead><tr><th>").append(esc(pick("Đơn vị", "Unit")))
                .append("</th><th>").append(esc(pick("Đề nghị", "Proposed"))).append("</th><th>")
                .append(esc(pick("Kết quả thẩm định", "Verdict"))).append("</th><th>")
                .append(esc(pick("Lý do", "Why"))).append("</th></tr></thead>\n<tbody>\n");
        for (io.github.thidua.rules.Verdict v : a.verdicts()) {
            sb.append("<tr class=\"v-").append(v.kind().name()).append("\"><td>").append(unit(v.unit(), names))
                    .append("</td><td>").append(esc(text.award(v.award()))).append("</td><td><span class=\"badge\">")
                    .append(esc(pick(v.kind().vi(), v.kind().en()))).append("</span></td><td><ul>");
            for (Reason u : v.unmet()) {
                sb.append("<li>✗ ").append(reason(u)).append("</li>");
            }
            for (Reason x : v.reasons()) {
                sb.append("<li>").append(reason(x)).append("</li>");
            }
            sb.append("</ul></td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (!a.differences().isEmpty()) {
            sb.append("<h3>").append(esc(pick("Khác với xếp hạng điểm", "Where the bloc differs from the ranking")))
                    .append("</h3>\n<ul>\n");
            a.differences().forEach(d -> sb.append("<li>").append(reason(d)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    /** A province's mode as HTML: the council's verdict on each proposal, or the label of a suggestion. */
    String council(io.github.thidua.rules.CouncilAppraisal c) {
        Function<UnitId, String> names = u -> c.consolidation().blocs().stream().map(b -> b.nameOf(u))
                .filter(n -> n != null && !n.equals(u.value())).findFirst().orElse(u.value());
        StringBuilder sb = new StringBuilder();
        if (c.mode() == io.github.thidua.rules.Appraisal.Mode.SUGGEST) {
            return "<p class=\"note\" id=\"suggestion\">" + esc(pick(
                    "Đây là gợi ý: chưa ghi nhận phiên họp và phiếu bầu của Hội đồng Thi đua - Khen thưởng tỉnh;"
                            + " Hội đồng bỏ phiếu và quyết định.",
                    "This is a suggestion: no session or ballot of the provincial council is recorded; the council"
                            + " votes and decides.")) + "</p>\n";
        }
        sb.append("<h2 id=\"council\">").append(esc(pick("Hội đồng Thi đua - Khen thưởng tỉnh: kết quả bỏ phiếu",
                "The provincial council's ballots"))).append("</h2>\n<p>")
                .append(esc(pick("Số Cờ thi đua của Chính phủ tối đa toàn tỉnh: ", "Most Government flags the province may propose: ")
                        + c.governmentFlagCap())).append("</p>\n<table class=\"verdicts\">\n<thead><tr><th>")
                .append(esc(pick("Đơn vị", "Unit"))).append("</th><th>").append(esc(pick("Đề nghị", "Proposed")))
                .append("</th><th>").append(esc(pick("Kết quả", "Verdict"))).append("</th><th>")
                .append(esc(pick("Lý do", "Why"))).append("</th></tr></thead>\n<tbody>\n");
        for (io.github.thidua.rules.CouncilVerdict v : c.verdicts()) {
            sb.append("<tr class=\"v-").append(v.kind().name()).append("\"><td>").append(unit(v.unit(), names))
                    .append("</td><td>").append(esc(text.award(v.award()))).append("</td><td><span class=\"badge\">")
                    .append(esc(pick(v.kind().vi(), v.kind().en()))).append("</span></td><td><ul>");
            v.reasons().forEach(x -> sb.append("<li>").append(reason(x)).append("</li>"));
            sb.append("</ul></td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return sb.toString();
    }
}
