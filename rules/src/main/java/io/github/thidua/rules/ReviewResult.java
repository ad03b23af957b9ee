package io.github.thidua.rules;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.rank.Ranking;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of reviewing one bloc: the ranking, every unit's decision per award with its reasons, next year's
 * head and deputy, findings, warnings, and the audit trail of fired rules.
 *
 * @param regime       the legal regime of the achievement year
 * @param citations    the Law and decree cited for the decision date
 * @param province     the province
 * @param bloc         the bloc id
 * @param blocName     the bloc name
 * @param year         the achievement year
 * @param stage        the meeting
 * @param decisionDate the date decisions are taken
 * @param profile      the parameter profile used
 * @param ranking      the members ranked by total score
 * @param decisions    decisions, ordered by rank then award precedence (empty except at YEAR_END)
 * @param leaders      the bloc's leading units (đơn vị dẫn đầu) chosen by the review, in rank order
 * @param nextTerm     next year's head and deputy (YEAR_END only), or null
 * @param findings     problems found by rules
 * @param warnings     notes that are not rule decisions
 * @param audit        fired rules in order
 * @param rulePack     the rule pack that produced the result
 * @param units        the bloc's members with their names and criterion points (in unit-id order), so that
 *                     hosts render names and score breakdowns from the result alone; empty when the producer
 *                     did not supply them
 */
public record ReviewResult(Regime regime, List<LegalSource> citations, String province, BlocId bloc, String blocName,
                           int year, Stage stage, LocalDate decisionDate, String profile, Ranking ranking,
                           List<Decision> decisions, List<UnitId> leaders, NextTerm nextTerm, List<Finding> findings,
                           List<Warning> warnings, List<AuditEntry> audit, RulePackInfo rulePack,
                           List<UnitSummary> units) {
    public ReviewResult {
        units = List.copyOf(units);
        citations = List.copyOf(citations);
        decisions = List.copyOf(decisions);
        leaders = List.copyOf(leaders);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        audit = List.copyOf(audit);
    }

    /** A result without unit summaries (names and criterion points), as before they were added. */
    public ReviewResult(Regime regime, List<LegalSource> citations, String province, BlocId bloc, String blocName,
                        int year, Stage stage, LocalDate decisionDate, String profile, Ranking ranking,
                        List<Decision> decisions, List<UnitId> leaders, NextTerm nextTerm, List<Finding> findings,
                        List<Warning> warnings, List<AuditEntry> audit, RulePackInfo rulePack) {
        this(regime, citations, province, bloc, blocName, year, stage, decisionDate, profile, ranking, decisions,
                leaders, nextTerm, findings, warnings, audit, rulePack, List.of());
    }

    /** A member's summary (name, criterion points), if the result carries it. */
    public Optional<UnitSummary> unit(UnitId unit) {
        return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    /** A member's name as written in the scenario, or its id when the result does not carry the name. */
    public String nameOf(UnitId unit) {
        return unit(unit).map(UnitSummary::name).orElse(unit.value());
    }

    /** The decisions about one unit. */
    public List<Decision> decisionsFor(UnitId unit) {
        return decisions.stream().filter(d -> d.unit().equals(unit)).toList();
    }

    /** The decision about one unit and award, if the award was evaluated. */
    public Optional<Decision> decision(UnitId unit, AwardType award) {
        return decisions.stream().filter(d -> d.unit().equals(unit) && d.award() == award).findFirst();
    }

    /** The units with the given outcome for an award, in rank order. */
    public List<UnitId> units(AwardType award, Outcome outcome) {
        return decisions.stream().filter(d -> d.award() == award && d.outcome() == outcome).map(Decision::unit).toList();
    }

    /** Whether any finding has severity ERROR. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
