package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;

/** The rotation rules' choice of next year's head (then deputy), inserted so the deputy rules can refer to it. */
public final class NextTermChoice {
    private final UnitId head;
    private final boolean elected;

    public NextTermChoice(UnitId head, boolean elected) {
        this.head = head;
        this.elected = elected;
    }

    public UnitId getHead() {
        return head;
    }

    public boolean isElected() {
        return elected;
    }
}
