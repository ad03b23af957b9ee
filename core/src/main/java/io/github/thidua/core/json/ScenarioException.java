package io.github.thidua.core.json;

import java.util.List;

/**
 * Thrown when a scenario cannot be read: carries every problem found in the document (and in the bloc files a
 * province review references), not just the first. The message lists them all, one per line.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<ScenarioError> errors;

    /**
     * Creates the exception for a document's problems.
     *
     * @param errors the problems found, at least one, in document order
     * @throws IllegalArgumentException when {@code errors} is empty
     */
    public ScenarioException(List<ScenarioError> errors) {
        this(capped(errors), 0);
    }

    private ScenarioException(List<ScenarioError> errors, int unused) {
        super(message(errors));
        this.errors = errors;
    }

    /** The most errors kept; the rest are summed up in a last error (output stays bounded for any input). */
    public static final int MAX_ERRORS = 200;

    private static List<ScenarioError> capped(List<ScenarioError> errors) {
        if (errors == null || errors.size() <= MAX_ERRORS) {
            return errors == null ? null : List.copyOf(errors);
        }
        List<ScenarioError> kept = new java.util.ArrayList<>(errors.subList(0, MAX_ERRORS));
        ScenarioError last = errors.get(MAX_ERRORS);
        kept.add(new ScenarioError(last.file(), "$", (errors.size() - MAX_ERRORS) + " more errors not shown"
                + " / còn " + (errors.size() - MAX_ERRORS) + " lỗi nữa không hiển thị", "fix the errors above and read the file again"));
        return List.copyOf(kept);
    }

    /** The problems found, in document order (at most {@link #MAX_ERRORS} and a summary); never empty. */
    public List<ScenarioError> errors() {
        return errors;
    }

    private static String message(List<ScenarioError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one error");
        }
        StringBuilder sb = new StringBuilder("invalid scenario: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        for (ScenarioError e : errors) {
            sb.append(System.lineSeparator()).append("  ").append(e.format());
        }
        return sb.toString();
    }
}
