package io.github.thidua.rules.facts.people;

/**
 * This year's ratings of the review's people, counted: those rated excellent, those rated good or better, and
 * whether the unit itself is rated outstanding (which raises the bound on the excellent share).
 */
public record RatingCounts(int excellent, int goodOrBetter, boolean outstandingUnit) {
    public int getExcellent() {
        return excellent;
    }

    public int getGoodOrBetter() {
        return goodOrBetter;
    }

    public boolean isOutstandingUnit() {
        return outstandingUnit;
    }
}
