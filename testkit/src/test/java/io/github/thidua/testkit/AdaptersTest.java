package io.github.thidua.testkit;

import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.Describe;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generator;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.Source;
import io.github.thidua.testkit.junit.Samples;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.law.Subject;
import io.github.thidua.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The engine-neutral generators through the QuickTheories and JUnit 5 adapters, and their seeding and sizing. */
class AdaptersTest {
    private static final long SEED = 99L;
    private static final Engine ENGINE = Engine.builder().build();
    private static final Generator<BlocCase> SMALL = Generators.blocCases(GenConfig.defaults().withSizes(8, 3, 8));

    static Stream<Arguments> cases() {
        return Samples.arguments(SMALL, SEED, 8, c -> c.review().bloc().size() + " members");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parameterizedSoundness(BlocCase c) {
        assertThat(Laws.SOUNDNESS.check(Subject.of(ENGINE, c))).isEmpty();
    }

    @RepeatedTest(4)
    void repeatedCitation(RepetitionInfo info) {
        BlocCase c = Samples.repetition(SMALL, SEED, info.getCurrentRepetition());
        assertThat(c).isEqualTo(SMALL.sample(Source.sampleSeed(SEED, info.getCurrentRepetition() - 1)));
        assertThat(Laws.CITATION.check(Subject.of(ENGINE, c))).isEmpty();
    }

    @Test
    void argumentsAreNamedByTheirOwnSeed() {
        Arguments first = Samples.arguments(SMALL, SEED, 1).findFirst().orElseThrow();
        String name = ((org.junit.jupiter.api.Named<?>) first.get()[0]).getName();
        assertThat(name).isEqualTo("seed " + Source.sampleSeed(SEED, 0));
        assertThat(((org.junit.jupiter.api.Named<?>) first.get()[0]).getPayload())
                .isEqualTo(SMALL.sample(Source.sampleSeed(SEED, 0)));
    }

    @Test
    void quickTheoriesDrivesTheSameGeneratorsAndShrinksThem() {
        qt().withFixedSeed(SEED).withExamples(10).forAll(QuickTheoriesGenerators.blocCases())
                .checkAssert(c -> assertThat(Laws.EXCLUSIVITY.check(Subject.of(ENGINE, c))).isEmpty());
        // QuickTheories' own shrinking works through the adapter: a false property shrinks to a two-member bloc
        assertThatThrownBy(() -> qt().withFixedSeed(SEED).withExamples(50).forAll(QuickTheoriesGenerators.blocCases())
                .check(c -> c.review().bloc().size() < 2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2 members");
    }

    @Test
    void samplesAreReproducibleAndSizeAware() {
        assertThat(SMALL.sample(5L)).isEqualTo(SMALL.sample(5L));
        List<Integer> tiny = new ArrayList<>();
        List<Integer> full = new ArrayList<>();
        Generator<BlocCase> g = Generators.blocCases();
        for (int i = 0; i < 60; i++) {
            tiny.add(g.sample(i, 10).review().bloc().size());
            full.add(g.sample(i, 100).review().bloc().size());
        }
        assertThat(tiny).allMatch(n -> n <= 4);                  // 10 % of 40
        assertThat(full.stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(12);
        assertThat(Describe.blocCase(g.generate(Source.simplest()))).contains("1 member");
    }
}
