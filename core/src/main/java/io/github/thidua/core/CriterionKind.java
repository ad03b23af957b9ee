package io.github.thidua.core;

/** Whether a criterion adds to the base score, adds bonus points, or deducts penalty points. */
public enum CriterionKind {
    REGULAR,
    BONUS,
    PENALTY
}
