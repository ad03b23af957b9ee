package io.github.thidua.testkit;

import java.util.List;

/**
 * The result of a consistency check: one {@link LawResult} per law, in the order the laws were checked.
 *
 * @param results the laws' results
 */
public record Report(List<LawResult> results) {
    public Report {
        results = List.copyOf(results);
    }

    /** @return whether every law passed */
    public boolean passed() {
        return results.stream().allMatch(LawResult::passed);
    }

    /** @return the results of the laws that failed */
    public List<LawResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return the names of the laws that failed */
    public List<String> failedLaws() {
        return failures().stream().map(LawResult::law).toList();
    }

    /**
     * The result of one law.
     *
     * @param law the law's name
     * @return its result
     * @throws IllegalArgumentException when the law was not checked
     */
    public LawResult result(String law) {
        return results.stream().filter(r -> r.law().equals(law)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("law '" + law + "' was not checked"));
    }

    /** @return every law's report, failures in full, then a summary line */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (LawResult r : results) {
            sb.append(r.format()).append('\n');
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        sb.append(failed == 0 ? "all " + results.size() + " laws hold"
                : failed + " of " + results.size() + " laws failed: " + failedLaws());
        return sb.toString();
    }
}
