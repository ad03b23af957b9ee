package io.github.thidua.testkit.people;

import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.people.Attestation;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.CouncilBallot;
import io.github.thidua.core.people.Discipline;
import io.github.thidua.core.people.DisciplineLevel;
import io.github.thidua.core.people.Gender;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Initiative;
import io.github.thidua.core.people.Person;
import io.github.thidua.core.people.PersonAward;
import io.github.thidua.core.people.PersonCategory;
import io.github.thidua.core.people.PersonRating;
import io.github.thidua.core.people.RecognitionLevel;
import io.github.thidua.core.people.UnitReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random, valid unit reviews for property tests: people with ratings of the last six years, some discipline,
 * initiatives of every reach, attested judgments, an award history, and the council's ballots. The same seed
 * gives the same review.
 */
public final class UnitReviewGenerator {
    private static final TaskRating[] RATINGS = {TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD,
            TaskRating.GOOD, TaskRating.COMPLETED, TaskRating.NOT_COMPLETED};

    private UnitReviewGenerator() {
    }

    /** A review of {@code people} people (at least 1) for {@code year}, drawn from {@code seed}. */
    public static UnitReview generate(long seed, int year, int people) {
        Random rnd = new Random(seed);
        int council = 5 + rnd.nextInt(7);
        List<Person> list = new ArrayList<>();
        List<CouncilBallot> ballots = new ArrayList<>();
        LocalDate review = LocalDate.of(year, 12, 15 + rnd.nextInt(10));
        for (int i = 1; i <= people; i++) {
            String id = "p" + i;
            List<PersonRating> ratings = new ArrayList<>();
            for (int y = year - 5; y <= year; y++) {
                if (rnd.nextInt(10) > 0) {
                    ratings.add(new PersonRating(y, RATINGS[rnd.nextInt(RATINGS.length)]));
                }
            }
            List<Discipline> discipline = new ArrayList<>();
            if (rnd.nextInt(15) == 0) {
                discipline.add(new Discipline(DisciplineLevel.values()[rnd.nextInt(3)],
                        LocalDate.of(year - rnd.nextInt(2), 1 + rnd.nextInt(12), 1), null));
            }
            List<Initiative> initiatives = new ArrayList<>();
            int n = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0;
            for (int k = 0; k < n; k++) {
                RecognitionLevel level = RecognitionLevel.values()[rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(3)];
                initiatives.add(new Initiative(id + "-sk" + k, "Sáng kiến " + id + "." + k, level, "Hội đồng sáng kiến",
                        LocalDate.of(year - rnd.nextInt(3), 1 + rnd.nextInt(11), 1 + rnd.nextInt(28)),
                        rnd.nextInt(5) == 0));
            }
            Set<Attestation> attested = EnumSet.noneOf(Attestation.class);
            if (rnd.nextInt(12) > 0) {
                attested.add(Attestation.CONDUCT);
            }
            for (Attestation a : Attestation.values()) {
                if (a != Attestation.CONDUCT && rnd.nextInt(12) == 0) {
                    attested.add(a);
                }
            }
            List<PersonAward> history = new ArrayList<>();
            for (int y = year - 6; y < year; y++) {
                if (rnd.nextInt(3) == 0) {
                    history.add(new PersonAward(IndividualAward.GRASSROOTS_FIGHTER, y, null, AwardStatus.GRANTED, List.of()));
                }
            }
            if (rnd.nextInt(8) == 0) {
                history.add(new PersonAward(IndividualAward.PROVINCIAL_CERTIFICATE, year - 6 - rnd.nextInt(3), null,
                        AwardStatus.GRANTED, List.of()));
            }
            if (rnd.nextInt(10) == 0) {
                int last = year - rnd.nextInt(3);
                history.add(new PersonAward(IndividualAward.PROVINCIAL_FIGHTER, last, null, AwardStatus.GRANTED, List.of()));
                history.add(new PersonAward(IndividualAward.PROVINCIAL_FIGHTER, last - 3, null, AwardStatus.GRANTED, List.of()));
            }
            list.add(new Person(id, "Người " + i, null, PersonCategory.values()[rnd.nextInt(5)],
                    rnd.nextBoolean() ? Gender.FEMALE : Gender.MALE, ratings, discipline, initiatives, attested, history));
            for (IndividualAward a : List.of(IndividualAward.GRASSROOTS_FIGHTER, IndividualAward.PROVINCIAL_FIGHTER,
                    IndividualAward.NATIONAL_FIGHTER)) {
                if (rnd.nextInt(3) == 0) {
                    ballots.add(new CouncilBallot(id, a, rnd.nextInt(council + 1)));
                }
            }
        }
        // the unit's attested movements, drawn from their own stream so that the rest of the review stays as it was
        Set<io.github.thidua.core.AttestedCondition> collective = new Random(seed ^ 0xA77E57L).nextInt(3) == 0
                ? EnumSet.of(io.github.thidua.core.AttestedCondition.ACTIVE_IN_MOVEMENTS)
                : EnumSet.noneOf(io.github.thidua.core.AttestedCondition.class);
        CollectiveFacts facts = new CollectiveFacts(rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextInt(5) > 0, false,
                false, false, false, null, collective);
        return new UnitReview(year, review, null, "Tỉnh thử", "national",
                new Unit(UnitId.of("don-vi"), "Đơn vị thử", rnd.nextBoolean() ? UnitKind.STATE_AGENCY : UnitKind.COMMUNE),
                RATINGS[rnd.nextInt(3)], rnd.nextInt(4) == 0, facts, council, list, ballots, true, null);
    }
}
