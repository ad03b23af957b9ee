package io.github.thidua.core;

import java.time.LocalDate;

/** Number and date of an award decision (quyết định khen thưởng), e.g. "231/QĐ-TTg" of 14/03/2023. */
public record DecisionRef(String number, LocalDate date) {
    public DecisionRef {
        Checks.notBlank(number, "decision number");
        Checks.notNull(date, "decision date");
    }
}
