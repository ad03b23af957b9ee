package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.law.RegimePartition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The citation law ({@link RegimePartition}) on generated reviews of every legal period: achievement years 2017–2026,
 * decision dates around 15/12/2017 (Circular 08/2017), 01/01/2020, 01/07/2025 (Decree 152/2025) and 01/10/2026 (the
 * amended Law), every bundled profile including the merged provinces'. A fixed number of tries from a fixed seed,
 * printed with the report.
 */
class CitationsInForceTest {
    private static final long SEED = 20261207L;

    @Test
    void everyReasonCitesOnlyDocumentsOfItsPeriodInForceOnTheDecisionDate() {
        GenConfig config = GenConfig.defaults().withYears(2017, 2026).withProfiles(List.of(Profiles.bundled("national"),
                Profiles.bundled("bac-ninh"), Profiles.bundled("bac-ninh-2025"), Profiles.bundled("yen-bai"),
                Profiles.bundled("lao-cai"), Profiles.bundled("bac-kan"), Profiles.bundled("thai-nguyen")));
        Report report = ConsistencyCheck.builder(Engine.builder().build()).laws(List.of(new RegimePartition()))
                .generators(config).tries(60).provinceTries(6).seed(SEED).build().run();
        System.out.println("CitationsInForceTest seed " + SEED + "\n" + report.format());
        assertThat(report.passed()).as(report.format()).isTrue();
        assertThat(report.result(RegimePartition.NAME).examples()).isGreaterThanOrEqualTo(60);
    }
}
