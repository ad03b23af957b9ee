package io.github.thidua.rules;

import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.law.Regime;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial council's consolidation of all blocs' year-end reviews: every bloc's result with the
 * province-wide quotas applied (Government flags capped at a share of the province's bloc leaders, units cut
 * falling back to the next highest award; each bloc's {@link ReviewResult#quotas()} then include the province's
 * cap), and the quota figures.
 *
 * @param province     the province
 * @param year         the achievement year
 * @param regime       the legal regime
 * @param citations    the Law and decree cited for the council's decision date
 * @param decisionDate the council's decision date
 * @param profile      the parameter profile used
 * @param blocs        each bloc's result after consolidation
 * @param quota        the Government-flag quota figures
 * @param findings     problems found at province level
 * @param audit        fired consolidation rules
 * @param rulePack     the rule pack
 */
public record ConsolidationResult(String province, int year, Regime regime, List<LegalSource> citations,
                                  LocalDate decisionDate, String profile, List<ReviewResult> blocs, GovernmentFlagQuota quota,
                                  List<Finding> findings, List<AuditEntry> audit, RulePackInfo rulePack) {
    public ConsolidationResult {
        citations = List.copyOf(citations);
        blocs = List.copyOf(blocs);
        findings = List.copyOf(findings);
        audit = List.copyOf(audit);
    }

    /**
     * The province-wide Government-flag quota.
     *
     * @param leaders   bloc leaders in the province (the quota's base, Công văn 5007/BNV-TĐKT)
     * @param share     the share parameter
     * @param cap       floor(share × leaders)
     * @param proposed  Government-flag proposals from the blocs
     * @param confirmed proposals kept within the cap
     * @param reason    the rule and parameter behind the cap (a proposal cut by it, else one kept within it), or
     *                  null when there were no proposals
     */
    public record GovernmentFlagQuota(int leaders, java.math.BigDecimal share, int cap, int proposed, int confirmed,
                                      Reason reason) {
    }

    /** Whether any finding, of the council or of a bloc, has severity ERROR. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) || blocs.stream().anyMatch(ReviewResult::hasErrors);
    }

    /**
     * Why {@code unit} got what it got after the council: {@link ReviewResult#explain(io.github.thidua.core.UnitId)}
     * on the (first) bloc it is a member of, whose quotas include the province's Government-flag cap.
     *
     * @throws IllegalArgumentException if no bloc has the unit
     */
    public Explanation explain(io.github.thidua.core.UnitId unit) {
        return blocOf(unit).explain(unit);
    }

    /** The (first) bloc result whose members include {@code unit}. */
    public ReviewResult blocOf(io.github.thidua.core.UnitId unit) {
        return blocs.stream().filter(b -> b.unit(unit).isPresent() || b.ranking().of(unit).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unit + " is not a member of any bloc of " + province));
    }

    /** All decisions of all blocs. */
    public List<Decision> decisions() {
        return blocs.stream().flatMap(b -> b.decisions().stream()).toList();
    }
}
