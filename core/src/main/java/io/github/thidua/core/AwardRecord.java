package io.github.thidua.core;

import io.github.thidua.core.law.AwardType;

/**
 * An award a unit received in the past (or had revoked): the history the streak rules read.
 *
 * @param unit            the unit
 * @param award           the award type
 * @param achievementYear the year of the achievement it rewarded
 * @param decision        the decision, or null if unknown
 * @param kind            regular, irregular or thematic
 * @param status          granted or revoked
 */
public record AwardRecord(UnitId unit, AwardType award, int achievementYear, DecisionRef decision,
                          AwardKind kind, AwardStatus status) {
    public AwardRecord {
        Checks.notNull(unit, "award unit");
        Checks.notNull(award, "award type");
        Checks.year(achievementYear, "achievement year");
        Checks.notNull(kind, "award kind");
        Checks.notNull(status, "award status");
    }

    /** A granted, regular award: the only kind that counts toward later merit-based awards. */
    public boolean countsForMerit() {
        return status == AwardStatus.GRANTED && kind == AwardKind.REGULAR;
    }
}
