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
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** The problems found, in document order; never empty. */
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
