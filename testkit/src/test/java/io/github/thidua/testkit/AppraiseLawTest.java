package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.law.Appraise;
import io.github.thidua.testkit.law.Laws;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The appraise-mode law ({@link Appraise}) on generated blocs and provinces: a fixed number of tries, the seed in
 * the report (reproduce with {@code -Dthidua.seed=<seed>}).
 */
class AppraiseLawTest {
    @Test
    void appraiseModeHoldsOnGeneratedBlocsAndProvinces() {
        String fixed = System.getProperty("thidua.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : 13_013L;
        Report report = ConsistencyCheck.builder(Engine.builder().build()).seed(seed).tries(60).provinceTries(15)
                .laws(List.of(Laws.APPRAISE)).rerunHint("-Dthidua.seed=" + seed).build().run();
        assertThat(report.passed()).as("appraise law, seed " + seed + ":\n" + report.format()).isTrue();
    }

    @Test
    void theLawIsNotAmongTheDefaultsButCanBeNamed() {
        assertThat(Laws.all()).noneMatch(l -> l.name().equals(Appraise.NAME));
    }
}
