package io.github.thidua.rules.facts;

import java.util.Objects;

/**
 * The province's Government-flag cap for the period, stated by the period's share rule: at most {@code cap}
 * proposals, the share of the province's bloc leaders, rounded down.
 *
 * @param cap      floor(share × leaders)
 * @param leaders  every leader the blocs chose
 * @param share    the profile's {@code province.governmentFlagShare}
 * @param citation the period's law (with the parameter)
 */
public record GovernmentFlagCap(int cap, int leaders, Param share, StatedLaw citation) {
    public GovernmentFlagCap {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(citation, "citation");
    }

    public int getCap() {
        return cap;
    }

    public int getLeaders() {
        return leaders;
    }

    public Param getShare() {
        return share;
    }
}
