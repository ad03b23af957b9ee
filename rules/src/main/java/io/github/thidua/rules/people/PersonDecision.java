package io.github.thidua.rules.people;

import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.rules.Reason;
import java.util.List;

/**
 * One person's case for one title or form.
 *
 * @param person      the person's id
 * @param name        the person's name
 * @param award       the title or form
 * @param outcome     the outcome
 * @param reasons     every condition as evaluated, in rule order (attested judgments say so)
 * @param unmet       the conditions not met (empty unless not eligible or not selected)
 * @param initiatives the initiatives this award used (one initiative, one award), empty if none
 * @param attested    whether the outcome rests on a judgment the unit attested
 * @param authority   who gives it
 * @param ballotPending whether the council has not voted on it yet (the ballot reason then says what is needed)
 */
public record PersonDecision(String person, String name, IndividualAward award, PersonOutcome outcome,
                             List<Reason> reasons, List<Reason> unmet, List<String> initiatives, boolean attested,
                             DecidingAuthority authority, boolean ballotPending) {
    public PersonDecision {
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
        initiatives = List.copyOf(initiatives);
    }
}
