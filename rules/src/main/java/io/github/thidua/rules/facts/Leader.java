package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;

/** A leading unit of the bloc (đơn vị dẫn đầu), chosen by the bloc's review among those meeting the flag standard. */
public final class Leader {
    private final UnitId unit;
    private final int rank;
    private final int position;

    public Leader(UnitId unit, int rank, int position) {
        this.unit = unit;
        this.rank = rank;
        this.position = position;
    }

    public UnitId getUnitId() {
        return unit;
    }

    /** The unit's rank in the bloc. */
    public int getRank() {
        return rank;
    }

    /** 1 for the first leader, 2 for the second, … */
    public int getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return "Leader " + unit + " #" + position;
    }
}
