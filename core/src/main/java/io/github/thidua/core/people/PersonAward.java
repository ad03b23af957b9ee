package io.github.thidua.core.people;

import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Checks;
import io.github.thidua.core.DecisionRef;
import java.util.List;

/**
 * An award a person received before (or had revoked): the history the streak rules read.
 *
 * @param award       the title or form
 * @param year        the (last) achievement year it rewarded
 * @param decision    the decision, or null when unknown
 * @param status      granted or revoked
 * @param initiatives the ids of the initiatives it used (they cannot support another award)
 */
public record PersonAward(IndividualAward award, int year, DecisionRef decision, AwardStatus status,
                          List<String> initiatives) {
    public PersonAward {
        Checks.notNull(award, "award");
        Checks.year(year, "award year");
        Checks.notNull(status, "award status");
        initiatives = Checks.list(initiatives, "award initiatives");
    }

    /** Whether it stands (revoked awards count for nothing). */
    public boolean granted() {
        return status == AwardStatus.GRANTED;
    }
}
