package io.github.thidua.core;

import io.github.thidua.core.law.AwardType;
import java.time.LocalDate;

/**
 * An award a unit received in the past (or had revoked, or has proposed or pending): the history the streak
 * rules and the one-state-form rule read.
 *
 * @param unit            the unit
 * @param award           the award type
 * @param achievementYear the (last) year of the achievement it rewarded
 * @param decision        the decision, or null if unknown (or not yet taken)
 * @param kind            regular, irregular or thematic
 * @param status          proposed, pending, granted or revoked
 * @param periodFrom      the first year of the achievement period written in the decision, or null when the
 *                        period is the single {@code achievementYear}
 */
public record AwardRecord(UnitId unit, AwardType award, int achievementYear, DecisionRef decision,
                          AwardKind kind, AwardStatus status, Integer periodFrom) {
    public AwardRecord {
        Checks.notNull(unit, "award unit");
        Checks.notNull(award, "award type");
        Checks.year(achievementYear, "achievement year");
        Checks.notNull(kind, "award kind");
        Checks.notNull(status, "award status");
        if (periodFrom != null) {
            Checks.year(periodFrom, "achievement period start");
            if (periodFrom > achievementYear) {
                throw new IllegalArgumentException("achievement period start " + periodFrom
                        + " is after its end " + achievementYear);
            }
        }
    }

    /** A record whose achievement period is the single year {@code achievementYear}. */
    public AwardRecord(UnitId unit, AwardType award, int achievementYear, DecisionRef decision, AwardKind kind,
                       AwardStatus status) {
        this(unit, award, achievementYear, decision, kind, status, null);
    }

    /** A granted, regular award: the only kind that counts toward later merit-based awards. */
    public boolean countsForMerit() {
        return status == AwardStatus.GRANTED && kind == AwardKind.REGULAR;
    }

    /** The first year of the achievement period. */
    public int achievementPeriodStart() {
        return periodFrom == null ? achievementYear : periodFrom;
    }

    /** The decision's date, or null when no decision is recorded. */
    public LocalDate decisionDate() {
        return decision == null ? null : decision.date();
    }
}
