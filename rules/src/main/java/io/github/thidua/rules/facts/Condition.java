package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Reason;

/**
 * One legal condition evaluated for a unit and an award, met or not: derived by exactly one rule, so the unmet
 * conditions are the explanation of a refusal. {@code award == null} means it applies to every award
 * (exclusions).
 */
public final class Condition {
    private final UnitId unit;
    private final AwardType award;
    private final boolean met;
    private final Reason reason;

    public Condition(UnitId unit, AwardType award, boolean met, Reason reason) {
        this.unit = unit;
        this.award = award;
        this.met = met;
        this.reason = reason;
    }

    public UnitId getUnitId() {
        return unit;
    }

    /** The award it is a condition of, or null for every award. */
    public AwardType getAward() {
        return award;
    }

    public boolean isGeneral() {
        return award == null;
    }

    public boolean isMet() {
        return met;
    }

    public Reason getReason() {
        return reason;
    }

    public String getRuleId() {
        return reason.ruleId();
    }

    /** Whether this condition bears on {@code other}. */
    public boolean appliesTo(AwardType other) {
        return award == null || award == other;
    }

    @Override
    public String toString() {
        return (met ? "met " : "FAILED ") + reason.ruleId() + " " + unit + (award == null ? "" : " " + award);
    }
}
