package io.github.thidua.testkit.gen;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.profile.Profile;
import java.util.Objects;

/**
 * A generated bloc review with the profile to evaluate it under (the one the review names) and its probe.
 *
 * @param review  the review
 * @param profile the parameter profile
 * @param probe   the perturbations used by comparing laws
 */
public record BlocCase(BlocReview review, Profile profile, Probe probe) {
    public BlocCase {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(probe, "probe");
    }

    @Override
    public String toString() {
        return Describe.blocCase(this);
    }
}
