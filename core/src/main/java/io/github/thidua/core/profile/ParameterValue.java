package io.github.thidua.core.profile;

import io.github.thidua.core.Checks;
import io.github.thidua.core.law.Certainty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One dated value of a parameter, OpenFisca style: it applies from {@code validFrom} until the next value's
 * date, cites its {@code reference} and says how sure it is. Either a single {@code value} or, for values that
 * depend on the bloc's size, {@code bySize} brackets.
 *
 * @param validFrom first day the value applies
 * @param value     the value, or null when {@code bySize} is given
 * @param bySize    brackets by bloc size (ascending, first at 1 member), or empty
 * @param reference the legal or practical source of the value
 * @param certainty confirmed, secondary or assumption
 */
public record ParameterValue(LocalDate validFrom, Object value, List<SizeBracket> bySize, String reference,
                             Certainty certainty) {
    public ParameterValue {
        Checks.notNull(validFrom, "validFrom");
        bySize = bySize == null ? List.of() : List.copyOf(bySize);
        Checks.notBlank(reference, "reference");
        Checks.notNull(certainty, "certainty");
        if ((value == null) == bySize.isEmpty()) {
            throw new IllegalArgumentException("a parameter value needs exactly one of 'value' or 'bySize'");
        }
        if (value != null) {
            checkValue(value);
        } else {
            bySize = bySize.stream().sorted(Comparator.comparingInt(SizeBracket::minMembers)).toList();
            if (bySize.get(0).minMembers() != 1) {
                throw new IllegalArgumentException("the first bySize bracket must start at minMembers 1");
            }
            Checks.unique(bySize, SizeBracket::minMembers, "bySize minMembers");
        }
    }

    static void checkValue(Object value) {
        if (!(value instanceof BigDecimal || value instanceof Boolean || value instanceof String)) {
            throw new IllegalArgumentException("a parameter value must be a number, a boolean or a string, was "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }

    /** The value for a bloc of {@code blocSize} members. */
    public Object valueFor(int blocSize) {
        if (value != null) {
            return value;
        }
        Object found = bySize.get(0).value();
        for (SizeBracket b : bySize) {
            if (blocSize >= b.minMembers()) {
                found = b.value();
            }
        }
        return found;
    }
}
