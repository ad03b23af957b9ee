package io.github.thidua.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * Identifier of a member unit (đơn vị) of an emulation bloc, as written in the scenario.
 * Letters, digits, '-', '_' and '.' only, so ids are safe in file names, URLs and DRL strings.
 */
public record UnitId(@JsonValue String value) implements Comparable<UnitId> {
    static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,99}");

    public UnitId {
        Checks.notNull(value, "unit id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("unit id '" + value
                    + "' must start with a letter or digit and contain only letters, digits, '-', '_' or '.' (at most 100)");
        }
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
