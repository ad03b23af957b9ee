package io.github.thidua.examples.cli.render;

import static io.github.thidua.examples.cli.render.Html.esc;

import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.ConsolidationResult.GovernmentFlagQuota;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a province's consolidation as one self-contained HTML page ({@code thidua consolidate --format html}):
 * the province, regime and sources cited; the Government-flag quota (bloc leaders, share, cap, proposed, confirmed)
 * with every proposal and the council's decision on it; then a section per bloc with its recommended awards, next
 * year's head, its score chart and ranking, its emulation-flag decisions after the cap, and its findings; and the
 * province's findings.
 */
public final class ConsolidationHtmlWriter {
    private final Html html;

    /**
     * @param lang the language of labels and messages
     */
    public ConsolidationHtmlWriter(Lang lang) {
        this.html = new Html(Objects.requireNonNull(lang, "lang"));
    }

    /**
     * The page.
     *
     * @param province    the province review read from the scenario
     * @param profileName the name of the parameter profile used
     * @param result      the engine's consolidation
     * @param audit       whether to add the audit trail of the consolidation rules
     * @return a complete HTML document
     */
    public String write(ProvinceReview province, String profileName, ConsolidationResult result, boolean audit) {
        return write(province, profileName, result, audit, false);
    }

    /**
     * The page, with every bloc's decisions when {@code details}.
     *
     * @param province    the province review read from the scenario
     * @param profileName the name of the parameter profile used
     * @param result      the engine's consolidation
     * @param audit       whether to add the audit trail
     * @param details     whether to add every decision with all its reasons
     * @return a complete HTML document
     */
    public String write(ProvinceReview province, String profileName, ConsolidationResult result, boolean audit,
                        boolean details) {
        return write(province, profileName, result, audit, details, null);
    }

    /** The page with the province's mode: the council's ballots, or the label of a suggestion (none when null). */
    public String write(ProvinceReview province, String profileName, ConsolidationResult result, boolean audit,
                        boolean details, io.github.thidua.rules.CouncilAppraisal council) {
        html.text().useNames(result.blocs());
        Map<String, BlocReview> blocs = new HashMap<>();
        province.blocs().forEach(b -> blocs.put(b.bloc().id().value(), b));
        StringBuilder sb = new StringBuilder();
        sb.append("<header>\n<p class=\"kicker\">")
                .append(esc(html.pick("Hội đồng Thi đua - Khen thưởng tỉnh: tổng hợp các khối, cụm",
                        "Provincial emulation council: consolidation of the blocs")))
                .append("</p>\n<h1>").append(esc(result.province() + " · " + result.year())).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(result.blocs().size() + html.pick(" khối, cụm thi đua",
                        " emulation blocs"))).append("</p>\n</header>\n");
        if (province.illustrative()) {
            sb.append("<p class=\"note\">").append(esc(html.pick(
                    "Dữ liệu có phần minh hoạ (do tự đặt); không phải biên bản của một phiên họp thật.",
                    "The data is partly illustrative (invented); it is not the record of a real session.")));
            if (province.note() != null) {
                sb.append(" <span class=\"muted\">").append(esc(province.note())).append("</span>");
            }
            sb.append("</p>\n");
        }
        sb.append("<h2 id=\"province\">").append(esc(html.pick("Tỉnh", "Province"))).append("</h2>\n");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {html.pick("Tỉnh", "Province"), result.province()});
        facts.add(new String[] {html.pick("Năm thi đua", "Year"), Integer.toString(result.year())});
        facts.add(new String[] {html.pick("Ngày xét", "Decision date"), html.date(result.decisionDate())});
        facts.add(new String[] {html.pick("Chế độ pháp lý", "Legal regime"),
            result.regime().code() + ": " + result.regime().describe(result.decisionDate())});
        facts.add(new String[] {html.pick("Bộ tham số", "Profile"), profileName});
        facts.add(new String[] {html.pick("Bộ quy tắc", "Rule pack"), result.rulePack().toString()});
        facts.add(new String[] {html.pick("Số khối, cụm", "Blocs"), Integer.toString(result.blocs().size())});
        sb.append(Html.facts(facts));
        sb.append("<h3>").append(esc(html.pick("Căn cứ pháp lý", "Legal sources cited"))).append("</h3>\n");
        sb.append(html.citations(result.citations()));

        sb.append(quota(result, blocs));

        for (ReviewResult bloc : result.blocs()) {
            sb.append(bloc(bloc, blocs.get(bloc.bloc().value()), details));
        }

        if (council != null) {
            sb.append(html.council(council));
            for (io.github.thidua.rules.Appraisal a : council.blocs()) {
                if (a.mode() == io.github.thidua.rules.Appraisal.Mode.APPRAISE) {
                    sb.append("<h3>").append(esc(a.suggestion().blocName())).append("</h3>\n");
                    sb.append(html.appraisal(a).replaceFirst("<h2 id=\"appraisal\">", "<h2 id=\"appraisal-"
                            + a.suggestion().bloc().value() + "\">"));
                }
            }
        }
        sb.append("<h2 id=\"province-findings\">").append(esc(html.pick("Phát hiện cấp tỉnh", "Province findings")))
                .append("</h2>\n");
        Map<UnitId, String> allNames = new HashMap<>();
        result.blocs().forEach(b -> b.units().forEach(u -> allNames.putIfAbsent(u.unit(), u.name())));
        sb.append(html.findings(result.findings(), allNames::get));
        if (audit) {
            sb.append(html.audit(result.audit()));
        }
        sb.append(html.footer(result.rulePack().toString()));
        return html.page(result.province() + " — " + result.year(), sb.toString());
    }

    private String quota(ConsolidationResult result, Map<String, BlocReview> blocs) {
        GovernmentFlagQuota q = result.quota();
        String share = html.fmt().number(q.share());
        StringBuilder sb = new StringBuilder("<h2 id=\"quota\">").append(esc(html.pick(
                "Tỷ lệ " + AwardType.GOVERNMENT_FLAG.vi() + " toàn tỉnh",
                "Province-wide quota of the " + AwardType.GOVERNMENT_FLAG.en()))).append("</h2>\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {html.pick("Đơn vị dẫn đầu các khối", "Bloc leaders"), Integer.toString(q.leaders())});
        rows.add(new String[] {html.pick("Tỷ lệ", "Share"), share});
        rows.add(new String[] {html.pick("Tối đa", "Cap"), q.cap() + html.pick(" trên " + q.leaders()
                + " đơn vị dẫn đầu", " of " + q.leaders() + " leaders") + " (⌊" + share + " × " + q.leaders() + "⌋)"});
        rows.add(new String[] {html.pick("Các khối đề nghị", "Proposed"), Integer.toString(q.proposed())});
        rows.add(new String[] {html.pick("Được giữ", "Confirmed"), Integer.toString(q.confirmed())});
        sb.append(Html.facts(rows));
        if (q.reason() != null) {
            sb.append("<p>").append(html.reason(q.reason())).append("</p>\n");
        }
        // Every Government-flag proposal that reached the council, and what the council decided.
        List<String> lines = new ArrayList<>();
        for (ReviewResult bloc : result.blocs()) {
            BlocReview review = blocs.get(bloc.bloc().value());
            // the council's place for each proposal, as its rules recorded it
            java.util.Map<io.github.thidua.core.UnitId, Reason> placed = new java.util.HashMap<>();
            bloc.quota(io.github.thidua.rules.QuotaKind.PROVINCE_GOVERNMENT_FLAG).ifPresent(cap -> cap.positions()
                    .forEach(p -> placed.put(p.unit(), p.reason())));
            for (Decision d : bloc.decisions()) {
                Reason council = placed.get(d.unit());
                if (d.award() != AwardType.GOVERNMENT_FLAG || council == null) {
                    continue;
                }
                lines.add("<tr><td>" + esc(bloc.blocName()) + "</td><td>"
                        + Html.unit(d.unit(), bloc::nameOf) + "</td><td>"
                        + bloc.ranking().of(d.unit()).map(u -> Integer.toString(u.rank())).orElse("") + "</td><td>"
                        + html.outcomeBadge(d.outcome()) + "</td><td>" + html.reason(council) + "</td></tr>\n");
            }
        }
        if (!lines.isEmpty()) {
            sb.append("<table class=\"proposals\">\n<thead><tr><th>").append(esc(html.pick("Khối", "Bloc")))
                    .append("</th><th>").append(esc(html.pick("Đơn vị đề nghị", "Unit proposed")))
                    .append("</th><th class=\"num\">").append(esc(html.pick("Hạng trong khối", "Rank in bloc")))
                    .append("</th><th>").append(esc(html.pick("Kết quả", "Outcome"))).append("</th><th>")
                    .append(esc(html.pick("Quyết định của Hội đồng tỉnh", "The council's decision")))
                    .append("</th></tr></thead>\n<tbody>\n");
            lines.forEach(sb::append);
            sb.append("</tbody>\n</table>\n");
        }
        return sb.toString();
    }

    private static Function<UnitId, String> names(BlocReview review) {
        return id -> review == null ? null : review.bloc().member(id).map(Unit::name).orElse(null);
    }

    private String bloc(ReviewResult result, BlocReview review, boolean details) {
        Function<UnitId, String> names = result::nameOf;
        BlocKind kind = review == null ? BlocKind.KHOI : review.bloc().kind();
        StringBuilder sb = new StringBuilder("<h2 id=\"bloc-").append(esc(result.bloc().value())).append("\">")
                .append(esc(result.blocName())).append("</h2>\n");
        sb.append("<p class=\"muted\">").append(esc((review == null ? "" : review.bloc().size()
                + html.pick(" thành viên · ", " members · ")) + html.pick("bộ tham số ", "profile ") + result.profile()))
                .append("</p>\n");
        sb.append("<h3>").append(esc(html.pick("Đề nghị khen thưởng", "Recommended awards"))).append("</h3>\n");
        sb.append(html.counts(result.decisions()));
        if (result.nextTerm() != null) {
            sb.append(html.nextTerm(result.nextTerm(), kind, names));
        }
        if (review != null && !result.ranking().units().isEmpty()) {
            sb.append("<h3>").append(esc(html.pick("Xếp hạng", "Ranking"))).append("</h3>\n");
            sb.append(ScoreChart.figure(result, html, result.bloc().value()));
            sb.append(html.rankingTable(result));
        }
        List<Decision> flags = ResultText.filter(result.decisions(),
                d -> (d.award() == AwardType.GOVERNMENT_FLAG || d.award() == AwardType.PROVINCIAL_FLAG)
                        && d.outcome() != Outcome.NOT_ELIGIBLE);
        sb.append("<h3>").append(esc(html.pick("Cờ thi đua sau khi áp tỷ lệ toàn tỉnh",
                "Emulation flags after the province-wide cap"))).append("</h3>\n");
        if (flags.isEmpty()) {
            sb.append("<p class=\"muted\">").append(esc(html.pick("không có", "none"))).append("</p>\n");
        } else {
            sb.append(html.decisions(flags, id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null), names, "h4"));
        }
        sb.append("<h3>").append(esc(html.pick("Phát hiện và lưu ý của khối", "The bloc's findings and warnings")))
                .append("</h3>\n");
        sb.append(html.findings(result.findings(), names));
        sb.append(html.warnings(result.warnings()));
        if (details && !result.decisions().isEmpty()) {
            sb.append("<h3>").append(esc(html.pick("Chi tiết các quyết định", "All decisions"))).append("</h3>\n");
            sb.append(html.decisions(result.decisions(),
                    id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null), names, "h4"));
        }
        return sb.toString();
    }
}
