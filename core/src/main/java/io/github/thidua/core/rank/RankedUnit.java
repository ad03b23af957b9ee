package io.github.thidua.core.rank;

import io.github.thidua.core.Checks;
import io.github.thidua.core.UnitId;
import java.math.BigDecimal;

/**
 * One member's place in its bloc's ranking, with the points it rests on. The constructor rejects negative
 * regular, bonus or penalty points and a total that is not {@code regular + bonus - penalty}.
 *
 * @param unit     the unit
 * @param rank     its place, 1 for the best
 * @param total    {@code regular + bonus - penalty}; may be negative
 * @param regular  the regular (base) points, capped at the scheme's base maximum
 * @param bonus    the bonus points (điểm thưởng), capped at the scheme's bonus cap
 * @param penalty  the penalty points (điểm trừ) deducted, capped at the scheme's penalty cap; not negative
 * @param tieBreak why the unit is ahead of the next unit when both have the same total, or {@code null} when
 *                 its total differs from the next unit's (or it is last)
 */
public record RankedUnit(UnitId unit, int rank, BigDecimal total, BigDecimal regular, BigDecimal bonus,
                         BigDecimal penalty, TieBreak tieBreak) {
    // The amounts must be present, not negative (but the total), and add up.
    public RankedUnit {
        Checks.notNull(unit, "ranked unit");
        if (rank < 1) {
            throw new IllegalArgumentException("rank of " + unit + " must be at least 1, was " + rank);
        }
        Checks.notNull(total, "total of " + unit);
        Checks.nonNegative(regular, "regular points of " + unit);
        Checks.nonNegative(bonus, "bonus points of " + unit);
        Checks.nonNegative(penalty, "penalty points of " + unit);
        BigDecimal expected = regular.add(bonus).subtract(penalty);
        if (total.compareTo(expected) != 0) {
            throw new IllegalArgumentException("total of " + unit + " must be regular + bonus - penalty = "
                    + expected.toPlainString() + ", was " + total.toPlainString());
        }
    }
}
