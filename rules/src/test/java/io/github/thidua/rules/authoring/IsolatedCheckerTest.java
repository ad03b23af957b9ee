package io.github.thidua.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.rules.pack.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker in a child JVM gives the same problems as in-process, and whatever the child does (too slow, out of
 * memory), the caller gets a problem, not a hang or a crash.
 */
class IsolatedCheckerTest {
    private static final String BROKEN = """
            package vn.iso;

            import io.github.thidua.rules.facts.Member;

            rule "Iso: unknown property"
                @ruleId("ISO_UNKNOWN")
                @legalBasis("test")
                @certainty("assumption")
            when
                Member( noSuchProperty == 1 )
            then
            end
            """;

    @Test
    void aChildJvmReportsTheSameProblemsAsTheCheckerInProcess() {
        Map<String, String> files = Map.of("iso.drl", BROKEN);
        List<Problem> inProcess = RuleChecker.create().check(files);
        List<Problem> isolated = IsolatedChecker.create().check(files);
        assertThat(inProcess).anySatisfy(p -> assertThat(p.isError()).isTrue());
        assertThat(isolated).isEqualTo(inProcess);
    }

    @Test
    void aChildPastItsDeadlineIsKilledAndReportedAsABudgetProblem() {
        long start = System.nanoTime();
        // starting a JVM and the Drools compiler takes far longer than 200 ms
        List<Problem> problems = IsolatedChecker.create().timeout(Duration.ofMillis(200)).check(Map.of("iso.drl", BROKEN));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BUDGET");
            assertThat(p.message()).contains("longer than");
        });
    }

    @Test
    void aChildOutOfMemoryIsReportedNotFatal() {
        // 128 MB cannot hold the Drools compiler and the national lint: the child exits on its first
        // OutOfMemoryError; the caller gets a problem and keeps running
        List<Problem> problems = IsolatedChecker.create().maxHeapMb(128).check(Map.of("iso.drl", BROKEN));
        assertThat(problems).isNotEmpty();
        if (problems.size() == 1 && problems.get(0).code().equals("BUDGET")) {
            assertThat(problems.get(0).message()).contains("128 MB");
        } else {
            // the check fitted in 128 MB on this JVM: then it must still be the real answer
            assertThat(problems).anySatisfy(p -> assertThat(p.rule()).isEqualTo("Iso: unknown property"));
        }
    }
}
