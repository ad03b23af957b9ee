package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import java.time.LocalDate;

/**
 * A disciplinary sanction against a person.
 *
 * @param level       the sanction
 * @param decided     the date of the disciplinary decision
 * @param servedUntil the last day of its period, or null when not stated (then it lasts 12 months from the decision)
 */
public record Discipline(DisciplineLevel level, LocalDate decided, LocalDate servedUntil) {
    public Discipline {
        Checks.notNull(level, "discipline level");
        Checks.notNull(decided, "discipline decision date");
        if (servedUntil != null && servedUntil.isBefore(decided)) {
            throw new IllegalArgumentException("discipline servedUntil " + servedUntil + " is before its decision "
                    + decided);
        }
    }

    /** The last day of the period: {@code servedUntil}, or 12 months after the decision when it is not given. */
    public LocalDate periodEnd() {
        return servedUntil != null ? servedUntil : decided.plusMonths(12).minusDays(1);
    }

    /** Whether the sanction was decided in, or was still running during, achievement year {@code year}. */
    public boolean affectsYear(int year) {
        return decided.getYear() <= year && periodEnd().getYear() >= year;
    }
}
