package io.github.thidua.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Election;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.TermMethod;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The domain records reject bad values in their constructors, with messages that name the value. */
class DomainRecordsTest {
    private static final UnitId A = UnitId.of("so-tai-chinh");
    private static final UnitId B = UnitId.of("so-y-te");
    private static final UnitId OUTSIDER = UnitId.of("so-ngoai-khoi");
    private static final ScoringScheme SCHEME = new ScoringScheme(new BigDecimal("100"), List.of(
            new Criterion("r1", "Nhiệm vụ", "Nhiệm vụ chuyên môn", CriterionKind.REGULAR, new BigDecimal("100")),
            new Criterion("p1", "Điểm trừ", "Chậm báo cáo", CriterionKind.PENALTY, new BigDecimal("5"))),
            new BigDecimal("10"), new BigDecimal("5"));

    private static Unit unit(UnitId id) {
        return new Unit(id, "Đơn vị " + id, UnitKind.STATE_AGENCY);
    }

    private static Bloc bloc() {
        return new Bloc(BlocId.of("khoi-kinh-te"), "Khối các sở kinh tế", BlocKind.KHOI, "Tỉnh Thử", null,
                List.of(unit(A), unit(B)));
    }

    private static BlocReview review(BlocTerm term, List<Scorecard> scorecards, List<UnitYearFacts> facts,
                                     List<AwardRecord> history, Election election) {
        return new BlocReview(Stage.YEAR_END, 2024, null, bloc(), term, null, SCHEME, scorecards, List.of(), facts,
                history, List.of(), election, "national", false, null);
    }

    private static MemberStatistics stats(int headcount, int women) {
        return new MemberStatistics(headcount, headcount, 0, 0, 0, women);
    }

    @Nested
    class Scores {
        @Test
        void negativeSelfScoreIsRejected() {
            assertThatThrownBy(() -> new Score("r1", new BigDecimal("-1"), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("self score must not be negative, was -1");
        }

        @Test
        void negativeAssessedScoreIsRejected() {
            assertThatThrownBy(() -> new Score("r1", BigDecimal.ONE, new BigDecimal("-0.5")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("assessed score must not be negative, was -0.5");
        }

        @Test
        void assessedScorePrevails() {
            assertThat(new Score("r1", BigDecimal.TEN, BigDecimal.ONE).effective()).isEqualTo(BigDecimal.ONE);
            assertThat(new Score("r1", BigDecimal.TEN, null).effective()).isEqualTo(BigDecimal.TEN);
        }

        @Test
        void scoreAboveTheCriterionMaximumIsRejected() {
            Scorecard card = new Scorecard(A, List.of(new Score("p1", BigDecimal.ONE, new BigDecimal("6"))));

            assertThatThrownBy(() -> review(null, List.of(card), List.of(), List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unit so-tai-chinh scores above the maximum 5 of criterion p1");
        }

        @Test
        void unknownCriterionAndDuplicateScoresAreRejected() {
            Scorecard card = new Scorecard(A, List.of(new Score("r9", BigDecimal.ONE, null)));
            assertThatThrownBy(() -> review(null, List.of(card), List.of(), List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unit so-tai-chinh scores unknown criterion r9");

            assertThatThrownBy(() -> new Scorecard(A, List.of(new Score("r1", BigDecimal.ONE, null),
                    new Score("r1", BigDecimal.TEN, null))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate score criterion of unit so-tai-chinh: r1");
        }

        @Test
        void schemeCriteriaMustBePositiveAndUnique() {
            assertThatThrownBy(() -> new Criterion("r1", "G", "N", CriterionKind.REGULAR, BigDecimal.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("criterion r1 max must be positive");
            Criterion r1 = new Criterion("r1", "G", "N", CriterionKind.REGULAR, BigDecimal.TEN);
            assertThatThrownBy(() -> new ScoringScheme(BigDecimal.TEN, List.of(r1, r1), BigDecimal.ZERO, BigDecimal.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate criterion id: r1");
            assertThatThrownBy(() -> new ScoringScheme(BigDecimal.TEN, List.of(r1), new BigDecimal("-1"), BigDecimal.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scheme bonusCap must not be negative");
        }
    }

    @Nested
    class Statistics {
        @Test
        void womenAboveHeadcountAreRejected() {
            assertThatThrownBy(() -> stats(10, 11))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("women members (11) exceed the headcount (10)");
        }

        @Test
        void everyCountIsBoundedByTheHeadcount() {
            assertThatThrownBy(() -> new MemberStatistics(10, 11, 0, 0, 0, 0))
                    .hasMessageContaining("members completing tasks (11) exceed the headcount (10)");
            assertThatThrownBy(() -> new MemberStatistics(10, 10, 12, 0, 0, 0))
                    .hasMessageContaining("Lao động tiên tiến holders (12) exceed the headcount (10)");
            assertThatThrownBy(() -> new MemberStatistics(10, 10, 0, -1, 0, 0))
                    .hasMessageContaining("Chiến sĩ thi đua cơ sở holders must not be negative, was -1");
            assertThatThrownBy(() -> new MemberStatistics(0, 0, 0, 0, 0, 0))
                    .hasMessageContaining("headcount must be at least 1, was 0");
        }

        @Test
        void sharesAreComputedFromTheHeadcount() {
            MemberStatistics s = new MemberStatistics(20, 18, 12, 3, 0, 14);

            assertThat(s.shareOfWomen()).isEqualTo(0.7);
            assertThat(s.percentAdvancedLabour()).isEqualTo(60.0);
            assertThat(s.percentCompleted()).isEqualTo(90.0);
        }
    }

    @Nested
    class Officers {
        @Test
        void headAndDeputyMustDiffer() {
            assertThatThrownBy(() -> new BlocTerm(2024, A, A, TermMethod.ELECTED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("head and deputy must differ, both were so-tai-chinh");
            assertThatThrownBy(() -> new Election(B, B))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("elected head and deputy must differ, both were so-y-te");
            assertThatCode(() -> new BlocTerm(2024, A, null, TermMethod.APPOINTED)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Reviews {
        @Test
        void referencesToNonMembersAreRejectedTogether() {
            assertThatThrownBy(() -> review(new BlocTerm(2024, OUTSIDER, A, TermMethod.ELECTED),
                    List.of(new Scorecard(OUTSIDER, List.of())),
                    List.of(new UnitYearFacts(OUTSIDER, 2024, true, true, true, false, false, false, false, null,
                            stats(10, 5))),
                    List.of(new AwardRecord(OUTSIDER, AwardType.PROVINCIAL_FLAG, 2023, null, AwardKind.REGULAR,
                            AwardStatus.GRANTED)),
                    new Election(A, OUTSIDER)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("term head so-ngoai-khoi is not a member of the bloc")
                    .hasMessageContaining("scorecard unit so-ngoai-khoi is not a member of the bloc")
                    .hasMessageContaining("facts unit so-ngoai-khoi is not a member of the bloc")
                    .hasMessageContaining("history unit so-ngoai-khoi is not a member of the bloc")
                    .hasMessageContaining("elected deputy so-ngoai-khoi is not a member of the bloc");
        }

        @Test
        void scorecardsNeedAScheme() {
            assertThatThrownBy(() -> new BlocReview(Stage.YEAR_END, 2024, null, bloc(), null, null, null,
                    List.of(new Scorecard(A, List.of())), List.of(), List.of(), List.of(), List.of(), null,
                    "national", false, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scorecards are given but no scoring scheme");
        }

        @Test
        void oneScorecardPerUnitAndOneFactsPerUnitAndYear() {
            assertThatThrownBy(() -> review(null, List.of(new Scorecard(A, List.of()), new Scorecard(A, List.of())),
                    List.of(), List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate scorecard unit: so-tai-chinh");
            UnitYearFacts facts = new UnitYearFacts(A, 2024, true, true, true, false, false, false, false, null,
                    stats(10, 5));
            assertThatThrownBy(() -> review(null, List.of(), List.of(facts, facts), List.of(), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate facts (unit@year): so-tai-chinh@2024");
        }

        @Test
        void duplicatesAreReportedTogetherWithTheOtherProblems() {
            UnitYearFacts facts = new UnitYearFacts(A, 2024, true, true, true, false, false, false, false, null,
                    stats(10, 5));
            NominationVote vote = new NominationVote(B, AwardType.PROVINCIAL_FLAG, 5, 0, 6, 6);
            YearRating rating = new YearRating(A, 2024, TaskRating.GOOD);

            assertThatThrownBy(() -> new BlocReview(Stage.YEAR_END, 2024, null, bloc(), null, null, SCHEME,
                    List.of(new Scorecard(A, List.of()), new Scorecard(A, List.of()), new Scorecard(A, List.of()),
                            new Scorecard(OUTSIDER, List.of())),
                    List.of(rating, rating), List.of(facts, facts), List.of(), List.of(vote, vote), null,
                    "national", false, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scorecard unit so-ngoai-khoi is not a member of the bloc"
                            + "; duplicate scorecard unit: so-tai-chinh"
                            + "; duplicate rating (unit@year): so-tai-chinh@2024"
                            + "; duplicate facts (unit@year): so-tai-chinh@2024"
                            + "; duplicate vote (unit/award): so-y-te/PROVINCIAL_FLAG");
        }

        @Test
        void blocRejectsDuplicateMemberIdsAndEmptyMembership() {
            assertThatThrownBy(() -> new Bloc(BlocId.of("k"), "Khối", BlocKind.CUM, "Tỉnh Thử", null,
                    List.of(unit(A), unit(B), new Unit(A, "Tên khác", UnitKind.OTHER))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duplicate member unit id: so-tai-chinh");
            assertThatThrownBy(() -> new Bloc(BlocId.of("k"), "Khối", BlocKind.CUM, "Tỉnh Thử", null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bloc k has no members");
        }

        @Test
        void ratingsAreLookedUpByUnitAndYear() {
            BlocReview review = new BlocReview(Stage.YEAR_END, 2024, null, bloc(), null, null, null, List.of(),
                    List.of(new YearRating(A, 2023, TaskRating.GOOD), new YearRating(A, 2024, TaskRating.EXCELLENT)),
                    List.of(), List.of(), List.of(), null, "national", false, null);

            assertThat(review.rating(A, 2024)).hasValue(TaskRating.EXCELLENT);
            assertThat(review.rating(A, 2023)).hasValue(TaskRating.GOOD);
            assertThat(review.rating(B, 2024)).isEmpty();
        }
    }

    @Nested
    class Identifiers {
        @Test
        void unitIdsAreSafeText() {
            assertThatThrownBy(() -> UnitId.of("sở tài chính"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unit id 'sở tài chính' must start with a letter or digit");
            assertThatThrownBy(() -> UnitId.of("-a")).isInstanceOf(IllegalArgumentException.class);
            assertThat(UnitId.isValid("so_tai-chinh.2")).isTrue();
            assertThat(UnitId.isValid(null)).isFalse();
        }

        @Test
        void votesCannotExceedThePresentOrTheMembers() {
            assertThatThrownBy(() -> new NominationVote(A, AwardType.PROVINCIAL_FLAG, 5, 2, 6, 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("votes for and against (7) exceed the members present (6)");
            assertThatThrownBy(() -> new NominationVote(A, AwardType.PROVINCIAL_FLAG, 5, 0, 9, 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("members present (9) exceed the members (8)");
        }

        @Test
        void yearsOutsideTheModelAreRejected() {
            assertThatThrownBy(() -> new YearRating(A, 1989, TaskRating.GOOD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rating year must be between 1990 and 2100, was 1989");
        }

        @Test
        void onlyGrantedRegularAwardsCountForMerit() {
            assertThat(new AwardRecord(A, AwardType.PROVINCIAL_FLAG, 2023, null, AwardKind.REGULAR,
                    AwardStatus.GRANTED).countsForMerit()).isTrue();
            assertThat(new AwardRecord(A, AwardType.PROVINCIAL_FLAG, 2023, null, AwardKind.REGULAR,
                    AwardStatus.REVOKED).countsForMerit()).isFalse();
            assertThat(new AwardRecord(A, AwardType.PROVINCIAL_FLAG, 2023, null, AwardKind.IRREGULAR,
                    AwardStatus.GRANTED).countsForMerit()).isFalse();
            assertThat(new AwardRecord(A, AwardType.PROVINCIAL_FLAG, 2023, null, AwardKind.THEMATIC,
                    AwardStatus.GRANTED).countsForMerit()).isFalse();
        }
    }
}
