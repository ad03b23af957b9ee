package io.github.thidua.testkit.gen;

import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.profile.Profile;
import java.util.Objects;

/**
 * A generated province review (1–30 blocs, unit ids unique across blocs) with its profile and probe.
 *
 * @param review  the province review
 * @param profile the parameter profile used for the council and every bloc
 * @param probe   the perturbations used by comparing laws
 */
public record ProvinceCase(ProvinceReview review, Profile profile, Probe probe) {
    public ProvinceCase {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(probe, "probe");
    }

    @Override
    public String toString() {
        return Describe.provinceCase(this);
    }
}
