package io.github.thidua.rules.facts;

import io.github.thidua.core.law.AwardType;
import java.util.Objects;

/**
 * An award's standard in the review's period, declared by the award's {@code *_STANDARD} rule with the article
 * that defines it: a unit that fails one of the award's conditions (or a general one) is refused with this
 * citation and message. The generic eligibility rules decide every award from these facts.
 *
 * @param afterLeaders true for awards chosen among the bloc's leaders (decided once the leaders are known)
 */
public record AwardStandard(AwardType award, boolean afterLeaders, StatedLaw citation, String vi, String en) {
    public AwardStandard {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(citation, "citation");
    }

    public AwardType getAward() {
        return award;
    }

    public boolean isAfterLeaders() {
        return afterLeaders;
    }
}
