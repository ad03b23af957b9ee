package io.github.thidua.testkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.people.PersonDecision;
import io.github.thidua.rules.people.UnitReviewResult;
import io.github.thidua.testkit.reference.PeopleReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The differential law of the unit review: the engine (DRL) and the plain-Java {@link PeopleReference} decide every
 * person's every title and form alike, with the same initiatives, and derive the same member statistics, on the
 * example unit reviews and on generated ones (a fixed number of tries; the seed of a mismatch is printed; reproduce
 * with {@code -Dthidua.seed=<seed>}).
 */
class PeopleReferenceTest {
    static final int TRIES = 60;
    static final PeopleReference REFERENCE = new PeopleReference();

    private static long seed(int i) {
        String fixed = System.getProperty("thidua.seed");
        return fixed != null ? Long.parseLong(fixed) : 41_000L + 7L * i;
    }

    /** The mismatches between the engine and the reference on {@code review}, one line each. */
    static List<String> mismatches(UnitReview review, Profile profile) {
        UnitReviewResult engine = UnitReviewLawsTest.PEOPLE.review(review, profile);
        PeopleReference.Result ref = REFERENCE.evaluate(review, profile);
        List<String> out = new ArrayList<>();
        if (engine.decisions().size() != ref.cases().size()) {
            out.add("engine decided " + engine.decisions().size() + " cases, the reference " + ref.cases().size());
        }
        for (PersonDecision d : engine.decisions()) {
            PeopleReference.Case c = ref.of(d.person(), d.award());
            if (c.outcome() != d.outcome() || !c.initiatives().equals(d.initiatives())) {
                out.add(d.person() + " " + d.award() + ": engine " + d.outcome() + " " + d.initiatives()
                        + ", reference " + c.outcome() + " " + c.initiatives() + "; unmet " + d.unmet().stream()
                        .map(r -> r.ruleId()).toList());
            }
        }
        if (!engine.statistics().equals(ref.statistics())) {
            out.add("statistics: engine " + engine.statistics() + ", reference " + ref.statistics());
        }
        return out;
    }

    @Test
    void theEngineAndTheReferenceAgreeOnGeneratedUnitReviews() {
        java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
        int cases = 0;
        int initiatives = 0;
        for (int i = 0; i < TRIES; i++) {
            long seed = seed(i);
            int year = i % 3 == 0 ? 2022 : (i % 3 == 1 ? 2024 : 2025);
            UnitReview review = UnitReviewGenerator.generate(seed, year, 5 + (int) (seed % 30));
            Profile profile = Profiles.bundled(review.profile());
            List<String> diff = mismatches(review, profile);
            assertThat(diff).as("seed " + seed + " (-Dthidua.seed=" + seed + "), year " + year).isEmpty();
            for (PeopleReference.Case c : REFERENCE.evaluate(review, profile).cases()) {
                tally.merge(c.award() + "/" + c.outcome(), 1, Integer::sum);
                initiatives += c.initiatives().size();
                cases++;
            }
        }
        System.out.println("PeopleReferenceTest: " + TRIES + " generated unit reviews, " + cases + " cases, "
                + initiatives + " initiatives used, 0 mismatches (seeds from " + seed(0) + "): " + tally);
        // the comparison covers every path of the grassroots title and the higher ones, not only refusals
        for (String path : List.of("ADVANCED_LABOUR/RECOMMENDED", "ADVANCED_LABOUR/NOT_ELIGIBLE",
                "GRASSROOTS_FIGHTER/RECOMMENDED", "GRASSROOTS_FIGHTER/AWAITING_BALLOT", "GRASSROOTS_FIGHTER/NOT_SELECTED",
                "GRASSROOTS_FIGHTER/NOT_ELIGIBLE", "CERTIFICATE_OF_COMMENDATION/RECOMMENDED")) {
            assertThat(tally).as(path).containsKey(path);
        }
        assertThat(initiatives).isPositive();
    }

    @Test
    void theEngineAndTheReferenceAgreeOnTheExampleUnitReviews() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "scenarios"))) {
            files = s.filter(p -> p.getFileName().toString().matches("unit-.*(?<!expected)\\.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path f : files) {
            UnitReview review = UnitReviews.read(f);
            assertThat(mismatches(review, Profiles.bundled(review.profile()))).as(f.toString()).isEmpty();
        }
    }
}
