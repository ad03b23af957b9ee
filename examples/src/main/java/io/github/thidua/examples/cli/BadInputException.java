package io.github.thidua.examples.cli;

import io.github.thidua.core.json.ScenarioError;
import java.util.List;

/** Bad input found by the CLI itself (missing file, unknown profile): the lines to print on stderr, exit code 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    BadInputException(List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.lines = List.copyOf(lines);
    }

    static BadInputException of(ScenarioError error) {
        return new BadInputException(List.of(error.format()));
    }

    List<String> lines() {
        return lines;
    }
}
