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

    /** The verdicts of one kind. */
    public List<CouncilVerdict> verdicts(CouncilVerdict.Kind kind) {
        return verdicts.stream().filter(v -> v.kind() == kind).toList();
    }
}
