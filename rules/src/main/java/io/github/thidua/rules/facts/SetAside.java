package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.util.Objects;

/**
 * An award a bloc's review set aside for a unit because the same achievement went to a higher one (its decision's
 * reason is of kind {@link io.github.thidua.rules.Reason.Kind#SUPERSEDED}), put before the provincial council so
 * that its rules can give the unit that award if the Government-flag cap cuts the higher one.
 */
public final class SetAside {
    private final UnitId unit;
    private final AwardType award;

    public SetAside(UnitId unit, AwardType award) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.award = Objects.requireNonNull(award, "award");
    }

    public UnitId getUnitId() {
        return unit;
    }

    public AwardType getAward() {
        return award;
    }

    /** The award's precedence (0 = highest). */
    public int getPrecedence() {
        return award.ordinal();
    }
}
