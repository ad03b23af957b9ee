package io.github.thidua.core.rank;

import static io.github.thidua.core.rank.ReviewBuilder.assessed;
import static io.github.thidua.core.rank.ReviewBuilder.bloc;
import static io.github.thidua.core.rank.ReviewBuilder.id;
import static io.github.thidua.core.rank.ReviewBuilder.self;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.profile.Parameter;
import io.github.thidua.core.profile.ParameterType;
import io.github.thidua.core.profile.ParameterValue;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RankerTest {
    private static final Profile NATIONAL = Profiles.bundled("national");

    private static Ranking rank(ReviewBuilder builder) {
        return Ranker.rank(builder.review(), NATIONAL);
    }

    private static RankedUnit at(Ranking ranking, String unit) {
        return ranking.of(id(unit)).orElseThrow();
    }

    private static List<String> order(Ranking ranking) {
        return ranking.units().stream().map(u -> u.unit().value()).toList();
    }

    /** A profile on top of the national one whose tie-break order is {@code chain} from 01/10/2017. */
    private static Profile chain(String chain) {
        return withParameter(NATIONAL, Ranker.TIE_BREAK, ParameterType.TEXT,
                new ParameterValue(LocalDate.of(2017, 10, 1), chain, null, "Test order", Certainty.ASSUMPTION));
    }

    private static Profile withParameter(Profile parent, String name, ParameterType type, ParameterValue... values) {
        return new Profile("test", "", parent,
                Map.of(name, new Parameter(name, "Test parameter", type, List.of(values))));
    }

    @Nested
    class Totals {
        @Test
        void assessedScoresPrevailOverSelfScores() {
            Ranking ranking = rank(bloc().member("a", assessed("r1", "50", "40"), self("r2", "30"),
                    assessed("b1", "4", "2"), assessed("p1", "1", "3")));

            RankedUnit a = at(ranking, "a");
            assertThat(a.regular()).isEqualByComparingTo("70");
            assertThat(a.bonus()).isEqualByComparingTo("2");
            assertThat(a.penalty()).isEqualByComparingTo("3");
            assertThat(a.total()).isEqualByComparingTo("69");
        }

        @Test
        void regularBonusAndPenaltyAreCappedSeparately() {
            Ranking ranking = rank(bloc()
                    .member("capped", self("r1", "60"), self("r2", "60"), self("b1", "10"), self("b2", "10"),
                            self("p1", "5"), self("p2", "5"))
                    .member("under", self("r1", "60"), self("r2", "39.5"), self("b1", "10"), self("b2", "4.5"),
                            self("p1", "5"), self("p2", "0.5")));

            RankedUnit capped = at(ranking, "capped");
            assertThat(capped.regular()).isEqualByComparingTo("100");
            assertThat(capped.bonus()).isEqualByComparingTo("15");
            assertThat(capped.penalty()).isEqualByComparingTo("6");
            assertThat(capped.total()).isEqualByComparingTo("109");

            RankedUnit under = at(ranking, "under");
            assertThat(under.regular()).isEqualByComparingTo("99.5");
            assertThat(under.bonus()).isEqualByComparingTo("14.5");
            assertThat(under.penalty()).isEqualByComparingTo("5.5");
            assertThat(under.total()).isEqualByComparingTo("108.5");
        }

        @Test
        void higherTotalRanksFirstWithoutTieBreak() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "40"))
                    .member("b", self("r1", "55"), self("p1", "1"))
                    .member("c", self("r1", "45"), self("b1", "5")));

            assertThat(order(ranking)).containsExactly("b", "c", "a");
            assertThat(ranking.units()).extracting(RankedUnit::rank).containsExactly(1, 2, 3);
            assertThat(ranking.units()).extracting(RankedUnit::tieBreak).containsOnlyNulls();
        }

        @Test
        void totalMayBeNegative() {
            Ranking ranking = rank(bloc().member("a", self("p1", "3")).member("b"));

            assertThat(order(ranking)).containsExactly("b", "a");
            assertThat(at(ranking, "a").total()).isEqualByComparingTo("-3");
        }
    }

    @Nested
    class MissingScorecards {
        @Test
        void memberWithoutScorecardRanksWithZeros() {
            Ranking ranking = rank(bloc().member("a", self("r1", "10")).member("b"));

            assertThat(order(ranking)).containsExactly("a", "b");
            RankedUnit b = at(ranking, "b");
            assertThat(List.of(b.total(), b.regular(), b.bonus(), b.penalty()))
                    .allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
            assertThat(b.rank()).isEqualTo(2);
        }

        @Test
        void blocWithoutSchemeRanksEveryMemberByUnitId() {
            ReviewBuilder builder = bloc().member("c").member("a").member("b");
            assertThat(builder.review().scheme()).isNull();

            Ranking ranking = rank(builder);

            assertThat(ranking.size()).isEqualTo(3);
            assertThat(order(ranking)).containsExactly("a", "b", "c");
            assertThat(at(ranking, "a").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
            assertThat(at(ranking, "b").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
            assertThat(at(ranking, "c").tieBreak()).isNull();
        }

        @Test
        void unknownUnitHasNoPlace() {
            Ranking ranking = rank(bloc().member("a"));

            assertThat(ranking.of(id("z"))).isEmpty();
        }
    }

    @Nested
    class FewerPenalty {
        @Test
        void fewerPenaltyPointsWinATie() {
            Ranking ranking = rank(bloc()
                    .member("hoa-binh", self("r1", "60"), self("r2", "32"), self("p1", "2"))
                    .member("yen-bai", self("r1", "60"), self("r2", "30")));

            assertThat(order(ranking)).containsExactly("yen-bai", "hoa-binh");
            assertThat(at(ranking, "yen-bai").tieBreak()).isEqualTo(new TieBreak(TieBreak.FEWER_PENALTY, id("hoa-binh"),
                    "Xếp trên hoa-binh do ít điểm trừ hơn (0 so với 2)",
                    "Ranked ahead of hoa-binh: fewer penalty points (0 vs 2)"));
            assertThat(at(ranking, "hoa-binh").tieBreak()).isNull();
        }

        @Test
        void decimalsUseACommaInVietnamese() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "51.5"), self("p1", "1.5"))
                    .member("b", self("r1", "50.5"), self("p1", "0.5")));

            TieBreak tieBreak = at(ranking, "b").tieBreak();
            assertThat(tieBreak.vi()).isEqualTo("Xếp trên a do ít điểm trừ hơn (0,5 so với 1,5)");
            assertThat(tieBreak.en()).isEqualTo("Ranked ahead of a: fewer penalty points (0.5 vs 1.5)");
        }

        @Test
        void onlyAdjacentUnitsWithEqualTotalsCarryATieBreak() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "51"), self("p1", "1"))
                    .member("c", self("r1", "49"))
                    .member("d", self("r1", "49"))
                    .member("e", self("r1", "52"), self("p1", "2")));

            assertThat(order(ranking)).containsExactly("a", "b", "e", "c", "d");
            assertThat(at(ranking, "a").tieBreak().over()).isEqualTo(id("b"));
            assertThat(at(ranking, "b").tieBreak().over()).isEqualTo(id("e"));
            assertThat(at(ranking, "e").tieBreak()).isNull();
            assertThat(at(ranking, "c").tieBreak().over()).isEqualTo(id("d"));
            assertThat(at(ranking, "c").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
            assertThat(at(ranking, "d").tieBreak()).isNull();
        }
    }

    @Nested
    class PreviousYearAward {
        @Test
        void higherAwardForThePreviousYearWinsATie() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .award("a", AwardType.PROVINCIAL_CERTIFICATE, 2023)
                    .award("b", AwardType.PROVINCIAL_FLAG, 2023));

            assertThat(order(ranking)).containsExactly("b", "a");
            assertThat(at(ranking, "b").tieBreak()).isEqualTo(new TieBreak(TieBreak.PREVIOUS_YEAR_AWARD, id("a"),
                    "Xếp trên a do có khen thưởng cao hơn cho thành tích năm 2023 (Cờ thi đua của Ủy ban nhân dân tỉnh"
                            + " so với Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)",
                    "Ranked ahead of a: higher award for 2023 (Provincial Emulation Flag"
                            + " vs Provincial Chairman's Certificate of Merit)"));
        }

        @Test
        void havingAnAwardBeatsHavingNone() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .award("b", AwardType.ADVANCED_LABOUR_COLLECTIVE, 2023));

            assertThat(order(ranking)).containsExactly("b", "a");
            TieBreak tieBreak = at(ranking, "b").tieBreak();
            assertThat(tieBreak.by()).isEqualTo(TieBreak.PREVIOUS_YEAR_AWARD);
            assertThat(tieBreak.vi()).endsWith("(Tập thể lao động tiên tiến so với không có)");
            assertThat(tieBreak.en()).endsWith("(Advanced Labour Collective vs none)");
        }

        @Test
        void theUnitsHighestAwardCounts() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .award("a", AwardType.CERTIFICATE_OF_COMMENDATION, 2023)
                    .award("a", AwardType.GOVERNMENT_FLAG, 2023)
                    .award("b", AwardType.PROVINCIAL_FLAG, 2023));

            assertThat(order(ranking)).containsExactly("a", "b");
            assertThat(at(ranking, "a").tieBreak().en()).endsWith("(Government Emulation Flag vs Provincial Emulation Flag)");
        }

        @Test
        void revokedIrregularThematicAndOtherYearsAwardsDoNotCount() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("z", self("r1", "50"))
                    .award("z", AwardType.GOVERNMENT_FLAG, 2023, AwardKind.REGULAR, AwardStatus.REVOKED)
                    .award("z", AwardType.PROVINCIAL_FLAG, 2023, AwardKind.IRREGULAR, AwardStatus.GRANTED)
                    .award("z", AwardType.PROVINCIAL_CERTIFICATE, 2023, AwardKind.THEMATIC, AwardStatus.GRANTED)
                    .award("z", AwardType.GOVERNMENT_FLAG, 2022)
                    .award("z", AwardType.GOVERNMENT_FLAG, 2024));

            assertThat(order(ranking)).containsExactly("a", "z");
            assertThat(at(ranking, "a").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
        }
    }

    @Nested
    class WomenPriority {
        @Test
        void collectiveAtTheWomenShareWinsATie() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .women("a", 5, 10)
                    .women("b", 7, 10));

            assertThat(order(ranking)).containsExactly("b", "a");
            assertThat(at(ranking, "b").tieBreak()).isEqualTo(new TieBreak(TieBreak.WOMEN_PRIORITY, id("a"),
                    "Xếp trên a do được ưu tiên là tập thể có từ 70% nữ trở lên (70% so với 50%)",
                    "Ranked ahead of a: priority for collectives with at least 70% women (70% vs 50%)"));
        }

        @Test
        void unitWithoutFactsCountsAsBelowTheShare() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .women("b", 8, 10));

            TieBreak tieBreak = at(ranking, "b").tieBreak();
            assertThat(tieBreak.by()).isEqualTo(TieBreak.WOMEN_PRIORITY);
            assertThat(tieBreak.vi()).endsWith("(80% so với không có số liệu)");
            assertThat(tieBreak.en()).endsWith("(80% vs no data)");
        }

        @Test
        void bothAboveOrOnlyOtherYearsFactsDoNotSeparate() {
            Ranking ranking = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .member("c", self("r1", "50"))
                    .women("b", 9, 10)
                    .women("c", 2023, 10, 10)
                    .women("c", 2024, 3, 10)
                    .women("a", 71, 100));

            assertThat(order(ranking)).containsExactly("a", "b", "c");
            assertThat(at(ranking, "a").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
            assertThat(at(ranking, "b").tieBreak().by()).isEqualTo(TieBreak.WOMEN_PRIORITY);
        }
    }

    @Nested
    class UnitIdOrder {
        @Test
        void smallerUnitIdWinsWhenAllElseIsEqual() {
            Ranking ranking = rank(bloc()
                    .member("b", self("r1", "50"))
                    .member("a", self("r1", "50")));

            assertThat(order(ranking)).containsExactly("a", "b");
            assertThat(at(ranking, "a").tieBreak()).isEqualTo(new TieBreak(TieBreak.UNIT_ID, id("b"),
                    "Xếp trên b theo thứ tự mã đơn vị vì các tiêu chí phụ khác bằng nhau (a trước b)",
                    "Ranked ahead of b: unit id order, the other tie-breaks being equal (a before b)"));
        }
    }

    @Nested
    class ChainOrder {
        @Test
        void defaultChainPutsPenaltyBeforeAwardBeforeWomen() {
            Ranking penaltyFirst = rank(bloc()
                    .member("a", self("r1", "51"), self("p1", "1"))
                    .member("b", self("r1", "50"))
                    .award("a", AwardType.GOVERNMENT_FLAG, 2023)
                    .women("a", 10, 10));
            assertThat(order(penaltyFirst)).containsExactly("b", "a");
            assertThat(at(penaltyFirst, "b").tieBreak().by()).isEqualTo(TieBreak.FEWER_PENALTY);

            Ranking awardBeforeWomen = rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .award("b", AwardType.GOVERNMENT_FLAG, 2023)
                    .women("a", 10, 10));
            assertThat(order(awardBeforeWomen)).containsExactly("b", "a");
            assertThat(at(awardBeforeWomen, "b").tieBreak().by()).isEqualTo(TieBreak.PREVIOUS_YEAR_AWARD);
        }

        @Test
        void profileFileReordersTheChainAndSetsTheWomenShare() throws URISyntaxException {
            Profile profile = Profiles.fromFile(Path.of(RankerTest.class.getResource("/profiles/test-ranking.json").toURI()));

            Ranking womenFirst = Ranker.rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "51"), self("p1", "1"))
                    .women("a", 4, 10)
                    .women("b", 6, 10).review(), profile);
            assertThat(order(womenFirst)).containsExactly("b", "a");
            assertThat(at(womenFirst, "b").tieBreak().en())
                    .isEqualTo("Ranked ahead of a: priority for collectives with at least 50% women (60% vs 40%)");

            Ranking noAwardTieBreak = Ranker.rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("z", self("r1", "50"))
                    .award("z", AwardType.GOVERNMENT_FLAG, 2023).review(), profile);
            assertThat(order(noAwardTieBreak)).containsExactly("a", "z");
            assertThat(at(noAwardTieBreak, "a").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
        }

        @Test
        void womenShareIsShownTruncatedToOneDecimal() throws URISyntaxException {
            Profile profile = Profiles.fromFile(Path.of(RankerTest.class.getResource("/profiles/test-ranking.json").toURI()));

            Ranking ranking = Ranker.rank(bloc()
                    .member("a", self("r1", "50"))
                    .member("b", self("r1", "50"))
                    .women("a", 1, 3)
                    .women("b", 2, 3).review(), profile);

            assertThat(at(ranking, "b").tieBreak().vi()).endsWith("(66,6% so với 33,3%)");
            assertThat(at(ranking, "b").tieBreak().en()).endsWith("(66.6% vs 33.3%)");
        }

        @Test
        void unitIdAloneIgnoresPenalties() {
            Ranking ranking = Ranker.rank(bloc()
                    .member("a", self("r1", "51"), self("p1", "1"))
                    .member("b", self("r1", "50")).review(), chain("UNIT_ID"));

            assertThat(order(ranking)).containsExactly("a", "b");
            assertThat(at(ranking, "a").tieBreak().by()).isEqualTo(TieBreak.UNIT_ID);
        }

        @Test
        void unitIdEndsTheChainEvenWhenOmitted() {
            for (String text : List.of("FEWER_PENALTY", "", " FEWER_PENALTY , ")) {
                Ranking ranking = Ranker.rank(bloc()
                        .member("b", self("r1", "50"))
                        .member("a", self("r1", "50"))
                        .award("b", AwardType.GOVERNMENT_FLAG, 2023).review(), chain(text));

                assertThat(order(ranking)).as("chain '%s'", text).containsExactly("a", "b");
                assertThat(at(ranking, "a").tieBreak().by()).as("chain '%s'", text).isEqualTo(TieBreak.UNIT_ID);
            }
        }

        @Test
        void chainIsReadOnTheLastDayOfTheReviewYear() {
            Profile profile = withParameter(NATIONAL, Ranker.TIE_BREAK, ParameterType.TEXT,
                    new ParameterValue(LocalDate.of(2017, 10, 1), "FEWER_PENALTY", null, "Old", Certainty.ASSUMPTION),
                    new ParameterValue(LocalDate.of(2024, 12, 31), "UNIT_ID", null, "New", Certainty.ASSUMPTION));
            ReviewBuilder builder = bloc()
                    .member("a", self("r1", "51"), self("p1", "1"))
                    .member("b", self("r1", "50"));

            assertThat(order(Ranker.rank(builder.year(2023).review(), profile))).containsExactly("b", "a");
            assertThat(order(Ranker.rank(builder.year(2024).review(), profile))).containsExactly("a", "b");
        }

        @Test
        void profileWithoutTieBreakOrderUsesTheDefault() {
            Profile bare = new Profile("bare", "", null, Map.of());
            Ranking ranking = Ranker.rank(bloc()
                    .member("a", self("r1", "51"), self("p1", "1"))
                    .member("b", self("r1", "50")).review(), bare);

            assertThat(order(ranking)).containsExactly("b", "a");
            assertThat(Ranker.DEFAULT_TIE_BREAK).isEqualTo(String.join(",", TieBreak.NAMES));
        }

        @Test
        void womenShareIsRequiredOnlyWhenATieReachesWomenPriority() {
            Profile bare = new Profile("bare", "", null, Map.of());
            BlocReview noFacts = bloc().member("a", self("r1", "50")).member("b", self("r1", "50")).review();
            assertThat(order(Ranker.rank(noFacts, bare))).containsExactly("a", "b");

            BlocReview tied = bloc().member("a", self("r1", "50")).member("b", self("r1", "50"))
                    .women("a", 8, 10).review();
            assertThatThrownBy(() -> Ranker.rank(tied, bare))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("profile 'bare'")
                    .hasMessageContaining(Ranker.WOMEN_PRIORITY_SHARE);
        }

        @Test
        void unknownTieBreakNamesTheValidOnes() {
            BlocReview review = bloc().member("a").review();

            assertThatThrownBy(() -> Ranker.rank(review, chain("FEWER_PENALTY,FEWER_POINTS")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown tie-break 'FEWER_POINTS'")
                    .hasMessageContaining("ranking.tieBreak of profile 'test'")
                    .hasMessageContaining("valid tie-breaks: FEWER_PENALTY, PREVIOUS_YEAR_AWARD, WOMEN_PRIORITY, UNIT_ID");
        }

        @Test
        void duplicateOrUnreachableTieBreaksAreRejected() {
            BlocReview review = bloc().member("a").review();

            assertThatThrownBy(() -> Ranker.rank(review, chain("FEWER_PENALTY,WOMEN_PRIORITY,FEWER_PENALTY")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FEWER_PENALTY is named twice");
            assertThatThrownBy(() -> Ranker.rank(review, chain("UNIT_ID,FEWER_PENALTY")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FEWER_PENALTY comes after UNIT_ID");
        }
    }

    @Test
    void everyMemberIsRankedOnceWithRanksOneToN() {
        ReviewBuilder builder = bloc();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String unit = "u" + (char) ('a' + (i * 7) % 12);
            ids.add(unit);
            if (i % 3 == 0) {
                builder.member(unit);
            } else {
                builder.member(unit, self("r1", String.valueOf(i % 4 * 10)), self("p1", String.valueOf(i % 2)));
            }
        }

        Ranking ranking = rank(builder);

        assertThat(ranking.size()).isEqualTo(12);
        assertThat(ranking.units()).extracting(u -> u.unit().value()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ranking.units()).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (int i = 0; i + 1 < ranking.size(); i++) {
            RankedUnit here = ranking.units().get(i);
            RankedUnit next = ranking.units().get(i + 1);
            assertThat(here.total()).isGreaterThanOrEqualTo(next.total());
            assertThat(here.tieBreak() != null).isEqualTo(here.total().compareTo(next.total()) == 0);
        }
        assertThat(ranking.units().get(11).tieBreak()).isNull();
    }

    @Test
    void amountsAreBigDecimals() {
        RankedUnit a = at(rank(bloc().member("a", self("r1", "1.25"))), "a");

        assertThat(a.total()).isInstanceOf(BigDecimal.class).isEqualByComparingTo("1.25");
    }
}
