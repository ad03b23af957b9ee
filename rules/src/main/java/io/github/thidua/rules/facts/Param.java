package io.github.thidua.rules.facts;

import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.profile.ResolvedParameter;
import java.math.BigDecimal;

/** A profile parameter's value for this review, as a fact rules join on by name (never a literal in DRL). */
public final class Param {
    private final ResolvedParameter resolved;
    /** {@link #getDisplay()}, computed once (a benign race: every thread computes the same string). */
    private String display;

    public Param(ResolvedParameter resolved) {
        this.resolved = resolved;
    }

    public String getName() {
        return resolved.name();
    }

    public Object getValue() {
        return resolved.value();
    }

    public int getIntValue() {
        return resolved.decimalValue().intValue();
    }

    public double getDoubleValue() {
        return resolved.doubleValue();
    }

    public BigDecimal getDecimalValue() {
        return resolved.decimalValue();
    }

    public boolean getBooleanValue() {
        return resolved.booleanValue();
    }

    public String getTextValue() {
        return resolved.textValue();
    }

    public String getReference() {
        return resolved.reference();
    }

    public Certainty getCertainty() {
        return resolved.certainty();
    }

    /** The value as text for messages. */
    public String getDisplay() {
        String d = display;
        if (d == null) {
            d = resolved.display();
            display = d;
        }
        return d;
    }

    public ResolvedParameter resolved() {
        return resolved;
    }

    @Override
    public String toString() {
        return resolved.name() + "=" + resolved.display();
    }
}
