package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import java.util.List;

/**
 * A bloc review in one of the two modes. In {@link Mode#SUGGEST} nothing was decided: the result is the engine's
 * rank-based suggestion, labelled as such. In {@link Mode#APPRAISE} the bloc's recorded decisions stand; each
 * proposal gets a {@link Verdict}, and where the engine's suggestion differs the differences say so.
 *
 * @param mode        suggest or appraise
 * @param suggestion  the engine's suggestion (in appraise mode: what it would have suggested)
 * @param leaders     the bloc's leaders: recorded (appraise) or suggested (suggest)
 * @param verdicts    one per recorded proposal, in the recorded order (empty in suggest mode)
 * @param differences where the recorded decisions differ from the suggestion (appraise mode)
 * @param notes       further notes, e.g. eligibility information addressed to another authority
 */
public record Appraisal(Mode mode, ReviewResult suggestion, List<UnitId> leaders, List<Verdict> verdicts,
                        List<Reason> differences, List<Reason> notes) {
    public Appraisal {
        leaders = List.copyOf(leaders);
        verdicts = List.copyOf(verdicts);
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** Suggest (no decisions recorded) or appraise (thẩm định of recorded decisions). */
    public enum Mode {
        SUGGEST("gợi ý (chưa có quyết định của khối; đây chỉ là gợi ý)", "suggestion (no decision recorded)"),
        APPRAISE("thẩm định quyết định đã ghi nhận", "appraisal of the recorded decisions");

        private final String vi;
        private final String en;

        Mode(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String vi() {
            return vi;
        }

        public String en() {
            return en;
        }
    }

    /**
     * Why {@code unit} got what it got, with the review's mode: the suggestion's explanation
     * ({@link ReviewResult#explain}) and the verdicts on the unit's recorded proposals.
     *
     * @param award only this award (null: all)
     * @throws IllegalArgumentException if the unit is not a member of the bloc
     */
    public Explanation explain(io.github.thidua.core.UnitId unit, io.github.thidua.core.law.AwardType award) {
        return (award == null ? suggestion.explain(unit) : suggestion.explain(unit, award)).in(this, null, award);
    }

    /** The verdicts of one kind. */
    public List<Verdict> verdicts(Verdict.Kind kind) {
        return verdicts.stream().filter(v -> v.kind() == kind).toList();
    }
}
