package io.github.thidua.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national Government-flag ceiling (20 % of the bloc leaders) may be lowered by a province, never raised. */
class CeilingTest {
    @TempDir
    Path dir;

    private Path profile(String value) throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {"name": "p", "extends": "national", "parameters": {"province.governmentFlagShare": {"values": [
                  {"validFrom": "2017-10-01", "value": %s, "reference": "test", "certainty": "assumption"}]}}}
                """.formatted(value));
        return file;
    }

    @Test
    void aProvinceMayLowerTheCeiling() throws IOException {
        Profile p = Profiles.fromFile(profile("0.1"));
        assertThat(p.get("province.governmentFlagShare", LocalDate.of(2024, 12, 31), 10).decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.1"));
    }

    @Test
    void aProvinceCannotRaiseTheCeiling() throws IOException {
        Path file = profile("0.25");
        assertThatThrownBy(() -> Profiles.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("province.governmentFlagShare")
                .hasMessageContaining("exceeds the national ceiling 0.2")
                .hasMessageContaining("never raise");
    }

    @Test
    void theCouncilThresholdsAreDatedParameters() {
        Profile national = Profiles.bundled("national");
        assertThat(national.get("council.voteShareFlags", LocalDate.of(2024, 3, 1), 1).decimalValue())
                .isEqualByComparingTo("0.8");
        assertThat(national.get("council.voteShareEmulationFighters", LocalDate.of(2024, 3, 1), 1).decimalValue())
                .isEqualByComparingTo("0.9");
        Profile bacNinh = Profiles.bundled("bac-ninh");
        assertThat(bacNinh.get("council.attendanceMin", LocalDate.of(2026, 3, 1), 1).decimalValue())
                .isEqualByComparingTo("0.8");
        assertThat(bacNinh.get("council.attendanceMin", LocalDate.of(2025, 3, 1), 1).decimalValue())
                .isEqualByComparingTo("0");
    }
}
