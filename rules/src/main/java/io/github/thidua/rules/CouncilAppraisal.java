package io.github.thidua.rules;

import java.util.List;

/**
 * A province review in one of the two modes: with a recorded council session every bloc proposal gets the
 * council's verdict from its ballot, checked against the thresholds in force on the session date; without one
 * the engine's consolidation is a suggestion, labelled as such.
 *
 * @param mode          appraise (session recorded) or suggest
 * @param consolidation the engine's consolidation (the suggestion)
 * @param blocs         each bloc's appraisal (its own profile applies to it)
 * @param verdicts      the council's verdict on each bloc proposal
 * @param governmentFlagCap the most Government flags the province may propose: floor(share × leaders), the share
 *                      never above the national ceiling
 * @param notes         notes (e.g. attendance, suggestion labels)
 */
public record CouncilAppraisal(Appraisal.Mode mode, ConsolidationResult consolidation, List<Appraisal> blocs,
                               List<CouncilVerdict> verdicts, int governmentFlagCap, List<Reason> notes) {
    public CouncilAppraisal {
        blocs = List.copyOf(blocs);
        verdicts = List.copyOf(verdicts);
        notes = List.copyOf(notes);
    }

    /**
     * Why {@code unit} got what it got after the council, with the province's mode: the consolidation's explanation
     * ({@link ConsolidationResult#explain}), the verdicts on its bloc's recorded proposals and the council's verdicts
     * on them.
     *
     * @param award only this award (null: all)
     * @throws IllegalArgumentException if no bloc has the unit
     */
    public Explanation explain(io.github.thidua.core.UnitId unit, io.github.thidua.core.law.AwardType award) {
        ReviewResult bloc = consolidation.blocOf(unit);
        Appraisal own = null;
        for (Appraisal a : blocs) {
            if (a.suggestion().bloc().equals(bloc.bloc())) {
                own = a;
            }
        }
        return (award == null ? bloc.explain(unit) : bloc.explain(unit, award)).in(own, this, award);
    }

    /** The verdicts of one kind. */
    public List<CouncilVerdict> verdicts(CouncilVerdict.Kind kind) {
        return verdicts.stream().filter(v -> v.kind() == kind).toList();
    }
}
