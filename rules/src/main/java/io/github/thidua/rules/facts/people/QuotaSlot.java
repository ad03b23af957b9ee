package io.github.thidua.rules.facts.people;

import io.github.thidua.core.people.IndividualAward;

/**
 * A candidate's place in a quota: {@code rank} (1 first) among the eligible candidates ordered by the council's
 * votes (most first), then by the unit's own order; {@code cap} the number the quota allows, computed from
 * {@code base} holders of the base title.
 */
public record QuotaSlot(String person, IndividualAward award, int rank, int cap, int base, int candidates) {
    public String getPerson() {
        return person;
    }

    public IndividualAward getAward() {
        return award;
    }

    public int getRank() {
        return rank;
    }

    public int getCap() {
        return cap;
    }
}
