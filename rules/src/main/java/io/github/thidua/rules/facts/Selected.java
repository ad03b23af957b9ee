package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;

/** A unit is selected for an award within its quota; the one-award rule keeps only its highest selection. */
public final class Selected {
    private final UnitId unit;
    private final AwardType award;
    private final int rank;
    private final boolean pendingProvince;

    public Selected(UnitId unit, AwardType award, int rank, boolean pendingProvince) {
        this.unit = unit;
        this.award = award;
        this.rank = rank;
        this.pendingProvince = pendingProvince;
    }

    public UnitId getUnitId() {
        return unit;
    }

    public AwardType getAward() {
        return award;
    }

    /** The award's precedence: lower is higher (declaration order of {@link AwardType}). */
    public int getPrecedence() {
        return award.ordinal();
    }

    public int getRank() {
        return rank;
    }

    /** Whether only the provincial council can decide it. */
    public boolean isPendingProvince() {
        return pendingProvince;
    }

    @Override
    public String toString() {
        return "Selected " + unit + " " + award;
    }
}
