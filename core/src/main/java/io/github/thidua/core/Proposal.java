package io.github.thidua.core;

import io.github.thidua.core.law.AwardType;

/**
 * A proposal the bloc decided at its review (bình xét, suy tôn): a unit put forward for an award, with the vote.
 *
 * @param unit  the unit
 * @param award the award
 * @param vote  the vote, or null when the minutes give none (e.g. "agreed unanimously" without a count)
 * @param note  free text, or null
 */
public record Proposal(UnitId unit, AwardType award, Tally vote, String note) {
    public Proposal {
        Checks.notNull(unit, "proposal unit");
        Checks.notNull(award, "proposal award");
    }
}
