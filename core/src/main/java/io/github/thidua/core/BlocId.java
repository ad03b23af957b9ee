package io.github.thidua.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an emulation bloc or cluster; same form as {@link UnitId}. */
public record BlocId(@JsonValue String value) implements Comparable<BlocId> {
    public BlocId {
        Checks.notNull(value, "bloc id");
        if (!UnitId.FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("bloc id '" + value
                    + "' must start with a letter or digit and contain only letters, digits, '-', '_' or '.'");
        }
    }

    @JsonCreator
    public static BlocId of(String value) {
        return new BlocId(value);
    }

    @Override
    public int compareTo(BlocId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
