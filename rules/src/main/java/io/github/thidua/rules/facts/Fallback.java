package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.util.Objects;

/**
 * The award a Government-flag proposal falls back to if the council's cap cuts it, as the council rules chose it.
 *
 * @see SetAside
 */
public final class Fallback {
    private final UnitId unit;
    private final AwardType award;
    private final boolean pending;

    /**
     * @param pending whether the award is only for the council to propose onwards (a PM certificate), so that the
     *                unit's case stays pending the council
     */
    public Fallback(UnitId unit, AwardType award, boolean pending) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.award = Objects.requireNonNull(award, "award");
        this.pending = pending;
    }

    public UnitId getUnitId() {
        return unit;
    }

    public AwardType getAward() {
        return award;
    }

    public boolean isPending() {
        return pending;
    }
}
