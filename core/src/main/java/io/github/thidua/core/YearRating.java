package io.github.thidua.core;

/** A unit's task-completion rating for one year. */
public record YearRating(UnitId unit, int year, TaskRating rating) {
    public YearRating {
        Checks.notNull(unit, "rating unit");
        Checks.year(year, "rating year");
        Checks.notNull(rating, "rating");
    }
}
