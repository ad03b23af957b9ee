package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import io.github.thidua.core.UnitId;

/**
 * A bloc review's reference to one member's own review of its people ({@code members[].unitReview} in the scenario
 * format): the bloc review then takes that member's statistics for the year (and, when it has none, its collective
 * facts and rating) from the people instead of typed numbers. The engine links them when it reviews the bloc.
 *
 * @param unit   the member the unit review is of
 * @param file   the file as the bloc review names it (relative to the bloc review's file)
 * @param source the document that holds the reference (its file name, for messages)
 * @param path   the JSON path of the reference in {@code source}, e.g. {@code $.members[2].unitReview.file}
 * @param review the unit review read from the file
 *
 * <p>Two references are equal when they name the same file for the same unit and hold equal reviews: where the
 * reference was read from ({@code source}, {@code path}) is provenance for messages, not content.
 */
public record UnitReviewRef(UnitId unit, String file, String source, String path, UnitReview review) {
    public UnitReviewRef {
        Checks.notNull(unit, "unit");
        Checks.notBlank(file, "unit review file");
        Checks.notBlank(source, "source");
        Checks.notBlank(path, "path");
        Checks.notNull(review, "unit review");
        if (!review.unit().id().equals(unit)) {
            throw new IllegalArgumentException("unit review " + file + " is of '" + review.unit().id() + "', not of '"
                    + unit + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitReviewRef r && unit.equals(r.unit) && file.equals(r.file) && review.equals(r.review);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(unit, file, review);
    }
}
