package io.github.thidua.testkit.law;

import java.util.Objects;

/**
 * A breach of a consistency law: which law, and a readable message naming the units, awards and values involved.
 *
 * @param law     the law's name
 * @param message what is wrong
 */
public record Violation(String law, String message) {
    public Violation {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return law + ": " + message;
    }
}
