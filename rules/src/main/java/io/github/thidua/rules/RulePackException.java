package io.github.thidua.rules;

import java.util.List;

/** A rule pack failed to load or compile; {@link #problems()} lists every problem with its file and line. */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: the file (pack-relative), line (or -1 when unknown), and message. */
    public record Problem(String file, int line, int column, String message) {
        public String format() {
            return file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": error " + message;
        }
    }

    private final transient List<Problem> problems;

    public RulePackException(String message, List<Problem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems.stream().map(Problem::format).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
