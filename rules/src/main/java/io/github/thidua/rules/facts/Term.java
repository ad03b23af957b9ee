package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;

/** The bloc's head and deputy: this year's ({@code current}) or next year's as elected ({@code elected}). */
public final class Term {
    private final UnitId head;
    private final UnitId deputy;
    private final boolean elected;

    public Term(UnitId head, UnitId deputy, boolean elected) {
        this.head = head;
        this.deputy = deputy;
        this.elected = elected;
    }

    public UnitId getHead() {
        return head;
    }

    /** The deputy, or null. */
    public UnitId getDeputy() {
        return deputy;
    }

    public boolean isHasDeputy() {
        return deputy != null;
    }

    /** True for next year's elected officers, false for this year's. */
    public boolean isElected() {
        return elected;
    }

    @Override
    public String toString() {
        return (elected ? "Elected " : "Current ") + head + "/" + deputy;
    }
}
