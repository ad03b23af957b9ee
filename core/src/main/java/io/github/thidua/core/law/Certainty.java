package io.github.thidua.core.law;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How sure the project is of a legal fact: confirmed in a legal text or official answer,
 * seen only in a secondary source, or an assumption (unconfirmed, or left open by the law and set by a profile).
 */
public enum Certainty {
    CONFIRMED,
    SECONDARY,
    ASSUMPTION;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Certainty parse(String code) {
        for (Certainty c : values()) {
            if (c.code().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown certainty '" + code + "', expected confirmed, secondary or assumption");
    }
}
