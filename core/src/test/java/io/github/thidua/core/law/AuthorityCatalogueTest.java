package io.github.thidua.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AgencyKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who has the power to award what: the bloc proposes flags and the provincial certificate, not the lower titles. */
class AuthorityCatalogueTest {
    private static final LocalDate Y2022 = LocalDate.of(2022, 11, 25);
    private static final LocalDate Y2024 = LocalDate.of(2024, 12, 20);
    private static final LocalDate Y2025 = LocalDate.of(2025, 12, 20);

    @Test
    void aBlocProposesFlagsAndCertificatesButNotTheLowerTitles() {
        for (LocalDate d : new LocalDate[] {Y2022, Y2024, Y2025}) {
            assertThat(AuthorityCatalogue.blocProposes(AwardType.GOVERNMENT_FLAG, d)).isTrue();
            assertThat(AuthorityCatalogue.blocProposes(AwardType.PROVINCIAL_FLAG, d)).isTrue();
            assertThat(AuthorityCatalogue.blocProposes(AwardType.PROVINCIAL_CERTIFICATE, d)).isTrue();
            assertThat(AuthorityCatalogue.blocProposes(AwardType.ADVANCED_LABOUR_COLLECTIVE, d)).isFalse();
            assertThat(AuthorityCatalogue.blocProposes(AwardType.CERTIFICATE_OF_COMMENDATION, d)).isFalse();
            assertThat(AuthorityCatalogue.blocProposes(AwardType.EXCELLENT_LABOUR_COLLECTIVE, d)).isFalse();
        }
    }

    @Test
    void theCommuneChairmanTakesTheDistrictPowersFromJuly2025() {
        AuthorityEntry before = AuthorityCatalogue.lookup("ADVANCED_LABOUR_COLLECTIVE", Y2024, AgencyKind.DISTRICT)
                .orElseThrow();
        assertThat(before.decides()).isEqualTo(Authority.DISTRICT_CHAIRMAN);
        assertThat(before.citation()).contains("Điều 80, khoản 2");
        AuthorityEntry after = AuthorityCatalogue.lookup("ADVANCED_LABOUR_COLLECTIVE", Y2025, AgencyKind.DISTRICT)
                .orElseThrow();
        assertThat(after.decides()).isEqualTo(Authority.COMMUNE_CHAIRMAN);
        assertThat(after.citation()).contains("Nghị định 129/2025/NĐ-CP, Điều 59");
        assertThat(AuthorityCatalogue.lookup("ADVANCED_LABOUR_COLLECTIVE", Y2025, AgencyKind.PROVINCIAL_DEPARTMENT)
                .orElseThrow().decides()).isEqualTo(Authority.DEPARTMENT_HEAD);
        assertThat(AuthorityCatalogue.lookup("ADVANCED_LABOUR_COLLECTIVE", Y2025, null).orElseThrow().decides())
                .isEqualTo(Authority.HEAD_OF_AGENCY);
    }

    @Test
    void idsAreUniqueAndEveryLineCitesAValidSourceOnItsFirstDay() {
        Set<String> ids = new HashSet<>();
        for (AuthorityEntry e : AuthorityCatalogue.all()) {
            assertThat(ids.add(e.id())).as(e.id()).isTrue();
            assertThat(AuthorityCatalogue.byId(e.id())).contains(e);
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.sources()).as(e.id()).anyMatch(s -> s.validOn(e.validFrom()));
            assertThat(e.proposers()).as(e.id()).isNotEmpty();
        }
        // every collective award has a line in every period
        for (AwardType a : AwardType.values()) {
            for (LocalDate d : new LocalDate[] {Y2022, Y2024, Y2025}) {
                assertThat(AuthorityCatalogue.lookup(a, d, null)).as(a + "@" + d).isPresent();
            }
        }
    }
}
