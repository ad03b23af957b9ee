package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tập thể lao động tiên tiến, regime 2024: the national profile needs more than 50 % of members with Lao động
 * tiên tiến (assumption); Bắc Ninh from 15/12/2025 (QĐ 86/2025/QĐ-UBND) needs at least 70 %, so exactly 70 % is
 * enough there and 69 % is not. Parameters are read as of 31 December of the achievement year.
 */
class AdvancedLabourThresholdTest {
    private static final String RULE = "ALC24_ADVANCED_LABOUR_SHARE";
    private static final Profile NATIONAL = Profiles.bundled("national");
    private static final Profile BAC_NINH_2025 = Profiles.bundled("bac-ninh-2025");

    private static Decision decide(Profile profile, LocalDate on, int headcount, int advanced) {
        ReviewResult r = TestEngine.get().review(Reviews.bloc(2025, 3).reviewDate(on)
                .stats("u01", headcount, headcount, advanced, 1, 0).build(), profile);
        return r.decision(UnitId.of("u01"), AwardType.ADVANCED_LABOUR_COLLECTIVE).orElseThrow();
    }

    private static boolean shareMet(Decision d) {
        return d.unmet().stream().noneMatch(r -> r.ruleId().equals(RULE));
    }

    @Test
    void bacNinhFrom15December2025CountsExactly70PercentAsEnough() {
        LocalDate after = LocalDate.of(2025, 12, 20);
        Decision exactly = decide(BAC_NINH_2025, after, 10, 7);
        assertThat(shareMet(exactly)).as(exactly.toString()).isTrue();
        assertThat(exactly.outcome()).isNotEqualTo(Outcome.NOT_ELIGIBLE);
        Decision below = decide(BAC_NINH_2025, after, 100, 69);
        assertThat(shareMet(below)).isFalse();
        assertThat(below.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(below.unmet()).filteredOn(r -> r.ruleId().equals(RULE)).singleElement().satisfies(r -> {
            assertThat(r.vi()).contains("cần từ 70 % trở lên");
            assertThat(r.en()).contains("needed: at least 70 %");
        });
        // the Bắc Ninh profile's other threshold values stay as they were: 60 % is not enough there
        assertThat(shareMet(decide(BAC_NINH_2025, after, 10, 6))).isFalse();
    }

    @Test
    void theNationalProfileNeedsMoreThanHalf() {
        LocalDate on = LocalDate.of(2025, 12, 20);
        assertThat(shareMet(decide(NATIONAL, on, 10, 5))).isFalse();
        assertThat(shareMet(decide(NATIONAL, on, 10, 6))).isTrue();
        Decision half = decide(NATIONAL, on, 10, 5);
        assertThat(half.unmet()).filteredOn(r -> r.ruleId().equals(RULE)).singleElement()
                .satisfies(r -> assertThat(r.vi()).contains("cần trên 50 %"));
    }
}
