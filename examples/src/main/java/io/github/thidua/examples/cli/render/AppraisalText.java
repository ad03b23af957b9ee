package io.github.thidua.examples.cli.render;

import io.github.thidua.core.UnitId;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.CouncilAppraisal;
import io.github.thidua.rules.CouncilVerdict;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The mode of a review in the table report: in suggest mode a label saying the result is a suggestion; in appraise
 * mode (thẩm định) one line per recorded proposal with its verdict and the reason that decides it, then where the
 * bloc's choice differs from the score ranking; for a province, the council's verdict on each proposal.
 */
public final class AppraisalText {
    private final Lang lang;
    private final ResultText text;

    /** @param lang the language of labels and messages */
    public AppraisalText(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
    }

    /** The section for a bloc review in its mode (a suggestion label, or the verdicts). */
    public String bloc(Appraisal a) {
        ReviewResult r = a.suggestion();
        text.useNames(List.of(r));
        Function<UnitId, String> names = r::nameOf;
        StringBuilder sb = new StringBuilder();
        if (a.mode() == Appraisal.Mode.SUGGEST) {
            if (!r.decisions().isEmpty()) {
                sb.append(ResultText.section(lang.pick("Lưu ý: đây là gợi ý", "Note: this is a suggestion")));
                sb.append(wrap(lang.pick("Kịch bản chưa ghi nhận quyết định của khối (bình xét, suy tôn, biểu quyết):"
                                + " các đề nghị trên là gợi ý của thidua theo xếp hạng điểm; khối thảo luận và quyết định.",
                        "The scenario records no decision of the bloc (discussion and vote): the proposals above are"
                                + " thidua's suggestion from the score ranking; the bloc discusses and decides.")));
            }
            return sb.toString();
        }
        sb.append(ResultText.section(lang.pick("Thẩm định đề nghị của khối (" + a.verdicts().size() + " đề nghị)",
                "Appraisal of the bloc's proposals (" + a.verdicts().size() + ")")));
        sb.append(wrap(lang.pick("Khối suy tôn đơn vị dẫn đầu: ", "Leaders the bloc chose: ")
                + (a.leaders().isEmpty() ? ResultText.NONE
                : String.join("; ", a.leaders().stream().map(u -> ResultText.unit(u, names)).toList()))));
        TextTable t = new TextTable()
                .column(lang.pick("Đơn vị", "Unit"), TextTable.Align.LEFT, 30)
                .column(lang.pick("Đề nghị", "Proposed"), TextTable.Align.LEFT, 26)
                .column(lang.pick("Kết quả thẩm định", "Verdict"), TextTable.Align.LEFT, 22)
                .column(lang.pick("Lý do", "Why"), TextTable.Align.LEFT, 48);
        for (Verdict v : a.verdicts()) {
            t.row(ResultText.unit(v.unit(), names), text.award(v.award()), lang.pick(v.kind().vi(), v.kind().en()),
                    why(v));
        }
        sb.append(t.render());
        long valid = a.verdicts(Verdict.Kind.VALID).size();
        sb.append(lang.pick("Hợp lệ: " + valid + "/" + a.verdicts().size(),
                "Valid: " + valid + " of " + a.verdicts().size())).append('\n');
        if (!a.differences().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Khác với xếp hạng điểm", "Where the bloc differs from the ranking")));
            a.differences().forEach(d -> sb.append(wrap("- " + text.message(d))));
        }
        return sb.toString();
    }

    /** The section for a province review: the council's verdicts, or the label of a suggestion. */
    public String council(CouncilAppraisal c) {
        text.useNames(c.consolidation().blocs());
        Function<UnitId, String> names = u -> c.consolidation().blocs().stream().map(b -> b.nameOf(u))
                .filter(n -> n != null && !n.equals(u.value())).findFirst().orElse(u.value());
        StringBuilder sb = new StringBuilder();
        if (c.mode() == Appraisal.Mode.SUGGEST) {
            sb.append(ResultText.section(lang.pick("Lưu ý: đây là gợi ý", "Note: this is a suggestion")));
            sb.append(wrap(lang.pick("Chưa ghi nhận phiên họp và phiếu bầu của Hội đồng Thi đua - Khen thưởng tỉnh:"
                            + " kết quả tổng hợp trên là gợi ý của thidua; Hội đồng bỏ phiếu và quyết định.",
                    "No session or ballot of the provincial council is recorded: the consolidation above is thidua's"
                            + " suggestion; the council votes and decides.")));
            return sb.toString();
        }
        sb.append(ResultText.section(lang.pick("Hội đồng Thi đua - Khen thưởng tỉnh: kết quả bỏ phiếu",
                "The provincial council's ballots")));
        sb.append(wrap(lang.pick("Số Cờ thi đua của Chính phủ tối đa toàn tỉnh: ", "Most Government flags the province may propose: ")
                + c.governmentFlagCap()));
        TextTable t = new TextTable()
                .column(lang.pick("Đơn vị", "Unit"), TextTable.Align.LEFT, 30)
                .column(lang.pick("Đề nghị", "Proposed"), TextTable.Align.LEFT, 26)
                .column(lang.pick("Kết quả", "Verdict"), TextTable.Align.LEFT, 24)
                .column(lang.pick("Lý do", "Why"), TextTable.Align.LEFT, 46);
        for (CouncilVerdict v : c.verdicts()) {
            Reason first = v.reasons().isEmpty() ? null : v.reasons().get(0);
            t.row(ResultText.unit(v.unit(), names), text.award(v.award()), lang.pick(v.kind().vi(), v.kind().en()),
                    first == null ? "" : ResultText.fit(text.message(first), " [" + first.ruleId() + "]", 46, 4));
        }
        sb.append(t.render());
        long passed = c.verdicts().stream().filter(CouncilVerdict::passed).count();
        sb.append(lang.pick("Được thông qua: " + passed + "/" + c.verdicts().size(),
                "Passed: " + passed + " of " + c.verdicts().size())).append('\n');
        c.notes().forEach(n -> sb.append(wrap("- " + text.message(n))));
        return sb.toString();
    }

    /** The unmet conditions of an ineligible proposal, else the reason that decides the verdict, with its rule. */
    private String why(Verdict v) {
        Reason first = v.reasons().isEmpty() ? null : v.reasons().get(0);
        String msg;
        if (v.kind() == Verdict.Kind.NOT_ELIGIBLE && !v.unmet().isEmpty()) {
            List<String> parts = new ArrayList<>();
            v.unmet().forEach(u -> parts.add(text.message(u) + " [" + u.ruleId() + "]"));
            return ResultText.fit(String.join("; ", parts), "", 48, 6);
        }
        // a valid proposal: its first check (who decides it, the vote, the quota) says more than "valid"
        if (v.kind() == Verdict.Kind.VALID && v.reasons().size() > 1) {
            first = v.reasons().get(1);
        }
        msg = first == null ? "" : text.message(first);
        return ResultText.fit(msg, first == null ? "" : " [" + first.ruleId() + "]", 48, 4);
    }

    private static String wrap(String line) {
        StringBuilder sb = new StringBuilder();
        TextTable.wrap(line, ResultText.WIDTH).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
