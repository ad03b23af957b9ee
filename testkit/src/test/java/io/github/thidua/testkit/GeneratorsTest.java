package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.gen.Source;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated data is valid: the strict scenario reader accepts it and reads back what was written. */
class GeneratorsTest {
    static final long SEED = 17L;

    @Test
    void blocReviewsPassTheStrictReaderAndRoundTrip() {
        Generators.blocCases().samples(SEED, 200).forEach(c -> {
            BlocReview r = c.review();
            BlocReview back = Scenarios.readBlocReview(Scenarios.write(r), "generated.json", null);
            assertThat(back).isEqualTo(r);
            assertThat(r.bloc().size()).isBetween(1, 40);
            assertThat(r.year()).isBetween(2018, 2026);
            assertThat(r.profile()).isEqualTo(c.profile().name());
            if (r.stage() == Stage.YEAR_END) {
                for (Unit u : r.bloc().members()) {
                    assertThat(r.facts(u.id(), r.year())).as("facts of %s", u.id()).isPresent();
                    assertThat(r.scorecard(u.id())).as("scorecard of %s", u.id()).isPresent();
                }
            }
            assertThat(r.scheme().regularMaxSum()).isEqualByComparingTo(r.scheme().maxBase());
        });
    }

    @Test
    void provinceReviewsHaveUniqueUnitIdsAcrossBlocsAndRoundTrip() {
        Generators.provinceCases().samples(SEED, 40).forEach(c -> {
            ProvinceReview p = c.review();
            assertThat(p.blocs()).hasSizeBetween(1, 30);
            Set<UnitId> ids = new HashSet<>();
            for (BlocReview b : p.blocs()) {
                assertThat(b.stage()).isEqualTo(Stage.YEAR_END);
                assertThat(b.year()).isEqualTo(p.year());
                for (Unit u : b.bloc().members()) {
                    assertThat(ids.add(u.id())).as("unit %s in one bloc only", u.id()).isTrue();
                }
            }
            assertThat(Scenarios.readProvinceReview(Scenarios.write(p), "generated.json", null)).isEqualTo(p);
        });
    }

    @Test
    void memberStatisticsAddUpAndSchemesShareOutTheirBase() {
        Generators.memberStatistics().samples(SEED, 300).forEach(m -> {
            assertThat(m.headcount()).isPositive();
            assertThat(m.advancedLabour()).isBetween(0, m.headcount());
        });
        Generators.schemes().samples(SEED, 300).forEach((ScoringScheme s) -> {
            assertThat(s.maxBase().intValue()).isIn(100, 1000);
            assertThat(s.regularMaxSum()).isEqualByComparingTo(s.maxBase());
        });
    }

    @Test
    void theEdgesAreGenerated() {
        Set<String> seen = new HashSet<>();
        Generators.blocCases(GenConfig.defaults()).samples(SEED, 300).forEach(
                (BlocCase c) -> c.review().facts().forEach(f -> {
                    MemberStatistics m = f.members();
                    if (m.headcount() == 100) {
                        seen.add("LĐTT " + m.advancedLabour() + "%");
                        seen.add("completed " + m.completedTasks() + "%");
                    }
                }));
        assertThat(seen).contains("LĐTT 69%", "LĐTT 70%", "LĐTT 71%", "LĐTT 50%", "LĐTT 51%", "completed 99%",
                "completed 100%");
    }

    @Test
    void shrinkingTargetsTheSimplestCase() {
        // every draw at its shrink target: a one-member year-end bloc of the first profile
        BlocCase[] first = {Generators.blocCases().generate(Source.simplest())};
        assertThat(first[0].review().bloc().size()).isEqualTo(1);
        assertThat(first[0].review().stage()).isEqualTo(Stage.YEAR_END);
        assertThat(first[0].profile().name()).isEqualTo("national");
        assertThat(first[0].review().history()).isEmpty();
        assertThat(first[0].review().votes()).isEmpty();
    }

    @Test
    void provinceCasesAreDescribedCompactly() {
        Generators.provinceCases().samples(SEED, 3).forEach((ProvinceCase c) ->
                assertThat(c.toString()).startsWith("province ").contains("bloc b01").contains("probe unit"));
    }
}
