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
 * @param seed           the generators' seed
 * @param counterExample the shrunk counter-example, described compactly, or null when passed
 * @param violations     the counter-example's violations, empty when passed
 * @param millis         time taken
 * @param rerun          how to rerun with the same seed, naming where the seed came from (e.g.
 *                       {@code -Dthidua.seed=42}, or {@code seed() of MyPackTest returns 42})
 */
public record LawResult(String law, String description, boolean passed, int examples, long seed,
                        String counterExample, List<Violation> violations, long millis, String rerun) {
    public LawResult {
        violations = List.copyOf(violations);
        if (rerun == null || rerun.isBlank()) {
            rerun = "seed " + seed;
        }
    }

    /**
     * A result with the default rerun hint ({@code seed <seed>}).
     *
     * @param law            the law's name
     * @param description    what the law demands
     * @param passed         whether it held
     * @param examples       inputs checked
     * @param seed           the seed
     * @param counterExample the counter-example or null
     * @param violations     the violations
     * @param millis         time taken
     */
    public LawResult(String law, String description, boolean passed, int examples, long seed,
                     String counterExample, List<Violation> violations, long millis) {
        this(law, description, passed, examples, seed, counterExample, violations, millis, null);
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
        sb.append("  seed ").append(seed).append(" (rerun with ").append(rerun).append("), falsified after ")
                .append(examples).append(examples == 1 ? " input" : " inputs").append('\n');
        for (Violation v : violations) {
            sb.append("  violation: ").append(v.message()).append('\n');
        }
        sb.append("  shrunk counter-example:\n    ").append(counterExample.replace("\n", "\n    "));
        return sb.toString();
    }
}
