package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generator;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.law.Evaluations;
import io.github.thidua.testkit.law.Law;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.law.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The laws driven from the engine-neutral generators by a plain loop, as any engine would drive them. Surefire runs
 * this class in its own execution with QuickTheories removed from the classpath (testkit/pom.xml,
 * {@code without-quicktheories}); the first test proves that it is absent.
 */
class WithoutQuickTheoriesTest {
    private static final long SEED = 1717L;
    private static final Engine ENGINE = Engine.builder().build();

    @Test
    void quickTheoriesIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.quicktheories.core.Gen"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void everyLawHoldsOnSamplesDrawnWithoutAnyPropertyEngine() {
        Evaluations evaluations = new Evaluations(ENGINE);
        GenConfig small = GenConfig.defaults().withSizes(12, 4, 8);
        Generator<BlocCase> blocs = Generators.blocCases(small);
        Generator<ProvinceCase> provinces = Generators.provinceCases(small);
        List<Violation> found = new ArrayList<>();
        int checked = 0;
        for (BlocCase c : blocs.samples(SEED, 25).toList()) {
            for (Law law : Laws.all()) {
                found.addAll(law.check(evaluations.subject(c)));
                checked++;
            }
        }
        for (ProvinceCase c : provinces.samples(SEED, 5).toList()) {
            for (Law law : Laws.all()) {
                if (law.kinds().contains(io.github.thidua.testkit.law.Subject.Kind.PROVINCE)) {
                    found.addAll(law.check(evaluations.subject(c)));
                    checked++;
                }
            }
        }
        assertThat(found).as("seed %d", SEED).isEmpty();
        assertThat(checked).isGreaterThan(25 * Laws.all().size());
    }

    @Test
    void consistencyCheckRunsAndShrinksWithoutQuickTheories() {
        // a law every case with more than one member breaks: the search must find one and shrink it to two members
        Law atMostOneMember = new Law() {
            @Override
            public String name() {
                return "at-most-one-member";
            }

            @Override
            public String description() {
                return "a deliberately false law";
            }

            @Override
            public List<Violation> check(io.github.thidua.testkit.law.Subject s) {
                int n = s.blocCase().review().bloc().size();
                return n > 1 ? List.of(new Violation(name(), n + " members")) : List.of();
            }

            @Override
            public java.util.Set<io.github.thidua.testkit.law.Subject.Kind> kinds() {
                return java.util.EnumSet.of(io.github.thidua.testkit.law.Subject.Kind.BLOC);
            }
        };
        LawResult r = ConsistencyCheck.builder(ENGINE).tries(30).seed(SEED).build().check(atMostOneMember);
        assertThat(r.passed()).isFalse();
        assertThat(r.violations()).extracting(Violation::message).containsExactly("2 members");
        assertThat(r.format()).contains("rerun with ConsistencyCheck.builder(engine).seed(" + SEED + ")");
    }
}
