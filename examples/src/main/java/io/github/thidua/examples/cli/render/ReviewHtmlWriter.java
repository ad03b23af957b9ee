package io.github.thidua.examples.cli.render;

import static io.github.thidua.examples.cli.render.Html.esc;

import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a bloc's review result as one self-contained HTML page ({@code thidua review --format html}): the bloc,
 * its legal regime and the sources cited; a bar chart of the total scores with the leader line (inline SVG); the
 * ranking with each unit's award; the recommended awards counted; next year's head and deputy; findings and
 * warnings; and every decision with its reasons, unmet conditions, rules, legal bases and certainty. Labels are in
 * Vietnamese or English ({@link Lang}); names stay as written in the scenario, escaped.
 */
public final class ReviewHtmlWriter {
    private final Html html;

    /**
     * @param lang the language of labels and messages
     */
    public ReviewHtmlWriter(Lang lang) {
        this.html = new Html(Objects.requireNonNull(lang, "lang"));
    }

    /**
     * The page.
     *
     * @param review the review read from the scenario
     * @param result the engine's result for it
     * @param audit  whether to add the audit trail
     * @return a complete HTML document
     */
    public String write(BlocReview review, ReviewResult result, boolean audit) {
        return write(review, result, audit, false);
    }

    /**
     * The page.
     *
     * @param review  the review read from the scenario
     * @param result  the engine's result for it
     * @param audit   whether to add the audit trail
     * @param details whether to add every decision with all its reasons
     * @return a complete HTML document
     */
    public String write(BlocReview review, ReviewResult result, boolean audit, boolean details) {
        return write(review, result, audit, details, null);
    }

    /**
     * The page, with the review's mode: the appraisal of the bloc's recorded proposals (verdicts), or the label of
     * a suggestion; none when {@code appraisal} is null.
     */
    public String write(BlocReview review, ReviewResult result, boolean audit, boolean details,
                        io.github.thidua.rules.Appraisal appraisal) {
        Bloc bloc = review.bloc();
        Function<UnitId, String> names = result::nameOf;
        html.text().useNames(List.of(result));
        StringBuilder sb = new StringBuilder();
        sb.append("<header>\n<p class=\"kicker\">")
                .append(esc(html.pick("Báo cáo thi đua, khen thưởng", "Emulation and commendation report")))
                .append("</p>\n<h1>").append(esc(bloc.name())).append("</h1>\n<p class=\"sub\">")
                .append(esc(bloc.province() + " · " + html.pick("năm thi đua ", "year ") + review.year() + " · "
                        + html.pick(review.stage().vi(), review.stage().en())))
                .append("</p>\n</header>\n");
        if (review.illustrative()) {
            sb.append("<p class=\"note\">").append(esc(html.pick(
                    "Dữ liệu có phần minh hoạ (do tự đặt); không phải biên bản của một hội nghị thật.",
                    "The data is partly illustrative (invented); it is not the record of a real meeting.")));
            sb.append(" <span class=\"muted\">").append(esc(html.pick("Xem lưu ý ILLUSTRATIVE_DATA bên dưới.",
                    "See the ILLUSTRATIVE_DATA warning below."))).append("</span>");
            sb.append("</p>\n");
        }
        sb.append(section("bloc", html.pick(bloc.kind() == BlocKind.CUM ? "Cụm thi đua" : "Khối thi đua", "Bloc")));
        sb.append(Html.facts(blocFacts(review, result, names)));
        sb.append("<h3>").append(esc(html.pick("Căn cứ pháp lý", "Legal sources cited"))).append("</h3>\n");
        sb.append(html.citations(result.citations()));

        sb.append(section("ranking", html.pick("Xếp hạng", "Ranking")));
        if (result.ranking().units().isEmpty()) {
            sb.append("<p class=\"muted\">").append(esc(review.stage() == Stage.PACT
                    ? html.pick("Không xếp hạng ở hội nghị ký giao ước thi đua.", "No ranking at the pact signing.")
                    : html.pick("Chưa xếp hạng: kịch bản không có bảng điểm.",
                            "No ranking: the scenario has no scorecards."))).append("</p>\n");
        } else {
            sb.append(ScoreChart.figure(result, html, bloc.id().value()));
            sb.append(html.rankingTable(result));
        }

        sb.append(section("summary", html.pick("Tổng hợp", "Summary")));
        if (result.decisions().isEmpty()) {
            sb.append("<p class=\"muted\">").append(esc(review.stage() == Stage.YEAR_END
                    ? html.pick("Không có quyết định khen thưởng.", "No award decisions.")
                    : html.pick("Không xét khen thưởng ở kỳ này (" + review.stage().vi() + ").",
                            "No award decisions at this stage (" + review.stage().en() + ")."))).append("</p>\n");
        } else {
            sb.append(html.counts(result.decisions()));
        }
        if (result.nextTerm() != null) {
            sb.append("<h3>").append(esc(html.pick("Nhiệm kỳ năm sau", "Next year's head and deputy")))
                    .append("</h3>\n");
            sb.append(html.nextTerm(result.nextTerm(), bloc.kind(), names));
        }
        sb.append("<h3>").append(esc(html.pick("Phát hiện", "Findings"))).append("</h3>\n");
        sb.append(html.findings(result.findings(), names));
        sb.append("<h3>").append(esc(html.pick("Lưu ý", "Warnings"))).append("</h3>\n");
        sb.append(html.warnings(result.warnings()));

        if (!result.decisions().isEmpty()) {
            sb.append(section("proposals", html.pick("Danh sách đề nghị khen thưởng và căn cứ",
                    "Proposals and their legal basis")));
            sb.append(html.proposals(result));
        }
        if (appraisal != null) {
            sb.append(html.appraisal(appraisal));
        }
        if (details && !result.decisions().isEmpty()) {
            sb.append(section("decisions", html.pick("Chi tiết các quyết định", "All decisions")));
            sb.append("<p class=\"muted\">").append(esc(html.pick(
                    "Với mỗi đơn vị và hình thức: kết quả, lý do quyết định, các điều kiện chưa đạt (✗), và các căn cứ"
                            + " khác (✓). Mỗi lý do nêu mã quy tắc, căn cứ pháp lý và mức độ chắc chắn.",
                    "For each unit and award: the outcome, the deciding reason, the conditions not met (✗) and the"
                            + " other reasons (✓). Each names its rule, legal basis and certainty."))).append("</p>\n");
            sb.append(html.decisions(result.decisions(),
                    id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null), names, "h3"));
        } else if (!result.decisions().isEmpty()) {
            sb.append("<p class=\"muted\">").append(esc(html.pick(
                    "Mọi quyết định (từng đơn vị, từng hình thức) với đầy đủ lý do: thidua review --format html --details.",
                    "Every decision (each unit and award) with all its reasons: thidua review --format html --details.")))
                    .append("</p>\n");
        }
        if (audit) {
            sb.append(html.audit(result.audit()));
        }
        sb.append(html.footer(result.rulePack().toString()));
        return html.page(bloc.name() + " — " + review.year(), sb.toString());
    }

    private List<String[]> blocFacts(BlocReview review, ReviewResult result, Function<UnitId, String> names) {
        Bloc bloc = review.bloc();
        boolean cluster = bloc.kind() == BlocKind.CUM;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {html.pick(cluster ? "Tên cụm" : "Tên khối", "Bloc"),
            bloc.name()});
        rows.add(new String[] {html.pick("Loại", "Kind"), html.pick(bloc.kind().vi(), bloc.kind().en())});
        rows.add(new String[] {html.pick("Tỉnh", "Province"), bloc.province()});
        if (bloc.organiser() != null) {
            rows.add(new String[] {html.pick("Cơ quan tổ chức", "Organiser"), bloc.organiser()});
        }
        rows.add(new String[] {html.pick("Số thành viên", "Members"), Integer.toString(bloc.size())});
        rows.add(new String[] {html.pick("Năm thi đua", "Year"), Integer.toString(review.year())});
        rows.add(new String[] {html.pick("Kỳ", "Stage"), html.pick(review.stage().vi(), review.stage().en())});
        rows.add(new String[] {html.pick("Ngày xét", "Decision date"), html.date(result.decisionDate())});
        rows.add(new String[] {html.pick("Chế độ pháp lý", "Legal regime"),
            result.regime().code() + ": " + result.regime().describe(result.decisionDate())});
        rows.add(new String[] {html.pick("Bộ tham số", "Profile"), result.profile()});
        rows.add(new String[] {html.pick("Bộ quy tắc", "Rule pack"), result.rulePack().toString()});
        BlocTerm term = review.term();
        rows.add(new String[] {html.pick(cluster ? "Cụm trưởng" : "Trưởng khối", "Head"),
            term == null ? ResultText.NONE : ResultText.unit(term.head(), names)});
        rows.add(new String[] {html.pick(cluster ? "Cụm phó" : "Phó khối", "Deputy"),
            term == null || term.deputy() == null ? ResultText.NONE : ResultText.unit(term.deputy(), names)});
        return rows;
    }

    private static String section(String id, String title) {
        return "<h2 id=\"" + id + "\">" + esc(title) + "</h2>\n";
    }
}
