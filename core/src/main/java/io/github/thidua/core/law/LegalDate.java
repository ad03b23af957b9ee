package io.github.thidua.core.law;

import io.github.thidua.core.Checks;
import java.time.LocalDate;

/**
 * A date of a legal document (signed, in force from, in force until) with how sure the project is of it.
 *
 * @param date      the date
 * @param certainty confirmed in the text or an official source, secondary, or an assumption
 */
public record LegalDate(LocalDate date, Certainty certainty) {
    public LegalDate {
        Checks.notNull(date, "date");
        Checks.notNull(certainty, "certainty");
    }

    public static LegalDate confirmed(LocalDate date) {
        return new LegalDate(date, Certainty.CONFIRMED);
    }
}
