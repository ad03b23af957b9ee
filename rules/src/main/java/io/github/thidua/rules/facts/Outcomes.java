package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Citation;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Quota;
import io.github.thidua.rules.QuotaKind;
import io.github.thidua.rules.QuotaPosition;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.Reason.Kind;
import io.github.thidua.rules.RuleInfo;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.Warning;
import io.github.thidua.rules.pack.LegalBasisCitations;
import io.github.thidua.rules.pack.RuleMetadata;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which results leave a session (rules never join a shared result fact: that costs a join
 * per rule). Every entry carries a {@link Reason} built from the firing rule's metadata, so the rule id, legal
 * basis and certainty in a result always match the DRL. The method a rule calls says what it records, and so the
 * reason's {@link Reason.Kind kind}: a condition, a decision, a quota place, a note. Quota rules state their quota
 * ({@link #quota}) and place units under it ({@link #withinQuota}, {@link #outsideQuota}), so that explanations
 * read quota positions from the result instead of reconstructing them. One instance per evaluation; not
 * thread-safe.
 */
public final class Outcomes {
    /** Key of a unit's case for an award. */
    public record Case(UnitId unit, AwardType award) {
    }

    /** The outcome of a case, its reasons (the deciding ones first), and how often it was decided. */
    public static final class CaseRecord {
        private Outcome outcome;
        private final List<Reason> deciding = new ArrayList<>(2);
        private List<Reason> notes = List.of(); // most cases have none: made on the first note
        private int decisions;

        private void note(Reason reason) {
            if (notes.isEmpty()) {
                notes = new ArrayList<>(2);
            }
            notes.add(reason);
        }

        public Outcome outcome() {
            return outcome;
        }

        /** The reasons of the rules that decided the outcome (latest first), then the notes in order. */
        public List<Reason> reasons() {
            List<Reason> all = new ArrayList<>(deciding.size() + notes.size() + 8); // + the conditions added later
            all.addAll(deciding);
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
    private final Map<QuotaKind, Quota> quotaLimits = new EnumMap<>(QuotaKind.class);
    private final List<QuotaPosition> positions = new ArrayList<>();
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
        this(rules, null);
    }

    /**
     * Outcomes whose reasons cite only what {@code scope} allows (the review's period, decision date and provinces);
     * a null scope keeps every citation of the rules.
     */
    public Outcomes(Map<Rule, RuleInfo> rules, CitationScope scope) {
        this(rules, scope, null);
    }

    /**
     * {@link #Outcomes(Map, CitationScope)} sharing the rules' rendered legal bases with other evaluations through
     * {@code shared} (one per engine): a rule's basis depends only on the rule, the scope's {@link CitationScope.Key key}
     * and the parameters it cites, so it is filtered and rendered once, not once per review.
     */
    public Outcomes(Map<Rule, RuleInfo> rules, CitationScope scope, BasisCache shared) {
        this.rules = rules;
        this.scope = scope;
        this.shared = scope == null ? null : shared;
    }

    private final BasisCache shared;

    /**
     * Rules' legal bases as rendered for a citation scope and the parameters they cite, shared by the evaluations of
     * one engine (thread-safe, bounded). Parameters are compared by identity: the engine resolves each parameter set
     * once per profile, year and bloc size and reuses it.
     */
    public static final class BasisCache {
        private static final int MAX = 16_384;
        private final Map<Object, Basis> entries = new java.util.concurrent.ConcurrentHashMap<>();

        private record Key(RuleRef rule, CitationScope.Key scope, List<Param> params) {
        }

        /** A rule by identity (rules of two KieBases may be equal by name). */
        private record RuleRef(Rule rule) {
            @Override
            public boolean equals(Object o) {
                return o instanceof RuleRef r && r.rule == rule;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(rule);
            }
        }

        Basis get(Object key) {
            return entries.get(key);
        }

        void put(Object key, Basis basis) {
            if (entries.size() >= MAX) {
                entries.clear();
            }
            entries.put(key, basis);
        }

        static Object key(Rule rule, CitationScope scope, Param[] params) {
            return new Key(new RuleRef(rule), scope.key(), List.of(params));
        }
    }

    private final CitationScope scope;

    /** The citation scope of this evaluation, or null. */
    public CitationScope scope() {
        return scope;
    }

    /**
     * Records a legal condition of {@code award} (null: of every award) for {@code member}, met or not, and
     * returns it as a fact for the rule to insert.
     */
    public Condition condition(RuleContext ctx, Member member, AwardType award, boolean met, String vi, String en,
                               Param... params) {
        Condition c = new Condition(member.getUnitId(), award, met,
                reasonOf(ctx, award == null ? Kind.EXCLUSION : Kind.CONDITION, vi, en, params));
        conditions.add(c);
        return c;
    }

    /** Records whether a unit leads the bloc, as a condition of an award reserved to the bloc's leaders. */
    public Condition leadership(RuleContext ctx, Member member, AwardType award, boolean met, String vi, String en) {
        Condition c = new Condition(member.getUnitId(), award, met, reasonOf(ctx, Kind.LEADERSHIP, vi, en));
        conditions.add(c);
        return c;
    }

    /** Records the bloc's vote on a nomination as a condition of the award it nominates, met or not. */
    public Condition vote(RuleContext ctx, Member member, AwardType award, boolean met, String vi, String en,
                          Param... params) {
        Condition c = new Condition(member.getUnitId(), award, met, reasonOf(ctx, Kind.VOTE, vi, en, params));
        conditions.add(c);
        return c;
    }

    /** Adds a reason to a case without deciding it (e.g. "selected as leader 1 of 3"). */
    public void note(RuleContext ctx, UnitId unit, AwardType award, String vi, String en, Param... params) {
        cases.computeIfAbsent(new Case(unit, award), k -> new CaseRecord()).note(reasonOf(ctx, Kind.NOTE, vi, en, params));
    }

    /** Decides a case: its outcome, with the deciding rule's reason. */
    public void decide(RuleContext ctx, UnitId unit, AwardType award, Outcome outcome, String vi, String en,
                       Param... params) {
        decide(unit, award, outcome, reasonOf(ctx, Kind.DECIDING, vi, en, params));
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
        Reason r = new Reason(ruleIdOf(ctx), law.legalBasis(), law.certainty(), vi, en, Kind.NOTE, law.citations(),
                law.assumption(), law.legalBasisEn());
        cases.computeIfAbsent(new Case(unit, award), k -> new CaseRecord()).note(r);
    }

    private String ruleIdOf(RuleContext ctx) {
        RuleInfo info = rules.get(ctx.getRule());
        return info != null ? info.ruleId() : RuleMetadata.ruleId(ctx.getRule());
    }

    /** Decides a case, citing the law a fact carries (the rule that stated it, with its basis). */
    public void decide(RuleContext ctx, StatedLaw law, UnitId unit, AwardType award, Outcome outcome, String vi,
                       String en) {
        decide(unit, award, outcome, cited(ctx, law, Kind.DECIDING, vi, en));
    }

    /** Refuses an award whose standard the unit does not meet in full, citing the standard. */
    public void refuse(RuleContext ctx, UnitId unit, AwardStandard standard) {
        decide(unit, standard.award(), Outcome.NOT_ELIGIBLE, cited(ctx, standard.citation(), Kind.DECIDING, standard.vi(),
                standard.en()));
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
        int cap = Quotas.floorShare(share.getDecimalValue(), leaders);
        quota(ctx, QuotaKind.PROVINCE_GOVERNMENT_FLAG, share, cap,
                cap + " = ⌊" + share.getDecimalValue().stripTrailingZeros().toPlainString() + " × " + leaders + "⌋");
        stated = new GovernmentFlagCap(cap, leaders, share, citation(ctx, share));
        return stated;
    }

    /** The Government-flag cap a consolidation's rules stated, or null. */
    public GovernmentFlagCap governmentFlagCap() {
        return stated;
    }

    private GovernmentFlagCap stated;

    /**
     * States a quota of this evaluation: the parameter it rests on, its limit and how the limit is computed. The
     * firing rule's reason (with the parameter) is the quota's basis.
     *
     * @param formula how the limit follows from the parameter, e.g. {@code "12 = ⌊0.5 × 24⌋"}
     */
    public void quota(RuleContext ctx, QuotaKind kind, Param parameter, int limit, String formula) {
        quotaLimits.put(kind, new Quota(kind, parameter.getName(), parameter.getDisplay(), limit, formula,
                reasonOf(ctx, Kind.QUOTA, "", "", parameter), List.of()));
    }

    /** Places a unit within a quota: a note on its case for the quota's award, and its place among the candidates. */
    public void withinQuota(RuleContext ctx, QuotaKind quota, UnitId unit, int place, String vi, String en,
                            Param... params) {
        Reason r = reasonOf(ctx, Kind.QUOTA, vi, en, params);
        cases.computeIfAbsent(new Case(unit, quota.award()), k -> new CaseRecord()).note(r);
        positions.add(new QuotaPosition(quota, unit, place, null, QuotaPosition.Status.WITHIN, r));
    }

    /** {@link #withinQuota(RuleContext, QuotaKind, UnitId, int, String, String, Param...)} citing a stated law. */
    public void withinQuota(RuleContext ctx, StatedLaw law, QuotaKind quota, UnitId unit, int place, String vi,
                            String en) {
        Reason r = new Reason(ruleIdOf(ctx), law.legalBasis(), law.certainty(), vi, en, Kind.QUOTA, law.citations(),
                law.assumption(), law.legalBasisEn());
        cases.computeIfAbsent(new Case(unit, quota.award()), k -> new CaseRecord()).note(r);
        positions.add(new QuotaPosition(quota, unit, place, null, QuotaPosition.Status.WITHIN, r));
    }

    /**
     * Places a unit beyond a quota: decides its case for the quota's award {@link Outcome#ELIGIBLE_NOT_SELECTED},
     * and records its place among the candidates.
     */
    public void outsideQuota(RuleContext ctx, QuotaKind quota, UnitId unit, int place, String vi, String en,
                             Param... params) {
        Reason r = reasonOf(ctx, Kind.QUOTA, vi, en, params);
        decide(unit, quota.award(), Outcome.ELIGIBLE_NOT_SELECTED, r);
        positions.add(new QuotaPosition(quota, unit, place, null, QuotaPosition.Status.OUTSIDE, r));
    }

    /** {@link #outsideQuota(RuleContext, QuotaKind, UnitId, int, String, String, Param...)} citing a stated law. */
    public void outsideQuota(RuleContext ctx, StatedLaw law, QuotaKind quota, UnitId unit, int place, String vi,
                             String en) {
        Reason r = cited(ctx, law, Kind.QUOTA, vi, en);
        decide(unit, quota.award(), Outcome.ELIGIBLE_NOT_SELECTED, r);
        positions.add(new QuotaPosition(quota, unit, place, null, QuotaPosition.Status.OUTSIDE, r));
    }

    /**
     * Sets an award aside because the same achievement goes to a higher one (one achievement, one award): decides
     * the case {@link Outcome#ELIGIBLE_NOT_SELECTED} with a reason of kind {@link Kind#SUPERSEDED}.
     */
    public void supersede(RuleContext ctx, UnitId unit, AwardType award, String vi, String en) {
        decide(unit, award, Outcome.ELIGIBLE_NOT_SELECTED, reasonOf(ctx, Kind.SUPERSEDED, vi, en));
    }

    /** {@link #supersede(RuleContext, UnitId, AwardType, String, String)} for a quota's award: the unit is not counted. */
    public void supersede(RuleContext ctx, QuotaKind quota, UnitId unit, String vi, String en) {
        Reason r = reasonOf(ctx, Kind.SUPERSEDED, vi, en);
        decide(unit, quota.award(), Outcome.ELIGIBLE_NOT_SELECTED, r);
        positions.add(new QuotaPosition(quota, unit, null, null, QuotaPosition.Status.SUPERSEDED, r));
    }

    /** {@link #supersede(RuleContext, UnitId, AwardType, String, String)} citing a stated law. */
    public void supersede(RuleContext ctx, StatedLaw law, UnitId unit, AwardType award, String vi, String en) {
        decide(unit, award, Outcome.ELIGIBLE_NOT_SELECTED, cited(ctx, law, Kind.SUPERSEDED, vi, en));
    }

    /**
     * The quotas stated in this evaluation, in {@link QuotaKind} order, each with the units placed under it (by place,
     * then the units set aside by id); a unit's {@code of} is the number of candidates its quota placed.
     */
    public List<Quota> quotas() {
        Map<QuotaKind, List<QuotaPosition>> byKind = new EnumMap<>(QuotaKind.class);
        for (QuotaPosition p : positions) {
            byKind.computeIfAbsent(p.quota(), k -> new ArrayList<>()).add(p);
        }
        List<Quota> out = new ArrayList<>();
        for (QuotaKind kind : QuotaKind.values()) {
            Quota limit = quotaLimits.get(kind);
            List<QuotaPosition> placed = byKind.getOrDefault(kind, List.of());
            if (limit == null && placed.isEmpty()) {
                continue;
            }
            int of = 0;
            for (QuotaPosition p : placed) {
                if (p.place() != null) {
                    of++;
                }
            }
            List<QuotaPosition> withOf = new ArrayList<>(placed.size());
            for (QuotaPosition p : placed) {
                withOf.add(p.place() == null ? p
                        : new QuotaPosition(p.quota(), p.unit(), p.place(), of, p.status(), p.reason()));
            }
            // By place, then the units not placed (set aside), by id: the result does not depend on firing order.
            withOf.sort(BY_PLACE);
            out.add(limit != null ? limit.withPositions(withOf)
                    : new Quota(kind, null, null, null, null, null, withOf));
        }
        return out;
    }

    private static final java.util.Comparator<QuotaPosition> BY_PLACE = (a, b) -> {
        if ((a.place() == null) != (b.place() == null)) {
            return a.place() == null ? 1 : -1;
        }
        int c = a.place() == null ? 0 : Integer.compare(a.place(), b.place());
        return c != 0 ? c : a.unit().value().compareTo(b.unit().value());
    };

    /** The firing rule's citation, with the parameters it used. */
    public StatedLaw citation(RuleContext ctx, Param... params) {
        Reason r = reasonOf(ctx, Kind.NOTE, "", "", params);
        return new StatedLaw(r.ruleId(), r.legalBasis(), r.certainty(), r.citations(), r.assumption(),
                r.legalBasisEn());
    }

    private Reason cited(RuleContext ctx, StatedLaw law, Kind kind, String vi, String en) {
        // The reason names the rule that stated the law (e.g. GF24_NOT_ELIGIBLE, CONS24_GOVERNMENT_FLAG_CAP): it is
        // the one a reader looks up; the generic rule that applied it shows in the audit trail.
        return new Reason(law.ruleId(), law.legalBasis(), law.certainty(), vi, en, kind, law.citations(),
                law.assumption(), law.legalBasisEn());
    }

    /** Reports a finding about the bloc's paperwork or process. */
    public void finding(RuleContext ctx, Severity severity, UnitId unit, String vi, String en, Param... params) {
        Reason r = reasonOf(ctx, Kind.NOTE, vi, en, params);
        findings.add(new Finding(r.ruleId(), severity, unit, r.legalBasis(), r.certainty(), vi, en, r.legalBasisEn()));
    }

    /** Sets next year's head. */
    public void nextHead(RuleContext ctx, UnitId head, boolean elected, String vi, String en, Param... params) {
        this.nextHead = head;
        this.nextElected = elected;
        termReasons.add(reasonOf(ctx, Kind.TERM, vi, en, params));
    }

    /** Sets next year's deputy. */
    public void nextDeputy(RuleContext ctx, UnitId deputy, String vi, String en, Param... params) {
        this.nextDeputy = deputy;
        termReasons.add(reasonOf(ctx, Kind.TERM, vi, en, params));
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

    /**
     * A reason built from the firing rule's metadata; the parameters used are named and weaken its certainty. Its
     * citations are those the evaluation running on this thread may cite ({@link CitationScope#current()}).
     */
    public static Reason reason(RuleContext ctx, String vi, String en, Param... params) {
        return reason(ctx, Kind.NOTE, vi, en, params);
    }

    private static Reason reason(RuleContext ctx, Kind kind, String vi, String en, Param... params) {
        Rule rule = ctx.getRule();
        Basis b = basis(CitationScope.current(), RuleMetadata.ruleId(rule), RuleMetadata.legalBasis(rule),
                RuleMetadata.certainty(rule), RuleMetadata.get(rule, RuleMetadata.ASSUMPTION), params);
        return b.reason(RuleMetadata.ruleId(rule), kind, vi, en);
    }

    /** {@link #reason(RuleContext, String, String, Param...)} with the rule's metadata from the engine when known. */
    private Reason reasonOf(RuleContext ctx, Kind kind, String vi, String en, Param... params) {
        Rule rule = ctx.getRule();
        RuleInfo info = rules.get(rule);
        String ruleId = info != null ? info.ruleId() : RuleMetadata.ruleId(rule);
        // A rule fires once per unit with the same parameters: build its legal basis once per review.
        Basis b = bases.get(rule);
        if (b == null || !b.sameParams(params)) {
            Object key = shared == null ? null : BasisCache.key(rule, scope, params);
            b = key == null ? null : shared.get(key);
            if (b == null) {
                b = info != null
                        ? basis(scope, ruleId, info.legalBasis(), info.certainty(), RuleMetadata.get(rule, RuleMetadata.ASSUMPTION), params)
                        : basis(scope, ruleId, RuleMetadata.legalBasis(rule), RuleMetadata.certainty(rule),
                        RuleMetadata.get(rule, RuleMetadata.ASSUMPTION), params);
                if (key != null) {
                    shared.put(key, b);
                }
            } else if (b.uncited()) {
                scope.uncited(ruleId); // computed by another evaluation: this one must still warn
            }
            bases.put(rule, b);
        }
        return b.reason(ruleId, kind, vi, en);
    }

    /**
     * A rule's legal basis as a review states it: its citations that the scope allows (plus those the parameters'
     * references name), rendered in Vietnamese and English by the one citation formatter, then the parameters used;
     * the resulting certainty and the assumption's anchor.
     */
    private record Basis(Param[] params, String vi, String en, Certainty certainty, List<Citation> citations,
                         String assumption, boolean uncited) {
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

        Reason reason(String ruleId, Kind kind, String vi, String en) {
            return new Reason(ruleId, this.vi, certainty, vi, en, kind, citations, assumption, this.en);
        }
    }

    private final Map<Rule, Basis> bases = new java.util.IdentityHashMap<>();

    private static Basis basis(CitationScope scope, String ruleId, String legalBasis, Certainty ruleCertainty,
                               String ruleAssumption, Param... params) {
        boolean ids = Citation.isIdList(legalBasis);
        List<Citation> raw = LegalBasisCitations.of(legalBasis);
        if (ids && params.length > 0) {
            // A parameter's reference may name the provision that sets its value: cite it too.
            List<Citation> all = new ArrayList<>(raw);
            for (Param p : params) {
                for (Citation c : LegalBasisCitations.of(p.getReference())) {
                    if (!all.contains(c)) {
                        all.add(c);
                    }
                }
            }
            raw = all;
        }
        List<Citation> citations = scope == null ? raw : scope.applicable(ruleId, raw);
        StringBuilder vi;
        StringBuilder en;
        if (ids) {
            vi = new StringBuilder(CitationScope.FORMAT.format(citations, "vi"));
            en = new StringBuilder(CitationScope.FORMAT.format(citations, "en"));
        } else {
            // a pack whose basis is prose: its text is the statement (its citations as far as they are read)
            vi = new StringBuilder(legalBasis);
            en = null;
        }
        Certainty certainty = ruleCertainty;
        String assumption = ruleCertainty == Certainty.ASSUMPTION ? ruleAssumption : null;
        for (Param p : params) {
            String sep = vi.isEmpty() ? "" : "; ";
            vi.append(sep).append(p.getName()).append(" = ").append(p.getDisplay());
            if (en != null) {
                en.append(en.isEmpty() ? "" : "; ").append(p.getName()).append(" = ").append(p.getDisplay());
            } else {
                vi.append(" (").append(p.getReference()).append(")");
            }
            if (p.getCertainty().ordinal() > certainty.ordinal()) {
                certainty = p.getCertainty();
            }
            if (assumption == null && p.getCertainty() == Certainty.ASSUMPTION) {
                assumption = ASSUMPTION_PREFIX + p.getName().replace('.', '-');
            }
        }
        if (certainty != Certainty.ASSUMPTION) {
            assumption = null;
        }
        return new Basis(params.clone(), vi.toString(), en == null ? null : en.toString(), certainty, citations,
                assumption, scope != null && !raw.isEmpty() && citations.isEmpty());
    }

    /** Anchors of the profile parameters' assumptions in docs/legal-notes.md: {@code assumption-<name with dashes>}. */
    public static final String ASSUMPTION_PREFIX = "assumption-";

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
