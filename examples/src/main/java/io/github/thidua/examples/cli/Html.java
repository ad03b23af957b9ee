package io.github.thidua.examples.cli;

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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String CSS = """
            :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f5f7fa;--accent:#b71c1c;
              --gov:#8e0000;--flag:#d32f2f;--cert:#f0a500;--title:#2e7d32;--other:#607d8b;--none:#b0bec5}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
              color:var(--ink);background:var(--bg);line-height:1.45;font-size:15px}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 48px;background:#fff;min-height:100vh}
            header{border-bottom:4px solid var(--accent);padding-bottom:12px;margin-bottom:8px}
            .kicker{margin:0;color:var(--accent);font-weight:600;text-transform:uppercase;letter-spacing:.06em;
              font-size:12px}
            h1{margin:4px 0 2px;font-size:26px;line-height:1.25}
            h2{margin:32px 0 10px;font-size:20px;border-bottom:1px solid var(--line);padding-bottom:4px}
            h3{margin:22px 0 6px;font-size:16px}
            .sub{margin:0;color:var(--muted)}
            table{border-collapse:collapse;width:100%;margin:6px 0 12px}
            th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
            th{background:#eef2f7;font-weight:600;font-size:13px}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.facts{width:auto;min-width:60%}
            table.facts th{background:none;width:14em;color:var(--muted);font-weight:500}
            table.counts{width:auto;min-width:50%}
            tr.leader td{background:#fff5f5}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;
              background:#eef2f7;border-radius:3px;padding:0 4px;white-space:nowrap}
            .note{background:#fff8e1;border-left:4px solid var(--cert);padding:8px 12px;margin:12px 0}
            .muted{color:var(--muted)}
            .basis{display:block;color:var(--muted);font-size:12px}
            .badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;
              white-space:nowrap}
            .o-RECOMMENDED{background:#e8f5e9;color:#1b5e20}
            .o-PENDING_PROVINCE{background:#e3f2fd;color:#0d47a1}
            .o-ELIGIBLE_NOT_SELECTED{background:#fff3e0;color:#8a4b00}
            .o-NOT_ELIGIBLE{background:#eceff1;color:#455a64}
            .s-ERROR{background:#ffebee;color:#b71c1c}
            .s-WARNING{background:#fff3e0;color:#8a4b00}
            .s-INFO{background:#e3f2fd;color:#0d47a1}
            ul.reasons{margin:4px 0 0;padding-left:18px}
            ul.reasons li{margin:2px 0}
            li.unmet::marker{content:"✗ ";color:var(--accent)}
            li.met::marker{content:"✓ ";color:#2e7d32}
            details summary{cursor:pointer;color:var(--muted);font-size:13px}
            figure{margin:8px 0 16px}
            figcaption{color:var(--muted);font-size:13px}
            svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
            .legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;margin:4px 0}
            .legend span::before{content:"";display:inline-block;width:12px;height:12px;margin-right:5px;
              vertical-align:-1px;border-radius:2px;background:var(--c)}
            footer{margin-top:40px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:12px}
            @media print{body{background:#fff}main{padding:0}h2{break-after:avoid}tr{break-inside:avoid}}
            """;

    private final Lang lang;
    private final ResultText text;

    Html(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
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
                + "<meta name=\"generator\" content=\"thidua " + esc(ThiduaCli.Version.version()) + "\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    String footer(String rulePack) {
        return "<footer>" + esc(pick("Tạo bởi thidua ", "Made by thidua ") + ThiduaCli.Version.version() + " · "
                + pick("bộ quy tắc ", "rule pack ") + rulePack + " · " + pick(
                "Mỗi lý do nêu quy tắc đã áp dụng, căn cứ pháp lý và mức độ chắc chắn. Căn cứ đánh dấu \"giả định\""
                        + " chưa được xác nhận trong văn bản chính thức (docs/legal-notes.md).",
                "Every reason names the rule applied, its legal basis and how sure it is. A basis marked"
                        + " \"assumption\" is not confirmed in an official text (docs/legal-notes.md)."))
                + "</footer>\n";
    }

    static String date(LocalDate d) {
        return d == null ? ResultText.NONE : DATE.format(d);
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
                + esc(pick("Căn cứ: ", "Basis: ") + r.legalBasis() + " · " + text.certainty(r.certainty()))
                + "</span>";
    }

    /** {@code id (name)}, escaped. */
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

    /** The ranking table with each unit's award; the leaders' rows are marked. */
    String rankingTable(BlocReview review, ReviewResult result) {
        List<RankedUnit> units = result.ranking().units();
        int scale = 0;
        for (RankedUnit u : units) {
            for (BigDecimal v : new BigDecimal[] {u.total(), u.regular(), u.bonus(), u.penalty()}) {
                scale = Math.max(scale, Math.max(0, v.stripTrailingZeros().scale()));
            }
        }
        StringBuilder sb = new StringBuilder("<table class=\"ranking\">\n<thead><tr>");
        sb.append("<th class=\"num\">").append(esc(pick("Hạng", "Rank"))).append("</th>")
                .append("<th>").append(esc(pick("Mã đơn vị", "Unit"))).append("</th>")
                .append("<th>").append(esc(pick("Tên đơn vị", "Name"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Tổng", "Total"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Cơ bản", "Regular"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Thưởng", "Bonus"))).append("</th>")
                .append("<th class=\"num\">").append(esc(pick("Trừ", "Penalty"))).append("</th>")
                .append("<th>").append(esc(pick("Khen thưởng", "Award"))).append("</th>")
                .append("<th>").append(esc(pick("Ghi chú", "Tie-break"))).append("</th></tr></thead>\n<tbody>\n");
        for (RankedUnit u : units) {
            boolean leader = ScoreChart.isFlagLeader(result, u.unit());
            TieBreak tb = u.tieBreak();
            sb.append(leader ? "<tr class=\"leader\">" : "<tr>")
                    .append("<td class=\"num\">").append(u.rank()).append("</td>")
                    .append("<td><code id=\"u-").append(esc(u.unit().value())).append("\">")
                    .append(esc(u.unit().value())).append("</code></td>")
                    .append("<td>").append(esc(review.bloc().member(u.unit()).map(Unit::name).orElse(""))).append("</td>")
                    .append("<td class=\"num\"><strong>").append(u.total().setScale(scale).toPlainString())
                    .append("</strong></td>")
                    .append("<td class=\"num\">").append(u.regular().setScale(scale).toPlainString()).append("</td>")
                    .append("<td class=\"num\">").append(u.bonus().setScale(scale).toPlainString()).append("</td>")
                    .append("<td class=\"num\">").append(u.penalty().setScale(scale).toPlainString()).append("</td>")
                    .append("<td>").append(finalAward(result, u.unit())).append("</td>")
                    .append("<td>").append(tb == null ? "" : esc(pick(tb.vi(), tb.en()))).append("</td></tr>\n");
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
                sb.append("<details><summary>").append(esc(pick(
                        (d.reasons().size() - 1) + " căn cứ khác, điều kiện đạt",
                        (d.reasons().size() - 1) + " more: notes and conditions met")))
                        .append("</summary><ul class=\"reasons\">");
                for (Reason r : d.reasons().subList(1, d.reasons().size())) {
                    sb.append("<li class=\"met\">").append(reason(r)).append("</li>");
                }
                sb.append("</ul></details>");
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

    String findings(List<Finding> findings) {
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
                    .append(f.unit() == null ? esc(ResultText.NONE) : "<code>" + esc(f.unit().value()) + "</code>")
                    .append("</td><td>").append(esc(text.message(f))).append(" <code>").append(esc(f.ruleId()))
                    .append("</code><span class=\"basis\">")
                    .append(esc(pick("Căn cứ: ", "Basis: ") + f.legalBasis() + " · " + text.certainty(f.certainty())))
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
}
