package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Explanation;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Writes an {@link Explanation} as text for people, fitted to a 120-column terminal: the unit and its bloc, its
 * rank and final outcome, its position under each quota, then for each award the outcome and every reason in
 * full (the deciding rule, the conditions met, the conditions not met), each with its rule id, legal basis and
 * certainty. Nothing is shortened: this is the long form of the review report's one-line reasons.
 */
public final class ExplainTextWriter {
    private static final int INDENT = 2;
    private static final int GAP = 2;

    private final Lang lang;
    private final ResultText text;

    public ExplainTextWriter(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
    }

    /**
     * The explanation as text.
     *
     * @param review the bloc's review as read (its kind of bloc and its note)
     * @param e      the engine's explanation of one unit
     * @param audit  whether to list the rules fired for the unit
     */
    public String write(BlocReview review, Explanation e, boolean audit) {
        StringBuilder sb = new StringBuilder();
        ReviewResult result = e.result();
        text.useNames(List.of(result));
        sb.append(lang.pick("Giải trình: ", "Explanation: ")).append(e.unit().value()).append(" (").append(e.name())
                .append(")\n");
        TextTable header = new TextTable().column("", TextTable.Align.LEFT)
                .column("", TextTable.Align.LEFT, ResultText.WIDTH - 18);
        header.row(lang.pick(review.bloc().kind() == io.github.thidua.core.BlocKind.CUM ? "Cụm" : "Khối", "Bloc"),
                review.bloc().name() + " (" + review.bloc().id().value() + ")");
        header.row(lang.pick("Tỉnh", "Province"), review.bloc().province());
        header.row(lang.pick("Năm thi đua", "Year"), review.year() + ", "
                + lang.pick(review.stage().vi(), review.stage().en()) + " (" + review.stage() + ")");
        header.row(lang.pick("Chế độ pháp lý", "Legal regime"),
                result.regime().code() + ": " + result.regime().describe(result.decisionDate()));
        header.row(lang.pick("Bộ tham số", "Profile"), result.profile());
        header.row(lang.pick("Bộ quy tắc", "Rule pack"), result.rulePack().toString());
        header.row(lang.pick("Xếp hạng", "Rank"), rank(e));
        header.row(lang.pick("Kết quả", "Outcome"), verdict(e));
        sb.append(header.render());
        if (review.illustrative()) {
            sb.append(lang.pick("Lưu ý: dữ liệu có phần minh hoạ, xem trường \"note\" của tệp kịch bản.",
                    "Note: the data is partly illustrative; see the scenario's \"note\".")).append('\n');
        }
        if (!e.quotas().isEmpty() && !result.decisions().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Vị trí trong các chỉ tiêu", "Position under the quotas")));
            sb.append(quotas(e).render());
            sb.append(lang.pick(
                    "Vị trí: thứ tự theo xếp hạng trong số các đơn vị mà quy tắc chỉ tiêu đã xét (vị trí/số đơn vị).",
                    "Place: the unit's place, by rank, among the units the quota rule considered (place/of)."))
                    .append('\n');
            if (e.leader() != null) {
                sb.append(lang.pick("Ngưỡng dẫn đầu (đơn vị dẫn đầu xếp cuối được đề nghị Cờ thi đua): ",
                        "Leader line (the lowest-ranked leader recommended for a flag): "))
                        .append(plain(e.leader().total())).append(' ')
                        .append(lang.pick("điểm", "points")).append(", ").append(e.leader().unit().value())
                        .append(lang.pick(", hạng ", ", rank ")).append(e.leader().rank()).append('\n');
            }
        }
        if (e.awards().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Khen thưởng", "Awards")));
            sb.append(lang.pick("Không có quyết định khen thưởng ở kỳ này (" + review.stage().vi() + ").",
                    "No award decisions at this stage (" + review.stage().en() + ").")).append('\n');
        }
        for (Decision d : e.awards()) {
            sb.append(ResultText.section(text.award(d.award()) + ": " + text.outcome(d.outcome())));
            sb.append(reasons(d).render());
        }
        sb.append(mode(e));
        if (audit) {
            List<AuditEntry> mine = result.audit().stream()
                    .filter(a -> a.units().contains(e.unit().value())).toList();
            sb.append(text.audit(mine));
        }
        return sb.toString();
    }

    /**
     * The review's mode, when explained from an appraisal: a suggestion's label, or the verdicts on the unit's
     * recorded proposals (unmet conditions first), the council's verdicts and where the bloc differs from the ranking.
     */
    private String mode(Explanation e) {
        StringBuilder sb = new StringBuilder();
        if (e.mode() == null) {
            return "";
        }
        if (e.mode() == io.github.thidua.rules.Appraisal.Mode.SUGGEST) {
            if (!e.awards().isEmpty() && e.awards().stream().anyMatch(d -> d.outcome().isAward())) {
                sb.append('\n').append(lang.pick("Lưu ý: đây là gợi ý theo xếp hạng điểm; khối chưa ghi nhận quyết định"
                        + " (bình xét, suy tôn) và là nơi quyết định.", "Note: this is a suggestion from the score"
                        + " ranking; the bloc recorded no decision and it is the bloc that decides.")).append('\n');
            }
            return sb.toString();
        }
        for (io.github.thidua.rules.Verdict v : e.verdicts()) {
            sb.append(ResultText.section(lang.pick("Thẩm định đề nghị ", "Appraisal of the proposed ") + text.award(v.award())
                    + ": " + lang.pick(v.kind().vi(), v.kind().en())));
            v.unmet().forEach(r -> sb.append("  ✗ ").append(line(r)).append('\n'));
            v.reasons().forEach(r -> sb.append("  - ").append(line(r)).append('\n'));
        }
        for (io.github.thidua.rules.CouncilVerdict v : e.council()) {
            sb.append(ResultText.section(lang.pick("Hội đồng tỉnh, ", "Provincial council, ") + text.award(v.award())
                    + ": " + lang.pick(v.kind().vi(), v.kind().en())));
            v.reasons().forEach(r -> sb.append("  - ").append(line(r)).append('\n'));
        }
        if (!e.differences().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Khác với xếp hạng điểm", "Where the bloc differs from the ranking")));
            e.differences().forEach(r -> sb.append("  - ").append(text.message(r)).append('\n'));
        }
        return sb.toString();
    }

    private String line(io.github.thidua.rules.Reason r) {
        return text.withRule(r) + " (" + r.legalBasis() + "; " + text.certainty(r.certainty()) + ")";
    }

    private String rank(Explanation e) {
        RankedUnit r = e.ranked();
        if (e.rank() == null || r == null || e.result().ranking().units().isEmpty()) {
            return lang.pick("chưa xếp hạng", "not ranked");
        }
        String tieBreak = r.tieBreak() == null ? "" : "; " + lang.pick(r.tieBreak().vi(), r.tieBreak().en());
        return lang.pick(e.rank() + " trên " + e.members() + " đơn vị, tổng " + plain(r.total()) + " điểm",
                e.rank() + " of " + e.members() + " units, total " + plain(r.total()) + " points") + tieBreak;
    }

    private String verdict(Explanation e) {
        Decision v = e.verdict();
        if (v == null) {
            return e.result().decisions().isEmpty() ? lang.pick("không xét khen thưởng ở kỳ này",
                    "no award decisions at this stage") : lang.pick("không được đề nghị khen thưởng",
                    "no award");
        }
        String rule = v.reasons().isEmpty() ? "" : " [" + v.reasons().get(0).ruleId() + "]";
        return text.award(v.award()) + ": " + text.outcome(v.outcome()) + rule;
    }

    private TextTable quotas(Explanation e) {
        String[] headers = {lang.pick("Chỉ tiêu", "Quota"), lang.pick("Giới hạn", "Limit"),
            lang.pick("Vị trí", "Place"), lang.pick("Kết quả", "Status"), lang.pick("Căn cứ [quy tắc]", "Reason [rule]")};
        int quotaWidth = 30;
        int limitWidth = 16;
        int placeWidth = TextTable.width(headers[2]) + 3;
        int statusWidth = 18;
        int reasonWidth = ResultText.WIDTH - quotaWidth - limitWidth - placeWidth - statusWidth - 4 * GAP;
        TextTable t = new TextTable()
                .column(headers[0], TextTable.Align.LEFT, quotaWidth)
                .column(headers[1], TextTable.Align.LEFT, limitWidth)
                .column(headers[2], TextTable.Align.RIGHT, placeWidth)
                .column(headers[3], TextTable.Align.LEFT, statusWidth)
                .column(headers[4], TextTable.Align.LEFT, reasonWidth);
        for (Explanation.QuotaLine q : e.quotas()) {
            String limit = q.quota().formula() == null ? "?" : q.quota().formula();
            Integer position = q.position().place();
            String place = position == null ? ResultText.NONE
                    : q.candidates() == null ? position.toString() : position + "/" + q.candidates();
            String reason = q.position().reason() == null ? "" : text.withRule(q.position().reason());
            t.row(lang.pick(q.quota().kind().vi(), q.quota().kind().en()) + " (" + q.quota().parameter() + ")", limit,
                    place, lang.pick(q.position().status().vi(), q.position().status().en()), reason);
        }
        return t;
    }

    /** Every reason of a decision in full: the deciding rule, the conditions met, the conditions not met. */
    private TextTable reasons(Decision d) {
        String[] kinds = {lang.pick("Quyết định", "Decision"), lang.pick("Đạt", "Met"),
            lang.pick("Chưa đạt", "Not met"), lang.pick("Ghi chú", "Note")};
        int kindWidth = 0;
        for (String k : kinds) {
            kindWidth = Math.max(kindWidth, TextTable.width(k));
        }
        int textWidth = ResultText.WIDTH - INDENT - kindWidth - GAP;
        TextTable t = new TextTable()
                .column("", TextTable.Align.LEFT, 1) // always empty: indents the rows under the award's heading
                .column("", TextTable.Align.LEFT, kindWidth)
                .column("", TextTable.Align.LEFT, textWidth);
        List<Reason> reasons = d.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            add(t, i == 0 ? kinds[0] : reasons.get(i).isCondition() ? kinds[1] : kinds[3], reasons.get(i));
        }
        for (Reason r : d.unmet()) {
            add(t, kinds[2], r);
        }
        return t;
    }

    private void add(TextTable t, String kind, Reason r) {
        t.row("", kind, text.withRule(r));
        t.row("", "", text.basis(r));
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 1 ? v.setScale(1) : v).toPlainString();
    }
}
