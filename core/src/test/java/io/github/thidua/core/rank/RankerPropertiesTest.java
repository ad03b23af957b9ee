package io.github.thidua.core.rank;

import static io.github.thidua.core.rank.ReviewBuilder.bloc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties of the ranking over generated blocs, built to tie often. QuickTheories prints the seed of a failing
 * run ("Seed was …"); rerun it with {@code -Dthidua.seed=<seed>}.
 */
class RankerPropertiesTest {
    private static final int EXAMPLES = 300;
    private static final Profile NATIONAL = Profiles.bundled("national");
    private static final AwardType[] AWARDS = AwardType.values();

    /**
     * One generated member; small ranges so that totals tie often and every cap can bite.
     *
     * @param regular  r1 = 15 × regular (0..4); r2 is always 60, so the regular sum reaches 120 against a base of 100
     * @param bonus    0..4: b1 + b2 = 0, 5, 15, 15 or 20 against a bonus cap of 15
     * @param p1       tenths of a point on p1: 0, 25 or 50
     * @param p2       tenths of a point on p2: 0, 25 or 50 (p1 + p2 reaches 10 against a penalty cap of 6)
     * @param award    index of the previous year's award in {@link AwardType#values()}, or its length for none
     * @param women    women out of 10 members, or -1 for no facts
     * @param scored   whether the member has a scorecard
     * @param assessed whether the scores were cross-checked (the self scores then differ and must be ignored)
     */
    record Member(int regular, int bonus, int p1, int p2, int award, int women, boolean scored, boolean assessed) {
        BigDecimal r1Points() {
            return BigDecimal.valueOf(15L * regular);
        }

        BigDecimal b1Points() {
            return BigDecimal.valueOf(5L * Math.min(bonus, 2));
        }

        BigDecimal b2Points() {
            return BigDecimal.valueOf(5L * (bonus / 2));
        }
    }

    private static Gen<Member> members() {
        Gen<int[]> points = integers().between(0, 4).zip(integers().between(0, 4), integers().between(0, 2),
                integers().between(0, 2), (r, b, p1, p2) -> new int[] {r, b, p1 * 25, p2 * 25});
        return points.zip(integers().between(0, AWARDS.length), integers().between(-1, 10), booleans().all(),
                booleans().all(), (p, award, women, scored, assessed) ->
                        new Member(p[0], p[1], p[2], p[3], award, women, scored, assessed));
    }

    private static QuickTheory theory() {
        QuickTheory theory = qt().withExamples(EXAMPLES);
        String seed = System.getProperty("thidua.seed");
        return seed == null || seed.isBlank() ? theory : theory.withFixedSeed(Long.parseLong(seed.trim()));
    }

    private static String unitId(int index) {
        return "u" + String.format("%02d", index);
    }

    private static ReviewBuilder builder(List<Member> members) {
        ReviewBuilder builder = bloc();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String unit = unitId(i);
            if (m.scored()) {
                List<Score> scores = new ArrayList<>();
                scores.add(score("r1", m.r1Points(), m.assessed()));
                scores.add(score("r2", BigDecimal.valueOf(60), m.assessed()));
                scores.add(score("b1", m.b1Points(), m.assessed()));
                scores.add(score("b2", m.b2Points(), m.assessed()));
                scores.add(score("p1", BigDecimal.valueOf(m.p1(), 1), m.assessed()));
                scores.add(score("p2", BigDecimal.valueOf(m.p2(), 1), m.assessed()));
                builder.member(unit, scores.toArray(new Score[0]));
            } else {
                builder.member(unit);
            }
            if (m.award() < AWARDS.length) {
                builder.award(unit, AWARDS[m.award()], ReviewBuilder.YEAR - 1);
                builder.award(unit, AwardType.GOVERNMENT_FLAG, ReviewBuilder.YEAR - 1, AwardKind.IRREGULAR,
                        AwardStatus.GRANTED);
            }
            if (m.women() >= 0) {
                builder.women(unit, m.women(), 10);
            }
        }
        return builder;
    }

    private static Score score(String criterion, BigDecimal points, boolean assessed) {
        if (!assessed) {
            return new Score(criterion, points, null);
        }
        BigDecimal self = points.signum() == 0 ? BigDecimal.ONE : points.subtract(BigDecimal.ONE);
        return new Score(criterion, self, points);
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Test
    void rankingDoesNotDependOnInputOrder() {
        theory().forAll(lists().of(members()).ofSizeBetween(1, 12), longs().all())
                .checkAssert((members, shuffleSeed) -> {
                    ReviewBuilder builder = builder(members);
                    Random random = new Random(shuffleSeed);
                    List<Scorecard> cards = new ArrayList<>();
                    for (Scorecard card : shuffled(builder.scorecards(), random)) {
                        cards.add(new Scorecard(card.unit(), shuffled(card.scores(), random)));
                    }
                    List<Unit> units = shuffled(builder.members(), random);
                    List<UnitYearFacts> facts = shuffled(builder.facts(), random);
                    List<AwardRecord> history = shuffled(builder.history(), random);

                    Ranking original = Ranker.rank(builder.review(), NATIONAL);
                    Ranking reordered = Ranker.rank(builder.review(units, cards, facts, history), NATIONAL);

                    assertThat(reordered).isEqualTo(original);
                });
    }

    @Test
    void rankingIsCompleteOrderedAndExplainsEveryTie() {
        theory().forAll(lists().of(members()).ofSizeBetween(1, 12)).checkAssert(members -> {
            BlocReview review = builder(members).review();

            Ranking ranking = Ranker.rank(review, NATIONAL);

            assertThat(ranking.size()).isEqualTo(review.bloc().size());
            assertThat(ranking.units()).extracting(RankedUnit::unit)
                    .containsExactlyInAnyOrderElementsOf(review.bloc().memberIds());
            for (int i = 0; i < ranking.size(); i++) {
                RankedUnit here = ranking.units().get(i);
                assertThat(here.rank()).isEqualTo(i + 1);
                assertThat(here.regular()).isLessThanOrEqualTo(ReviewBuilder.SCHEME.maxBase());
                assertThat(here.bonus()).isLessThanOrEqualTo(ReviewBuilder.SCHEME.bonusCap());
                assertThat(here.penalty()).isLessThanOrEqualTo(ReviewBuilder.SCHEME.penaltyCap());
                if (i + 1 < ranking.size()) {
                    RankedUnit next = ranking.units().get(i + 1);
                    assertThat(here.total()).isGreaterThanOrEqualTo(next.total());
                    boolean tied = here.total().compareTo(next.total()) == 0;
                    assertThat(here.tieBreak() != null).as("tie-break of %s", here.unit()).isEqualTo(tied);
                    if (tied) {
                        assertThat(here.tieBreak().over()).isEqualTo(next.unit());
                    }
                } else {
                    assertThat(here.tieBreak()).isNull();
                }
            }
        });
    }

    @Test
    void rankingAgreesWithAReferenceOrderingOfTheDefaultChain() {
        theory().forAll(lists().of(members()).ofSizeBetween(1, 12)).checkAssert(members -> {
            Ranking ranking = Ranker.rank(builder(members).review(), NATIONAL);

            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                expected.add(i);
            }
            Comparator<Integer> reference = Comparator
                    .comparing((Integer i) -> referenceTotal(members.get(i))).reversed()
                    .thenComparing(i -> referencePenalty(members.get(i)))
                    .thenComparingInt(i -> members.get(i).award())
                    .thenComparing(i -> members.get(i).women() < 7)
                    .thenComparing(i -> i);
            expected.sort(reference);

            assertThat(ranking.units()).extracting(u -> u.unit().value())
                    .containsExactlyElementsOf(expected.stream().map(RankerPropertiesTest::unitId).toList());
        });
    }

    private static BigDecimal referencePenalty(Member m) {
        return m.scored() ? BigDecimal.valueOf(m.p1() + m.p2(), 1).min(BigDecimal.valueOf(6)) : BigDecimal.ZERO;
    }

    private static BigDecimal referenceTotal(Member m) {
        if (!m.scored()) {
            return BigDecimal.ZERO;
        }
        BigDecimal regular = m.r1Points().add(BigDecimal.valueOf(60)).min(BigDecimal.valueOf(100));
        BigDecimal bonus = m.b1Points().add(m.b2Points()).min(BigDecimal.valueOf(15));
        return regular.add(bonus).subtract(referencePenalty(m));
    }
}
