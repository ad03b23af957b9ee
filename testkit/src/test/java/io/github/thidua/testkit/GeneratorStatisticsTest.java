package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.stats.GeneratorStatistics;
import org.junit.jupiter.api.Test;

/**
 * The generators reach every outcome of every award and every law's interesting branch in at least 5 % of the cases
 * (measured with the reference evaluator, which the differential law keeps in step with the engine).
 */
class GeneratorStatisticsTest {
    static final long SEED = 20250701L;

    @Test
    void everyBranchIsReachedByAtLeastFivePercentOfTheCases() {
        GeneratorStatistics stats = GeneratorStatistics.measure(GenConfig.defaults(), 1000, 200, SEED);
        System.out.println(stats.format());
        assertThat(stats.below(0.05)).as("branches reached by fewer than 5 %% of the cases (seed %d)", SEED).isEmpty();
    }
}
