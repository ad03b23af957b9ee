package io.github.thidua.core.profile;

import io.github.thidua.core.law.Certainty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A parameter's value as it applies to one review: for a date and a bloc size, with where it came from.
 *
 * @param name      the parameter name
 * @param value     a {@link BigDecimal}, {@link Boolean} or {@link String}
 * @param reference the source of the value
 * @param certainty how sure it is
 * @param validFrom the first day of the value
 * @param profile   the profile that defined the value (a province or the national baseline)
 */
public record ResolvedParameter(String name, Object value, String reference, Certainty certainty,
                                LocalDate validFrom, String profile) {

    public BigDecimal decimalValue() {
        if (value instanceof BigDecimal d) {
            return d;
        }
        throw new IllegalStateException("parameter " + name + " is not a number: " + value);
    }

    public int intValue() {
        return decimalValue().intValueExact();
    }

    public double doubleValue() {
        return decimalValue().doubleValue();
    }

    public boolean booleanValue() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("parameter " + name + " is not a boolean: " + value);
    }

    public String textValue() {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalStateException("parameter " + name + " is not text: " + value);
    }

    /** The value as plain text, for messages. */
    public String display() {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
