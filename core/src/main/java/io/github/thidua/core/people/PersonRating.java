package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import io.github.thidua.core.TaskRating;

/**
 * A person's annual rating (xếp loại chất lượng, mức độ hoàn thành nhiệm vụ) for one year.
 *
 * @param year   the year rated
 * @param rating the rating
 */
public record PersonRating(int year, TaskRating rating) {
    public PersonRating {
        Checks.year(year, "rating year");
        Checks.notNull(rating, "rating");
    }
}
