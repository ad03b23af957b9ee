package io.github.thidua.core;

/** The head and deputy the members elected for next year at the year-end review, when the scenario records it. */
public record Election(UnitId head, UnitId deputy) {
    public Election {
        Checks.notNull(head, "elected head");
        if (head.equals(deputy)) {
            throw new IllegalArgumentException("elected head and deputy must differ, both were " + head);
        }
    }
}
