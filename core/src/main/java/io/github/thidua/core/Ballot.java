package io.github.thidua.core;

import io.github.thidua.core.law.AwardType;

/**
 * The provincial council's secret ballot on one proposal, and its choice where it selects among passed
 * proposals (the Government flags it keeps under the cap; the PM certificates it forwards).
 *
 * @param unit   the unit
 * @param award  the award
 * @param tally  the ballot count (written opinions of absent members included)
 * @param chosen whether the council kept or forwarded it; null when the council made no such choice
 */
public record Ballot(UnitId unit, AwardType award, Tally tally, Boolean chosen) {
    public Ballot {
        Checks.notNull(unit, "ballot unit");
        Checks.notNull(award, "ballot award");
        Checks.notNull(tally, "ballot tally");
    }
}
