package io.github.thidua.testkit;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that the laws can fail: each deliberately broken pack (one defect each) fails the consistency suite, and the
 * law expected to catch its defect is among the failures; the bundled pack, compiled the same way, passes. Packs are
 * compiled at runtime once each; the suite runs with few tries and a fixed seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenPacksTest {
    static final long SEED = Long.getLong("thidua.brokenPacks.seed", 20240101L);
    static final int TRIES = 60;
    static final int PROVINCE_TRIES = 10;
    static final int SHRINK_CYCLES = 60;

    private final Map<String, String> caught = new LinkedHashMap<>();

    static Stream<String> packs() {
        return BrokenPack.NAMES.stream();
    }

    static Report check(Engine engine) {
        return ConsistencyCheck.builder(engine).tries(TRIES).provinceTries(PROVINCE_TRIES).seed(SEED)
                .shrinkCycles(SHRINK_CYCLES).build().run();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void aBrokenPackFailsTheSuiteOnTheLawThatGuardsItsDefect(String name) {
        BrokenPack broken = BrokenPack.load(name);
        long start = System.nanoTime();
        Engine engine = Engine.builder().rulePack(broken.pack()).build();
        long compiled = System.nanoTime();
        Report report = check(engine);
        long checked = System.nanoTime();
        System.out.printf("broken pack %s (%s): compiled in %d ms, checked in %d ms; failed laws %s%n", name,
                broken.defect(), (compiled - start) / 1_000_000, (checked - compiled) / 1_000_000, report.failedLaws());
        if (report.failedLaws().contains(broken.caughtBy())) {
            System.out.println(report.result(broken.caughtBy()).format());
        }
        caught.put(name, broken.caughtBy() + " (all failed: " + report.failedLaws() + ")");
        assertThat(report.passed()).as("broken pack %s passed the suite (seed %d)", name, SEED).isFalse();
        assertThat(report.failedLaws()).as("laws failing for broken pack %s (seed %d):%n%s", name, SEED,
                report.format()).contains(broken.caughtBy());
    }

    @Test
    void theBundledPackCompiledAtRuntimePassesWithTheSameSeed() {
        Engine engine = Engine.builder().rulePack(RulePack.bundled()).build();
        Report report = check(engine);
        assertThat(report.failedLaws()).as("bundled pack (seed %d):%n%s", SEED, report.format()).isEmpty();
    }

    @AfterAll
    void summary() {
        System.out.println("broken packs and the law that caught each:");
        caught.forEach((k, v) -> System.out.println("  " + k + " -> " + v));
    }
}
