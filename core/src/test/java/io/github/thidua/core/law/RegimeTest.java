package io.github.thidua.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegimeTest {
    @Test
    void achievementYearChoosesTheRegime() {
        assertThat(Regime.forAchievementYear(2017)).isEqualTo(Regime.REGIME_2017);
        assertThat(Regime.forAchievementYear(2023)).isEqualTo(Regime.REGIME_2017);
        assertThat(Regime.forAchievementYear(2024)).isEqualTo(Regime.REGIME_2024);
        assertThat(Regime.forAchievementYear(2025)).isEqualTo(Regime.REGIME_2024);
    }

    @Test
    void regimesCiteTheirLaw() {
        assertThat(Regime.REGIME_2017.law()).isEqualTo(LegalDocuments.LAW_2003);
        assertThat(Regime.REGIME_2024.law()).isEqualTo(LegalDocuments.LAW_2022);
        assertThat(Regime.REGIME_2017.code()).isEqualTo("2017");
        assertThat(Regime.REGIME_2024.code()).isEqualTo("2024");
    }

    @Test
    void regime2024CitesDecree98UntilJune2025ThenDecree152() {
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2024, 1, 1))).isEqualTo(LegalDocuments.DECREE_98_2023);
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2025, 6, 30))).isEqualTo(LegalDocuments.DECREE_98_2023);
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2025, 7, 1))).isEqualTo(LegalDocuments.DECREE_152_2025);
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2026, 12, 31))).isEqualTo(LegalDocuments.DECREE_152_2025);
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2025, 6, 30)).document()).isEqualTo("Nghị định 98/2023/NĐ-CP");
        assertThat(Regime.REGIME_2024.decree(LocalDate.of(2025, 7, 1)).document()).isEqualTo("Nghị định 152/2025/NĐ-CP");
        assertThat(Regime.DECREE_152_FROM).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-10-01", "2023-12-31", "2024-03-15", "2025-06-30", "2025-07-01", "2027-01-01"})
    void regime2017AlwaysCitesDecree91(String date) {
        assertThat(Regime.REGIME_2017.decree(LocalDate.parse(date))).isEqualTo(LegalDocuments.DECREE_91_2017);
    }

    @Test
    void decreesAreInForceOnTheDatesTheyAreCitedFor() {
        assertThat(LegalDocuments.DECREE_98_2023.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(LegalDocuments.DECREE_98_2023.validOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(LegalDocuments.DECREE_152_2025.validOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(LegalDocuments.DECREE_152_2025.validOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(LegalDocuments.DECREE_91_2017.validOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(LegalDocuments.DECREE_91_2017.validOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(LegalDocuments.LAW_2022.validOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void sourcesAndDescriptionNameLawAndDecree() {
        assertThat(Regime.REGIME_2024.sources(LocalDate.of(2025, 12, 31)))
                .containsExactly(LegalDocuments.LAW_2022, LegalDocuments.DECREE_152_2025);
        assertThat(Regime.REGIME_2024.describe(LocalDate.of(2024, 12, 31)))
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15 + Nghị định 98/2023/NĐ-CP");
    }

    @Test
    void citationReadsInVietnameseOrder() {
        assertThat(LegalDocuments.LAW_2022.at("Điều 25", "khoản 1").citation())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25, khoản 1");
        assertThat(LegalDocuments.DECREE_98_2023.at("Điều 54", null).toString())
                .isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 54");
        assertThat(LegalDocuments.LAW_2022.withCertainty(Certainty.ASSUMPTION).certainty()).isEqualTo(Certainty.ASSUMPTION);
    }

    @Test
    void certaintyParsesItsCodesAndNamesTheValidOnes() {
        assertThat(Certainty.parse("confirmed")).isEqualTo(Certainty.CONFIRMED);
        assertThat(Certainty.parse("Secondary")).isEqualTo(Certainty.SECONDARY);
        assertThat(Certainty.ASSUMPTION.code()).isEqualTo("assumption");
        assertThatThrownBy(() -> Certainty.parse("probable"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'probable'")
                .hasMessageContaining("confirmed, secondary or assumption");
    }

    @Test
    void reviewDecidesOnTheLastDayOfTheYearUnlessItHasADate() {
        assertThat(review(2024, null).decisionDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(review(2024, LocalDate.of(2025, 1, 15)).decisionDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    }

    @Test
    void reviewRegimeFollowsTheAchievementYearNotTheMeetingDate() {
        BlocReview review2023 = review(2023, LocalDate.of(2024, 1, 20));
        assertThat(review2023.regime()).isEqualTo(Regime.REGIME_2017);
        assertThat(review2023.regime().decree(review2023.decisionDate())).isEqualTo(LegalDocuments.DECREE_91_2017);

        BlocReview review2024 = review(2024, null);
        assertThat(review2024.regime()).isEqualTo(Regime.REGIME_2024);
        assertThat(review2024.regime().decree(review2024.decisionDate())).isEqualTo(LegalDocuments.DECREE_98_2023);

        BlocReview review2025 = review(2025, null);
        assertThat(review2025.regime().decree(review2025.decisionDate())).isEqualTo(LegalDocuments.DECREE_152_2025);
    }

    private static BlocReview review(int year, LocalDate reviewDate) {
        Bloc bloc = new Bloc(BlocId.of("khoi-1"), "Khối 1", BlocKind.KHOI, "Tỉnh Thử", null,
                List.of(new Unit(UnitId.of("a"), "Sở A", UnitKind.STATE_AGENCY)));
        return new BlocReview(Stage.YEAR_END, year, reviewDate, bloc, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, "national", true, null);
    }
}
