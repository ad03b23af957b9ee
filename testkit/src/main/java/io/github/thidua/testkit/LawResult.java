package io.github.thidua.testkit;

import io.github.thidua.testkit.law.Violation;
import java.util.List;

/**
 * The outcome of checking one law: passed, or the shrunk counter-example and what it violates.
 *
 * @param law            the law's name
 * @param description    what the law demands
 * @param passed         whether no generated input violated it
 * @param examples       inputs checked (bloc and province cases; up to the failure when it failed)
 * @param seed           the QuickTheories seed (rerun with {@code -Dthidua.seed=…} to reproduce)
 * @param counterExample the shrunk counter-example, described compactly, or null when passed
 * @param violations     the counter-example's violations, empty when passed
 * @param millis         time taken
 */
public record LawResult(String law, String description, boolean passed, int examples, long seed,
                        String counterExample, List<Violation> violations, long millis) {
    public LawResult {
        violations = List.copyOf(violations);
    }

    /**
     * A report of the result: one line when passed; else the law, seed, violations and counter-example.
     *
     * @return the text
     */
    public String format() {
        if (passed) {
            return "PASS " + law + " (" + examples + " inputs, seed " + seed + ", " + millis + " ms)";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("FAIL ").append(law).append(": ").append(description).append('\n');
        sb.append("  seed ").append(seed).append(" (rerun with -Dthidua.seed=").append(seed).append("), falsified after ")
                .append(examples).append(examples == 1 ? " input" : " inputs").append('\n');
        for (Violation v : violations) {
            sb.append("  violation: ").append(v.message()).append('\n');
        }
        sb.append("  shrunk counter-example:\n    ").append(counterExample.replace("\n", "\n    "));
        return sb.toString();
    }
}
