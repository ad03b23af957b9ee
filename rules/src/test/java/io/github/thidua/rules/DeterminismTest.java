package io.github.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.json.ResultJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same review gives the same result: twice, shuffled, and on 8 threads at once. */
class DeterminismTest {
    static final Path DIR = Path.of("../examples/scenarios");
    static final List<String> SEEDS = List.of("000-bac-ninh-2022-social-organisations.json",
            "001-yen-bai-2022-special-associations.json", "002-party-agencies-2022.json");

    /** The result without the audit trail, whose order may legitimately differ between equal evaluations. */
    static String canonical(ReviewResult r) {
        return ResultJson.write(r, false);
    }

    static ReviewResult run(BlocReview review) {
        Profile p = Profiles.resolve(review.profile(), DIR);
        return TestEngine.get().review(review, p);
    }

    @Test
    void sameReviewTwiceAndShuffledGivesIdenticalResults() {
        for (String s : SEEDS) {
            BlocReview review = Scenarios.readBlocReview(DIR.resolve(s));
            String first = canonical(run(review));
            assertThat(canonical(run(review))).isEqualTo(first);
            for (long seed = 1; seed <= 3; seed++) {
                assertThat(canonical(run(shuffled(review, new Random(seed))))).as(s + " shuffled with seed " + seed).isEqualTo(first);
            }
        }
    }

    @Test
    void eightThreadsAtOnceGiveTheSequentialResults() throws Exception {
        List<BlocReview> reviews = SEEDS.stream().map(s -> Scenarios.readBlocReview(DIR.resolve(s))).toList();
        List<String> sequential = reviews.stream().map(r -> canonical(run(r))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int k = i % reviews.size();
                which.add(k);
                futures.add(pool.submit(() -> canonical(run(reviews.get(k)))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(which.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static BlocReview shuffled(BlocReview r, Random rnd) {
        var members = new ArrayList<>(r.bloc().members());
        Collections.shuffle(members, rnd);
        var bloc = new io.github.thidua.core.Bloc(r.bloc().id(), r.bloc().name(), r.bloc().kind(), r.bloc().province(),
                r.bloc().organiser(), members);
        return new BlocReview(r.stage(), r.year(), r.reviewDate(), bloc, r.term(), r.pact(), r.scheme(),
                shuffle(r.scorecards(), rnd), shuffle(r.ratings(), rnd), shuffle(r.facts(), rnd), shuffle(r.history(), rnd),
                shuffle(r.votes(), rnd), r.election(), r.profile(), r.illustrative(), r.note());
    }

    static <T> List<T> shuffle(List<T> in, Random rnd) {
        List<T> out = new ArrayList<>(in);
        Collections.shuffle(out, rnd);
        return out;
    }
}
