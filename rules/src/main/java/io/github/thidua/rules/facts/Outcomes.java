package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.RuleInfo;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.Warning;
import io.github.thidua.rules.pack.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which results leave a session (rules never join a shared result fact: that costs a join
 * per rule). Every entry carries a {@link Reason} built from the firing rule's metadata, so the rule id, legal
 * basis and certainty in a result always match the DRL. One instance per evaluation; not thread-safe.
 */
public final class Outcomes {
    /** Key of a unit's case for an award. */
    public record Case(UnitId unit, AwardType award) {
    }

    /** The outcome of a case, its reasons (the deciding ones first), and how often it was decided. */
    public static final class CaseRecord {
        private Outcome outcome;
        private final List<Reason> deciding = new ArrayList<>();
        private final List<Reason> notes = new ArrayList<>();
        private int decisions;

        public Outcome outcome() {
            return outcome;
        }

        /** The reasons of the rules that decided the outcome (latest first), then the notes in order. */
        public List<Reason> reasons() {
            List<Reason> all = new ArrayList<>(deciding);
            all.addAll(notes);
            return all;
        }

        public int decisions() {
            return decisions;
        }
    }

    private final List<Condition> conditions = new ArrayList<>();
    private final Map<Case, CaseRecord> cases = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private UnitId nextHead;
    private UnitId nextDeputy;
    private boolean nextElected;
    private final List<Reason> termReasons = new ArrayList<>();
    private final List<UnitId> leaders = new ArrayList<>();
    private final Map<Rule, RuleInfo> rules;

    /** Outcomes that read each firing rule's metadata from the rule itself. */
    public Outcomes() {
        this(Map.of());
    }

    /**
     * Outcomes that take each firing rule's id, legal basis and certainty from {@code rules} (the engine's metadata,
     * read once per pack) instead of parsing the rule's metadata at every reason; rules not in it are read directly.
     *
     * @param rules the pack's rules by identity; not copied, must not change
     */
    public Outcomes(Map<Rule, RuleInfo> rules) {
        this.rules = rules;
    }

    /**
     * Records a legal condition of {@code award} (null: of every award) for {@code member}, met or not, and
     * returns it as a fact for the rule to insert.
     */
    public Condition condition(RuleContext ctx, Member member, AwardType award, boolean met, String vi, String en,
                               Param... params) {
        Condition c = new Condition(member.getUnitId(), award, met, reasonOf(ctx, vi, en, params));
        conditions.add(c);
        return c;
    }

    /** Adds a reason to a case without deciding it (e.g. "selected as leader 1 of 3"). */
    public void note(RuleContext ctx, UnitId unit, AwardType award, String vi, String en, Param... params) {
        cases.computeIfAbsent(new Case(unit, award), k -> new CaseRecord()).notes.add(reasonOf(ctx, vi, en, params));
    }

    /** Decides a case: its outcome, with the deciding rule's reason. */
    public void decide(RuleContext ctx, UnitId unit, AwardType award, Outcome outcome, String vi, String en,
                       Param... params) {
        decide(unit, award, outcome, reasonOf(ctx, vi, en, params));
    }

    private void decide(UnitId unit, AwardType award, Outcome outcome, Reason reason) {
        CaseRecord r = cases.computeIfAbsent(new Case(unit, award), k -> new CaseRecord());
        if (r.outcome != null && r.outcome != outcome) {
            warnings.add(new Warning("CONFLICTING_OUTCOMES",
                    "Hai quy tắc quyết định khác nhau cho " + unit + " / " + award + ": " + r.outcome + " rồi " + outcome,
                    "Two rules decided differently for " + unit + " / " + award + ": " + r.outcome + " then " + outcome));
        }
        r.outcome = outcome;
        r.decisions++;
        r.deciding.add(0, reason);
    }

    /** Notes a reason on a case on the basis of the law a fact carries. */
    public void note(RuleContext ctx, StatedLaw law, UnitId unit, AwardType award, String vi, String en) {
        // A note is the applying rule's remark (its own id), on the stated law's basis.
        Reason r = new Reason(ruleIdOf(ctx), law.legalBasis(), law.certainty(), vi, en);
        cases.computeIfAbsent(new Case(unit, award), k -> new CaseRecord()).notes.add(r);
    }

    private String ruleIdOf(RuleContext ctx) {
        RuleInfo info = rules.get(ctx.getRule());
        return info != null ? info.ruleId() : RuleMetadata.ruleId(ctx.getRule());
    }

    /** Decides a case, citing the law a fact carries (the rule that stated it, with its basis). */
    public void decide(RuleContext ctx, StatedLaw law, UnitId unit, AwardType award, Outcome outcome, String vi,
                       String en) {
        decide(unit, award, outcome, cited(ctx, law, vi, en));
    }

    /** Refuses an award whose standard the unit does not meet in full, citing the standard. */
    public void refuse(RuleContext ctx, UnitId unit, AwardStandard standard) {
        decide(unit, standard.award(), Outcome.NOT_ELIGIBLE, cited(ctx, standard.citation(), standard.vi(), standard.en()));
    }

    /**
     * An award's standard in this period: the firing rule states it (its legal basis is the article that defines the
     * award); the generic eligibility rules apply it.
     */
    public AwardStandard standard(RuleContext ctx, AwardType award, boolean afterLeaders, String vi, String en) {
        return new AwardStandard(award, afterLeaders, citation(ctx), vi, en);
    }

    /** The province's Government-flag cap: floor(share × leaders), citing the firing rule and the share. */
    public GovernmentFlagCap governmentFlagCap(RuleContext ctx, Param share, int leaders) {
        return new GovernmentFlagCap(Quotas.floorShare(share.getDecimalValue(), leaders), leaders, share,
                citation(ctx, share));
    }

    /** The firing rule's citation, with the parameters it used. */
    public StatedLaw citation(RuleContext ctx, Param... params) {
        Reason r = reasonOf(ctx, "", "", params);
        return new StatedLaw(r.ruleId(), r.legalBasis(), r.certainty());
    }

    private Reason cited(RuleContext ctx, StatedLaw law, String vi, String en) {
        // The reason names the rule that stated the law (e.g. GF24_NOT_ELIGIBLE, CONS24_GOVERNMENT_FLAG_CAP): it is
        // the one a reader looks up; the generic rule that applied it shows in the audit trail.
        return new Reason(law.ruleId(), law.legalBasis(), law.certainty(), vi, en);
    }

    /** Reports a finding about the bloc's paperwork or process. */
    public void finding(RuleContext ctx, Severity severity, UnitId unit, String vi, String en, Param... params) {
        Reason r = reasonOf(ctx, vi, en, params);
        findings.add(new Finding(r.ruleId(), severity, unit, r.legalBasis(), r.certainty(), vi, en));
    }

    /** Sets next year's head. */
    public void nextHead(RuleContext ctx, UnitId head, boolean elected, String vi, String en, Param... params) {
        this.nextHead = head;
        this.nextElected = elected;
        termReasons.add(reasonOf(ctx, vi, en, params));
    }

    /** Sets next year's deputy. */
    public void nextDeputy(RuleContext ctx, UnitId deputy, String vi, String en, Param... params) {
        this.nextDeputy = deputy;
        termReasons.add(reasonOf(ctx, vi, en, params));
    }

    /** Records a leading unit of the bloc, chosen by the leader-selection rule. */
    public void leader(UnitId unit) {
        leaders.add(unit);
    }

    public List<UnitId> leaders() {
        return leaders;
    }

    /** Adds a warning (from Java, not from rules). */
    public void warn(Warning warning) {
        warnings.add(warning);
    }

    /** A reason built from the firing rule's metadata; the parameters used are cited and weaken its certainty. */
    public static Reason reason(RuleContext ctx, String vi, String en, Param... params) {
        Rule rule = ctx.getRule();
        return reason(RuleMetadata.ruleId(rule), RuleMetadata.legalBasis(rule), RuleMetadata.certainty(rule), vi, en,
                params);
    }

    /** {@link #reason(RuleContext, String, String, Param...)} with the rule's metadata from the engine when known. */
    private Reason reasonOf(RuleContext ctx, String vi, String en, Param... params) {
        Rule rule = ctx.getRule();
        RuleInfo info = rules.get(rule);
        if (info == null) {
            return reason(ctx, vi, en, params);
        }
        if (params.length == 0) {
            return new Reason(info.ruleId(), info.legalBasis(), info.certainty(), vi, en);
        }
        // A rule fires once per unit with the same parameters: build its legal basis (a long text) once per review.
        Basis b = bases.get(rule);
        if (b == null || !b.sameParams(params)) {
            Reason r = reason(info.ruleId(), info.legalBasis(), info.certainty(), "", "", params);
            b = new Basis(params.clone(), r.legalBasis(), r.certainty());
            bases.put(rule, b);
        }
        return new Reason(info.ruleId(), b.text(), b.certainty(), vi, en);
    }

    /** A rule's legal basis with the parameters it cited, and the resulting certainty. */
    private record Basis(Param[] params, String text, Certainty certainty) {
        boolean sameParams(Param[] other) {
            if (other.length != params.length) {
                return false;
            }
            for (int i = 0; i < other.length; i++) {
                if (other[i] != params[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<Rule, Basis> bases = new java.util.IdentityHashMap<>();

    private static Reason reason(String ruleId, String legalBasis, Certainty ruleCertainty, String vi, String en,
                                 Param... params) {
        if (params.length == 0) {
            return new Reason(ruleId, legalBasis, ruleCertainty, vi, en);
        }
        Certainty certainty = ruleCertainty;
        StringBuilder basis = new StringBuilder(legalBasis);
        for (Param p : params) {
            basis.append("; ").append(p.getName()).append(" = ").append(p.getDisplay())
                    .append(" (").append(p.getReference()).append(")");
            if (p.getCertainty().ordinal() > certainty.ordinal()) {
                certainty = p.getCertainty();
            }
        }
        return new Reason(ruleId, basis.toString(), certainty, vi, en);
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public Map<Case, CaseRecord> cases() {
        return cases;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public UnitId nextHead() {
        return nextHead;
    }

    public UnitId nextDeputy() {
        return nextDeputy;
    }

    public boolean nextElected() {
        return nextElected;
    }

    public List<Reason> termReasons() {
        return termReasons;
    }

    /** Formats a percentage for messages: "70 %" or "66,7 %" (one decimal, Vietnamese uses a comma). */
    public static String pct(double value, boolean vietnamese) {
        double r = Math.round(value * 10.0) / 10.0;
        String s = r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
        return (vietnamese ? s.replace('.', ',') : s) + " %";
    }

    /** Null-safe display of a unit id for messages. */
    public static String show(Object o) {
        return Objects.toString(o, "—");
    }
}
