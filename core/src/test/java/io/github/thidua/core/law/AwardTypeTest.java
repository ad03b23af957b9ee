package io.github.thidua.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AwardTypeTest {
    @ParameterizedTest
    @EnumSource(AwardType.class)
    void everyTypeIsFullyDescribed(AwardType type) {
        assertThat(type.vi()).isNotBlank();
        assertThat(type.en()).isNotBlank();
        assertThat(type.level()).isNotNull();
        assertThat(type.form()).isNotNull();
        assertThat(type.authority()).isNotNull();
        assertThat(type.sources(Regime.REGIME_2017)).isNotEmpty().doesNotContainNull();
        assertThat(type.sources(Regime.REGIME_2024)).isNotEmpty().doesNotContainNull();
    }

    @ParameterizedTest
    @EnumSource(AwardType.class)
    void sourcesBelongToTheirRegime(AwardType type) {
        LocalDate lastDay2017 = LocalDate.of(2023, 12, 31);
        LocalDate firstDay2024 = LocalDate.of(2024, 1, 1);
        assertThat(type.sources(Regime.REGIME_2017))
                .allSatisfy(s -> assertThat(s.validOn(lastDay2017)).as("%s valid on %s", s, lastDay2017).isTrue());
        assertThat(type.sources(Regime.REGIME_2024))
                .allSatisfy(s -> assertThat(s.validOn(firstDay2024)).as("%s valid on %s", s, firstDay2024).isTrue());
    }

    @Test
    void namesAreUnique() {
        assertThat(Arrays.stream(AwardType.values()).map(AwardType::vi)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(AwardType.values()).map(AwardType::en)).doesNotHaveDuplicates();
    }

    @Test
    void stateLevelFormsAreTheGovernmentFlagAndThePrimeMinistersCertificate() {
        Set<AwardType> stateLevel = Arrays.stream(AwardType.values()).filter(AwardType::isStateLevel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AwardType.class)));

        assertThat(stateLevel).containsExactlyInAnyOrder(AwardType.GOVERNMENT_FLAG, AwardType.PRIME_MINISTER_CERTIFICATE);
        assertThat(stateLevel).allSatisfy(t -> assertThat(t.authority()).isEqualTo(Authority.PRIME_MINISTER));
    }

    @Test
    void typesAreDeclaredHighestPrecedenceFirst() {
        assertThat(AwardType.values()).containsExactly(
                AwardType.GOVERNMENT_FLAG,
                AwardType.PRIME_MINISTER_CERTIFICATE,
                AwardType.PROVINCIAL_FLAG,
                AwardType.PROVINCIAL_CERTIFICATE,
                AwardType.EXCELLENT_LABOUR_COLLECTIVE,
                AwardType.ADVANCED_LABOUR_COLLECTIVE,
                AwardType.CERTIFICATE_OF_COMMENDATION);
        List<AwardType> all = List.of(AwardType.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                assertThat(all.get(i).outranks(all.get(j))).as("%s outranks %s", all.get(i), all.get(j)).isEqualTo(i < j);
            }
        }
    }

    @Test
    void titlesAndCommendationsAreTold() {
        assertThat(AwardType.GOVERNMENT_FLAG.form()).isEqualTo(AwardForm.TITLE);
        assertThat(AwardType.PROVINCIAL_FLAG.form()).isEqualTo(AwardForm.TITLE);
        assertThat(AwardType.EXCELLENT_LABOUR_COLLECTIVE.form()).isEqualTo(AwardForm.TITLE);
        assertThat(AwardType.ADVANCED_LABOUR_COLLECTIVE.form()).isEqualTo(AwardForm.TITLE);
        assertThat(AwardType.PRIME_MINISTER_CERTIFICATE.form()).isEqualTo(AwardForm.COMMENDATION);
        assertThat(AwardType.PROVINCIAL_CERTIFICATE.form()).isEqualTo(AwardForm.COMMENDATION);
        assertThat(AwardType.CERTIFICATE_OF_COMMENDATION.form()).isEqualTo(AwardForm.COMMENDATION);
    }

    @Test
    void bonusMultiplesOfTheConfirmedTitles() {
        assertThat(AwardType.GOVERNMENT_FLAG.bonusMultiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("12.0"));
        assertThat(AwardType.PROVINCIAL_FLAG.bonusMultiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("8.0"));
        assertThat(AwardType.EXCELLENT_LABOUR_COLLECTIVE.bonusMultiple())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("1.5"));
        assertThat(AwardType.ADVANCED_LABOUR_COLLECTIVE.bonusMultiple())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.8"));
        assertThat(AwardType.PRIME_MINISTER_CERTIFICATE.bonusMultiple()).isEmpty();
        assertThat(AwardType.PROVINCIAL_CERTIFICATE.bonusMultiple()).isEmpty();
        assertThat(AwardType.CERTIFICATE_OF_COMMENDATION.bonusMultiple()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AwardType.class)
    void parseReadsEveryCode(AwardType type) {
        assertThat(AwardType.parse(type.name())).isEqualTo(type);
    }

    @Test
    void parseOfAnUnknownCodeNamesTheValidCodes() {
        assertThatThrownBy(() -> AwardType.parse("GOLD_MEDAL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown award code 'GOLD_MEDAL'")
                .hasMessageContaining(Arrays.stream(AwardType.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
