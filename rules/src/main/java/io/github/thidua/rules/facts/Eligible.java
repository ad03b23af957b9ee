package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;

/** A unit meets every legal condition of an award (before quotas and the one-award rule). */
public final class Eligible {
    private final UnitId unit;
    private final AwardType award;
    private final int rank;

    public Eligible(UnitId unit, AwardType award, int rank) {
        this.unit = unit;
        this.award = award;
        this.rank = rank;
    }

    public UnitId getUnitId() {
        return unit;
    }

    public AwardType getAward() {
        return award;
    }

    public int getRank() {
        return rank;
    }

    @Override
    public String toString() {
        return "Eligible " + unit + " " + award;
    }
}
