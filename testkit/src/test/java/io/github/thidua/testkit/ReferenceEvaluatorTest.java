package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.Probe;
import io.github.thidua.testkit.gen.Mutation;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.law.Subject;
import io.github.thidua.testkit.law.Violation;
import io.github.thidua.testkit.reference.ReferenceConsolidation;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import io.github.thidua.testkit.reference.ReferenceResult;
import io.github.thidua.testkit.reference.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The reference evaluator agrees with the engine on the seed scenarios, and is fast. */
class ReferenceEvaluatorTest {
    static final Path SCENARIOS = Path.of("..", "examples", "scenarios");
    static final Engine ENGINE = Engine.builder().build();
    static final Probe PROBE = new Probe(0, Mutation.RATING, Mutation.RATING, 1L);

    static List<Path> scenarios(String kind) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SCENARIOS), "seed scenarios not found at " + SCENARIOS);
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .filter(p -> kind.equals(Scenarios.kindOf(p))).sorted().toList();
        }
    }

    @Test
    void theSeedBlocScenariosSatisfyEveryLaw() throws IOException {
        List<Path> files = scenarios(Scenarios.BLOC_REVIEW);
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            BlocReview review = typed(Scenarios.readBlocReview(f));
            Subject s = Subject.of(ENGINE, new BlocCase(review, Profiles.bundled(review.profile()), PROBE));
            for (var law : Laws.all()) {
                List<Violation> v = law.check(s);
                assertThat(v).as("%s on %s", law.name(), f.getFileName()).isEmpty();
            }
        }
    }

    /**
     * A bloc whose members reference their unit reviews, with the statistics the engine derives from them typed in
     * and the references dropped: the laws perturb typed statistics, which a unit review would then contradict.
     */
    static BlocReview typed(BlocReview read) {
        if (read.unitReviews().isEmpty()) {
            return read;
        }
        BlocReview l = io.github.thidua.rules.people.UnitReviewLink.link(read,
                new io.github.thidua.rules.people.UnitReviewEngine(ENGINE), Profiles.bundled(read.profile()));
        // the independent people reference derives the same statistics the engine linked
        for (var ref : read.unitReviews()) {
            assertThat(new io.github.thidua.testkit.reference.PeopleReference().evaluate(ref.review(),
                    Profiles.bundled(read.profile())).statistics()).as(ref.file())
                    .isEqualTo(l.facts(ref.unit(), read.year()).orElseThrow().members());
        }
        return new BlocReview(l.stage(), l.year(), l.reviewDate(), l.bloc(), l.term(), l.pact(), l.scheme(),
                l.scorecards(), l.ratings(), l.facts(), l.history(), l.votes(), l.election(), l.profile(),
                l.illustrative(), l.note(), l.dossierReceivedDate(), l.decisions(), l.exclusions(), l.attestations());
    }

    @Test
    void theSeedProvinceScenarioMatchesTheEngine() throws IOException {
        for (Path f : scenarios(Scenarios.PROVINCE_REVIEW)) {
            ProvinceReview p = Scenarios.readProvinceReview(f);
            Subject s = Subject.of(ENGINE, new ProvinceCase(p, Profiles.bundled(p.profile()), PROBE));
            assertThat(Laws.DIFFERENTIAL.check(s)).as("differential on %s", f.getFileName()).isEmpty();
            assertThat(Laws.QUOTA_CONSERVATION.check(s)).isEmpty();
            ReferenceConsolidation ref = s.referenceConsolidation();
            ConsolidationResult c = s.consolidation();
            assertThat(ref.cap()).isEqualTo(c.quota().cap());
        }
    }

    @Test
    void anExcludedUnitFailsEveryAwardWithTheGeneralRequirement() {
        Generators.blocCases().samples(5L, 100).forEach(c -> {
            ReferenceResult r = new ReferenceEvaluator().evaluate(c.review(), c.profile());
            for (UnitId u : r.ranking()) {
                if (r.excluded(u)) {
                    for (AwardType a : AwardType.values()) {
                        assertThat(r.outcome(u, a)).isEqualTo(Outcome.NOT_ELIGIBLE);
                        assertThat(r.unmet(u, a)).anyMatch(Requirement::isGeneral);
                    }
                }
                assertThat(r.best(u).stream().filter(AwardType::isStateLevel).count()).isLessThanOrEqualTo(1);
            }
        });
    }

    @Test
    void theReferenceIsFasterThanTheEngine() {
        List<BlocCase> cases = new java.util.ArrayList<>();
        Generators.blocCases().samples(9L, 300).forEach(cases::add);
        ReferenceEvaluator reference = new ReferenceEvaluator();
        for (int warm = 0; warm < 3; warm++) {
            cases.forEach(c -> reference.evaluate(c.review(), c.profile()));
            cases.forEach(c -> ENGINE.review(c.review(), c.profile()));
        }
        long t0 = System.nanoTime();
        cases.forEach(c -> reference.evaluate(c.review(), c.profile()));
        long t1 = System.nanoTime();
        cases.forEach(c -> ENGINE.review(c.review(), c.profile()));
        long t2 = System.nanoTime();
        System.out.printf("%d bloc reviews: reference evaluator %.1f ms, engine %.1f ms (%.0f×)%n", cases.size(),
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (double) (t2 - t1) / Math.max(1, t1 - t0));
        assertThat(t1 - t0).isLessThan(t2 - t1);
    }

    @Test
    void theEngineSharesTheReferenceRankingAndDecidesAtYearEndOnly() {
        Generators.blocCases().samples(3L, 30).forEach(c -> {
            ReviewResult r = ENGINE.review(c.review(), c.profile());
            ReferenceResult ref = new ReferenceEvaluator().evaluate(c.review(), c.profile());
            assertThat(r.ranking().units().stream().map(u -> u.unit()).toList()).isEqualTo(ref.ranking());
            assertThat(ref.decided()).isEqualTo(!r.decisions().isEmpty());
        });
    }
}
