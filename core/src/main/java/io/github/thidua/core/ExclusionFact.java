package io.github.thidua.core;

import java.time.LocalDate;

/**
 * A dated procedure that bars an award while it runs. Once an inspection or verification ends with no
 * violation, the award proceeds (Nghị định 152/2025/NĐ-CP, Điều 4): a fact whose {@code to} is before the
 * decision date no longer bars it unless {@code violationFound}.
 *
 * @param unit           the unit
 * @param kind           what procedure
 * @param from           the day it started
 * @param to             the day it ended, or null while it runs
 * @param violationFound whether it ended finding a violation (only meaningful when {@code to} is given)
 * @param note           free text (e.g. the document that opened it), or null
 */
public record ExclusionFact(UnitId unit, ExclusionKind kind, LocalDate from, LocalDate to, boolean violationFound,
                            String note) {
    public ExclusionFact {
        Checks.notNull(unit, "exclusion unit");
        Checks.notNull(kind, "exclusion kind");
        Checks.notNull(from, "exclusion start");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("exclusion end " + to + " is before its start " + from);
        }
    }

    /** Whether the procedure bars an award decided on {@code date}. */
    public boolean barsOn(LocalDate date) {
        if (date.isBefore(from)) {
            return false;
        }
        return to == null || !to.isBefore(date) || violationFound;
    }
}
