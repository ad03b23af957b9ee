package io.github.thidua.core.json;

import java.util.Objects;

/**
 * One problem found while reading a scenario file: where it is, what is wrong and how to fix it.
 *
 * @param file    the file the problem is in, as given by the caller (for a bloc referenced by a province review,
 *                the bloc's own file)
 * @param path    a JSONPath into that file, such as {@code $.members[3].id}; {@code $} for the whole document
 * @param message what is wrong, naming the offending value
 * @param hint    how to fix it, or null when there is nothing useful to add
 */
public record ScenarioError(String file, String path, String message, String hint) {
    /** The longest message or hint kept; longer ones are cut (an error must not be larger than the input). */
    public static final int MAX_TEXT = 1_000;

    public ScenarioError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        file = cut(file);
        path = cut(path);
        message = cut(message);
        hint = hint == null ? null : cut(hint);
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }

    /** The error on one line: {@code FILE: PATH: MESSAGE (hint: HINT)}, without the hint part when there is none. */
    public String format() {
        return file + ": " + path + ": " + message + (hint == null ? "" : " (hint: " + hint + ")");
    }

    @Override
    public String toString() {
        return format();
    }
}
