package io.github.thidua.rules.people;

import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.rules.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why one person of a unit review got what they got: for each title or form (or the one asked for), the outcome,
 * every condition met and every condition not met (each with its rule, legal basis, catalogue citations and
 * certainty; judgments the unit attested say so), the person's place under the quota (before 2024, the 15 % cap),
 * the council's ballot, the initiatives the award used (one initiative, one award) and who decides it. Built by
 * {@link UnitReviewResult#explain(String, IndividualAward)} from what the rules recorded; nothing is reconstructed.
 *
 * @param result the unit review result it is drawn from
 * @param person the person's id
 * @param name   the person's name
 * @param cases  one line per title or form, in award order
 */
public record PersonExplanation(UnitReviewResult result, String person, String name, List<Case> cases) {
    public PersonExplanation {
        Objects.requireNonNull(result, "result");
        cases = List.copyOf(cases);
    }

    /**
     * One title or form of the person.
     *
     * @param decision    the decision explained
     * @param met         the conditions met (legal standards, attested judgments, general exclusions), in rule order
     * @param unmet       the conditions not met (standards, ballot or quota), in rule order
     * @param ballot      the council's ballot on it (met or not, or awaiting), empty when none is needed or recorded
     * @param quota       the person's place under the quota, empty when no quota bears on it
     * @param initiatives the initiatives the award used, empty if none
     * @param authority   who gives it, with the provision
     */
    public record Case(PersonDecision decision, List<Reason> met, List<Reason> unmet, List<Reason> ballot,
                       List<Reason> quota, List<String> initiatives, DecidingAuthority authority) {
        public Case {
            met = List.copyOf(met);
            unmet = List.copyOf(unmet);
            ballot = List.copyOf(ballot);
            quota = List.copyOf(quota);
            initiatives = List.copyOf(initiatives);
        }

        /** The title or form. */
        public IndividualAward award() {
            return decision.award();
        }

        /** The outcome. */
        public PersonOutcome outcome() {
            return decision.outcome();
        }
    }

    /** Explains {@code person} from {@code result}, every award or only {@code award} (null: all). */
    static PersonExplanation of(UnitReviewResult result, String person, IndividualAward award) {
        Objects.requireNonNull(person, "person");
        List<PersonDecision> mine = result.decisions().stream().filter(d -> d.person().equals(person)).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("'" + person + "' is not a person of unit review " + result.unitId());
        }
        List<Case> cases = new ArrayList<>();
        for (PersonDecision d : mine) {
            if (award != null && d.award() != award) {
                continue;
            }
            List<Reason> met = new ArrayList<>();
            List<Reason> unmet = new ArrayList<>();
            List<Reason> ballot = new ArrayList<>();
            List<Reason> quota = new ArrayList<>();
            for (Reason r : d.reasons()) {
                boolean isUnmet = d.unmet().contains(r);
                if (r.kind() == Reason.Kind.VOTE) {
                    ballot.add(r);
                } else if (r.kind() == Reason.Kind.QUOTA) {
                    quota.add(r);
                } else if (!isUnmet) {
                    met.add(r);
                }
                if (isUnmet) {
                    unmet.add(r);
                }
            }
            cases.add(new Case(d, met, unmet, ballot, quota, d.initiatives(), d.authority()));
        }
        return new PersonExplanation(result, person, mine.get(0).name(), cases);
    }
}
