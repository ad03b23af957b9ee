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
 * @param quotas       the quotas the rules stated and applied (the bloc's; after a consolidation also the province's
 *                     Government-flag cap), each with the units placed under it
 */
public record ReviewResult(Regime regime, List<LegalSource> citations, String province, BlocId bloc, String blocName,
                           int year, Stage stage, LocalDate decisionDate, String profile, Ranking ranking,
                           List<Decision> decisions, List<UnitId> leaders, NextTerm nextTerm, List<Finding> findings,
                           List<Warning> warnings, List<AuditEntry> audit, RulePackInfo rulePack,
                           List<UnitSummary> units, List<Quota> quotas) {
    public ReviewResult {
        units = List.copyOf(units);
        quotas = List.copyOf(quotas);
        citations = List.copyOf(citations);
        decisions = List.copyOf(decisions);
        leaders = List.copyOf(leaders);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        audit = List.copyOf(audit);
    }

    /** A result without quotas, as before they were recorded. */
    public ReviewResult(Regime regime, List<LegalSource> citations, String province, BlocId bloc, String blocName,
                        int year, Stage stage, LocalDate decisionDate, String profile, Ranking ranking,
                        List<Decision> decisions, List<UnitId> leaders, NextTerm nextTerm, List<Finding> findings,
                        List<Warning> warnings, List<AuditEntry> audit, RulePackInfo rulePack,
                        List<UnitSummary> units) {
        this(regime, citations, province, bloc, blocName, year, stage, decisionDate, profile, ranking, decisions,
                leaders, nextTerm, findings, warnings, audit, rulePack, units, List.of());
    }

    /** A result without unit summaries (names and criterion points), as before they were added. */
    public ReviewResult(Regime regime, List<LegalSource> citations, String province, BlocId bloc, String blocName,
                        int year, Stage stage, LocalDate decisionDate, String profile, Ranking ranking,
                        List<Decision> decisions, List<UnitId> leaders, NextTerm nextTerm, List<Finding> findings,
                        List<Warning> warnings, List<AuditEntry> audit, RulePackInfo rulePack) {
        this(regime, citations, province, bloc, blocName, year, stage, decisionDate, profile, ranking, decisions,
                leaders, nextTerm, findings, warnings, audit, rulePack, List.of(), List.of());
    }

    /**
     * This result after the provincial council: its decisions replaced by the council's, and the province's quotas
     * (with the positions of this bloc's units) added to the bloc's.
     */
    public ReviewResult afterCouncil(List<Decision> councilDecisions, List<Quota> provinceQuotas) {
        java.util.Set<UnitId> mine = new java.util.HashSet<>();
        decisions.forEach(d -> mine.add(d.unit()));
        units.forEach(u -> mine.add(u.unit()));
        List<Quota> all = new java.util.ArrayList<>(quotas);
        for (Quota q : provinceQuotas) {
            all.add(q.withPositions(q.positions().stream().filter(p -> mine.contains(p.unit())).toList()));
        }
        return new ReviewResult(regime, citations, province, bloc, blocName, year, stage, decisionDate, profile,
                ranking, councilDecisions, leaders, nextTerm, findings, warnings, audit, rulePack, units, all);
    }

    /** A quota the rules stated, if they did. */
    public Optional<Quota> quota(QuotaKind kind) {
        return quotas.stream().filter(q -> q.kind() == kind).findFirst();
    }

    /**
     * Why {@code unit} got what it got: its rank, its position under each quota, and every award's outcome with its
     * reasons and unmet conditions (see {@link Explanation}).
     *
     * @throws IllegalArgumentException if the unit is not a member of the bloc
     */
    public Explanation explain(UnitId unit) {
        return Explanation.of(this, unit, null);
    }

    /** {@link #explain(UnitId)} for one award only (and the quotas that bear on it). */
    public Explanation explain(UnitId unit, AwardType award) {
        return Explanation.of(this, unit, award);
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
