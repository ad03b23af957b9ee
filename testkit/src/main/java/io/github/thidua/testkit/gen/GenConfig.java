package io.github.thidua.testkit.gen;

import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import java.util.List;
import java.util.Objects;

/**
 * What the generators produce: the range of years, bloc and province sizes, the profiles drawn from and the share of
 * mid-year reviews. {@link #defaults()} covers what the consistency suite needs; hosts narrow it with the
 * {@code with…} methods.
 *
 * @param firstYear       first achievement year (at least 2017)
 * @param lastYear        last achievement year
 * @param maxUnits        most members of a generated bloc (1–40)
 * @param maxBlocs        most blocs of a generated province review (1–30)
 * @param maxUnitsInProvince most members of a bloc inside a generated province review
 * @param midYearPercent  share of bloc reviews generated at the MID_YEAR stage (0–100); the rest are YEAR_END
 * @param profiles        the profiles drawn from, simplest first (generated reviews name them, laws pass them)
 */
public record GenConfig(int firstYear, int lastYear, int maxUnits, int maxBlocs, int maxUnitsInProvince,
                        int midYearPercent, List<Profile> profiles) {
    public GenConfig {
        if (firstYear < 2017 || lastYear < firstYear || lastYear > 2100) {
            throw new IllegalArgumentException("years must satisfy 2017 <= firstYear <= lastYear <= 2100, were "
                    + firstYear + ".." + lastYear);
        }
        if (maxUnits < 1 || maxUnits > 40 || maxUnitsInProvince < 1 || maxUnitsInProvince > 40) {
            throw new IllegalArgumentException("bloc sizes must be between 1 and 40");
        }
        if (maxBlocs < 1 || maxBlocs > 30) {
            throw new IllegalArgumentException("province sizes must be between 1 and 30 blocs");
        }
        if (midYearPercent < 0 || midYearPercent > 100) {
            throw new IllegalArgumentException("midYearPercent must be 0..100, was " + midYearPercent);
        }
        profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles"));
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one profile is needed");
        }
    }

    /**
     * Years 2018–2026 (both regimes, review dates either side of 01/07/2025), blocs of 1–40 units, provinces of
     * 1–30 blocs, 8 % mid-year reviews, every bundled profile (national first).
     *
     * @return the default configuration
     */
    public static GenConfig defaults() {
        return new GenConfig(2018, 2026, 40, 30, 40, 8, List.of(Profiles.bundled("national"),
                Profiles.bundled("bac-ninh"), Profiles.bundled("yen-bai"), Profiles.bundled("bac-kan")));
    }

    /**
     * The same configuration with other years.
     *
     * @param first first achievement year
     * @param last  last achievement year
     * @return a new configuration
     */
    public GenConfig withYears(int first, int last) {
        return new GenConfig(first, last, maxUnits, maxBlocs, maxUnitsInProvince, midYearPercent, profiles);
    }

    /**
     * The same configuration with other size limits.
     *
     * @param units           most members of a bloc review
     * @param blocs           most blocs of a province review
     * @param unitsInProvince most members of a bloc in a province review
     * @return a new configuration
     */
    public GenConfig withSizes(int units, int blocs, int unitsInProvince) {
        return new GenConfig(firstYear, lastYear, units, blocs, unitsInProvince, midYearPercent, profiles);
    }

    /**
     * The same configuration with another share of mid-year reviews.
     *
     * @param percent 0..100
     * @return a new configuration
     */
    public GenConfig withMidYearPercent(int percent) {
        return new GenConfig(firstYear, lastYear, maxUnits, maxBlocs, maxUnitsInProvince, percent, profiles);
    }

    /**
     * The same configuration drawing from other profiles.
     *
     * @param drawn the profiles, simplest first
     * @return a new configuration
     */
    public GenConfig withProfiles(List<Profile> drawn) {
        return new GenConfig(firstYear, lastYear, maxUnits, maxBlocs, maxUnitsInProvince, midYearPercent, drawn);
    }
}
