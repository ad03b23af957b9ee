package io.github.thidua.rules.people;

import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.facts.people.PeopleOutcomes.PeopleFinding;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of a unit review.
 *
 * @param regime        the legal regime of the achievement year
 * @param decree        the implementing decree in force on the review date
 * @param year          the achievement year
 * @param unitId        the unit's id
 * @param unitName      the unit's name
 * @param reviewDate    the review date used
 * @param decisionDate  the decision date the bonuses use
 * @param decisions     every person's case for every title and form, in people order then award order
 * @param findings      findings about the review as a whole (e.g. the share of excellent ratings)
 * @param statistics    the collective's member statistics, derived from the people and these decisions
 * @param collective    the unit's collective titles (Tập thể lao động tiên tiến, Tập thể lao động xuất sắc) as the
 *                      bloc rules decide them from the derived statistics; empty when the review has no unit facts
 * @param collectiveFindings the bloc rules' findings about the unit (errors, warnings)
 * @param bonuses       the bonus of each recommended title and form, individuals then the collective
 * @param bonusTotal    the sum of the computed amounts, VND
 * @param audit         the ids of the rules fired, in order
 */
public record UnitReviewResult(Regime regime, String decree, int year, String unitId, String unitName,
                               LocalDate reviewDate, LocalDate decisionDate, List<PersonDecision> decisions,
                               List<PeopleFinding> findings, MemberStatistics statistics, List<Decision> collective,
                               List<Finding> collectiveFindings, List<BonusLine> bonuses, long bonusTotal,
                               List<String> audit) {
    public UnitReviewResult {
        decisions = List.copyOf(decisions);
        findings = List.copyOf(findings);
        collective = List.copyOf(collective);
        collectiveFindings = List.copyOf(collectiveFindings);
        bonuses = List.copyOf(bonuses);
        audit = List.copyOf(audit);
    }

    /** The person's case for {@code award}. */
    public PersonDecision decision(String person, IndividualAward award) {
        return decisions.stream().filter(d -> d.person().equals(person) && d.award() == award).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision for " + person + " / " + award));
    }

    /** The ids of the people with {@code outcome} for {@code award}, in review order. */
    public List<String> people(IndividualAward award, PersonOutcome outcome) {
        return decisions.stream().filter(d -> d.award() == award && d.outcome() == outcome)
                .map(PersonDecision::person).toList();
    }

    /**
     * Why {@code person} got what they got, for every title and form.
     *
     * @throws IllegalArgumentException when the review has no such person
     */
    public PersonExplanation explain(String person) {
        return PersonExplanation.of(this, person, null);
    }

    /** {@link #explain(String)} for one title or form only (null: all). */
    public PersonExplanation explain(String person, IndividualAward award) {
        return PersonExplanation.of(this, person, award);
    }

    /** The ids of the people of the review, in review order. */
    public List<String> people() {
        return decisions.stream().map(PersonDecision::person).distinct().toList();
    }

    /** Whether a finding (of the people rules or the collective rules) is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || collectiveFindings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
