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
    private final boolean restored;

    /**
     * @param pending whether the award is only for the council to propose onwards (a PM certificate), so that the
     *                unit's case stays pending the council
     */
    public Fallback(UnitId unit, AwardType award, boolean pending) {
        this(unit, award, pending, true);
    }

    /**
     * @param restored whether the bloc had set the award aside (so the unit gets it back), rather than the unit
     *                 holding it beside the Government-flag proposal
     */
    public Fallback(UnitId unit, AwardType award, boolean pending, boolean restored) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.award = Objects.requireNonNull(award, "award");
        this.pending = pending;
        this.restored = restored;
    }

    /** Whether the bloc had set the award aside, so that the unit gets it back (else it already holds it). */
    public boolean isRestored() {
        return restored;
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
