package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.util.List;

/**
 * The outcome of one unit's case for one award, with its reasons and, when refused, the unmet conditions.
 *
 * @param unit    the unit
 * @param award   the award
 * @param outcome the outcome
 * @param reasons why: the deciding rules and, for an award, every condition met
 * @param unmet   the legal conditions not met (empty unless {@link Outcome#NOT_ELIGIBLE})
 */
public record Decision(UnitId unit, AwardType award, Outcome outcome, List<Reason> reasons, List<Reason> unmet) {
    public Decision {
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
    }
}
