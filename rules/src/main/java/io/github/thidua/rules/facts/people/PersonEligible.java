package io.github.thidua.rules.facts.people;

import io.github.thidua.core.people.IndividualAward;

/**
 * A person meets every condition of an award so far (later phases read it: a higher title may need this year's
 * lower one). A quota rule deletes it when it cuts the person.
 *
 * @param person the person's id
 * @param award  the award
 */
public record PersonEligible(String person, IndividualAward award) {
    public String getPerson() {
        return person;
    }

    public IndividualAward getAward() {
        return award;
    }
}
