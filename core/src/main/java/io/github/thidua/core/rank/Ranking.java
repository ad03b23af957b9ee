package io.github.thidua.core.rank;

import io.github.thidua.core.Checks;
import io.github.thidua.core.UnitId;
import java.util.List;
import java.util.Optional;

/**
 * A bloc's ranking (xếp hạng): every member once, best first, ranks 1..n in list order. The constructor
 * rejects ranks out of order and repeated units.
 *
 * @param units the ranked units, the unit at index {@code i} having rank {@code i + 1}; unique units
 */
public record Ranking(List<RankedUnit> units) {
    // Ranks must run 1..n in list order; no unit may appear twice.
    public Ranking {
        units = Checks.list(units, "ranked units");
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("ranked unit " + units.get(i).unit() + " at position " + (i + 1)
                        + " has rank " + units.get(i).rank() + "; ranks must run 1..n in list order");
            }
        }
        Checks.unique(units, RankedUnit::unit, "ranked unit");
    }

    /**
     * The place of a unit.
     *
     * @param unit the unit
     * @return its ranked entry, or empty when it is not ranked here
     */
    public Optional<RankedUnit> of(UnitId unit) {
        return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    /**
     * The number of ranked units.
     *
     * @return the number of ranked units, the bloc's size when produced by {@link Ranker}
     */
    public int size() {
        return units.size();
    }
}
