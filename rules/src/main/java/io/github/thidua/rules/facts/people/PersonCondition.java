package io.github.thidua.rules.facts.people;

import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.rules.Reason;

/**
 * One legal condition of one person's case for one award (or, with a null award, for every award), as a rule
 * evaluated it.
 *
 * @param person     the person's id
 * @param award      the award, or null for a condition of every award (an exclusion)
 * @param met        whether it is met
 * @param kind       what kind of condition: a standard, an attested judgment, a ballot or a quota
 * @param reason     the rule, citation, certainty and messages
 * @param initiative the initiative it used, or null
 */
public record PersonCondition(String person, IndividualAward award, boolean met, Kind kind, Reason reason,
                              String initiative) {
    /** How a condition bears on the outcome. */
    public enum Kind {
        /** A standard proved by the data. */
        STANDARD,
        /** A judgment the unit attested. */
        ATTESTED,
        /** The council's ballot; when no ballot was held it is met but pending. */
        BALLOT,
        /** No ballot yet: eligible, awaiting the council's vote. */
        BALLOT_PENDING,
        /** A quota: unmet means eligible but not selected. */
        QUOTA
    }

    public boolean isMet() {
        return met;
    }

    public String getPerson() {
        return person;
    }

    public IndividualAward getAward() {
        return award;
    }
}
