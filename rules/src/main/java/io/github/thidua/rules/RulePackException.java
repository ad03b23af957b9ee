package io.github.thidua.rules;

import io.github.thidua.rules.pack.Problem;
import java.util.List;

/**
 * A rule pack was refused or failed to compile; {@link #problems()} lists every problem with its file, line, code
 * and rule (the same {@link Problem} type the rule checker reports).
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RulePackException(String message, List<Problem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems.stream().map(Problem::format).toList())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
