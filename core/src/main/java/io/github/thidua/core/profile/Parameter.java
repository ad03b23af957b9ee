package io.github.thidua.core.profile;

import io.github.thidua.core.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A named legal or provincial parameter with its dated values (never a literal in a rule).
 *
 * @param name        dotted name, e.g. {@code bloc.leaderCount}
 * @param description what it means, in English
 * @param type        the type of its values
 * @param values      dated values, sorted by {@code validFrom}, unique dates
 */
public record Parameter(String name, String description, ParameterType type, List<ParameterValue> values) {
    public Parameter {
        Checks.notBlank(name, "parameter name");
        Checks.notBlank(description, "parameter " + name + " description");
        Checks.notNull(type, "parameter " + name + " type");
        values = Checks.list(values, "parameter " + name + " values").stream()
                .sorted(Comparator.comparing(ParameterValue::validFrom)).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
        Checks.unique(values, ParameterValue::validFrom, "validFrom of parameter " + name);
        for (ParameterValue v : values) {
            for (Object o : v.value() != null ? List.of(v.value()) : v.bySize().stream().map(SizeBracket::value).toList()) {
                boolean ok = switch (type) {
                    case NUMBER -> o instanceof BigDecimal;
                    case BOOLEAN -> o instanceof Boolean;
                    case TEXT -> o instanceof String;
                };
                if (!ok) {
                    throw new IllegalArgumentException("parameter " + name + " is of type " + type
                            + " but has the value " + o);
                }
            }
        }
    }

    /** The value in force on {@code date}, if any (none before the first {@code validFrom}). */
    public Optional<ParameterValue> valueOn(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (!v.validFrom().isAfter(date)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
