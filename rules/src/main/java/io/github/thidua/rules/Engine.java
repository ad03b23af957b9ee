package io.github.thidua.rules;

import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Regime;
import io.github.thidua.rules.pack.PeriodBases;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.core.rank.Ranker;
import io.github.thidua.core.rank.Ranking;
import io.github.thidua.rules.engine.AuditListener;
import io.github.thidua.rules.engine.Phase;
import io.github.thidua.rules.facts.Condition;
import io.github.thidua.rules.facts.GovernmentFlagProposal;
import io.github.thidua.rules.facts.Member;
import io.github.thidua.rules.facts.Outcomes;
import io.github.thidua.rules.facts.PactCheck;
import io.github.thidua.rules.facts.Param;
import io.github.thidua.rules.facts.ProvinceContext;
import io.github.thidua.rules.facts.ReviewContext;
import io.github.thidua.rules.facts.SetAside;
import io.github.thidua.rules.facts.Term;
import io.github.thidua.rules.facts.Vote;
import io.github.thidua.rules.pack.KieBases;
import io.github.thidua.rules.pack.RuleMetadata;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The thidua rules engine: evaluates a bloc's review or a province's consolidation against a DRL rule pack.
 *
 * <p>Build one with {@link #builder()} and share it: an engine holds one immutable KieBase per rule-pack
 * version and is thread-safe; every evaluation runs in its own Drools session, taken from the KieBase's session pool
 * and reset (facts, agenda, globals, listeners) when it is disposed afterwards.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().build();                  // the bundled national pack
 * ReviewResult result = engine.review(Scenarios.readBlocReview(Path.of("bloc.json")));
 * result.decisions().forEach(d -> System.out.println(d.unit() + " " + d.award() + " " + d.outcome()));
 * }</pre>
 */
public final class Engine {
    private final PeriodBases bases;
    private final RulePackInfo rulePack;
    private final Profile profileOverride;
    /** Listed on first use: a review does not need it (see {@link #rules()}). */
    private volatile List<RuleInfo> rules;
    /** Per period: its KieBase's rules by identity, and the dated ones among them; filled when the period is first used. */
    private final Map<Regime, RuleIndex> indexes = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean auditTrail;
    /** The rules' rendered legal bases, shared by this engine's evaluations (per rule, citation scope, parameters). */
    private final Outcomes.BasisCache basisCache = new Outcomes.BasisCache();
    private final Map<Regime, KieSessionsPool> sessions;
    /** The budget of each evaluation; null for the bundled pack compiled with the jar (trusted, not instrumented). */
    private final io.github.thidua.rules.pack.Budget.Limits limits;

    /**
     * A period's rules by identity (read-only once made, so shared by concurrent evaluations), and the rules with
     * {@code @effectiveFrom} or {@code @effectiveTo}: the only ones the agenda filter must check.
     */
    private record RuleIndex(Map<Rule, RuleInfo> byRule, Map<Rule, RuleInfo> dated) {
    }

    private Engine(PeriodBases bases, RulePackInfo rulePack, Profile profileOverride, boolean auditTrail,
                   io.github.thidua.rules.pack.Budget.Limits limits) {
        this.bases = bases;
        this.limits = limits;
        this.rulePack = rulePack;
        this.profileOverride = profileOverride;
        this.auditTrail = auditTrail;
        this.sessions = sessionPools(bases);
    }

    /** A rule's info from its metadata. */
    private static RuleInfo ruleInfo(String packageName, String name, Map<String, Object> meta) {
        return new RuleInfo(RuleMetadata.ruleId(meta, name), name, packageName,
                RuleMetadata.legalBasis(meta), RuleMetadata.certainty(meta),
                RuleMetadata.date(meta, RuleMetadata.EFFECTIVE_FROM), RuleMetadata.date(meta, RuleMetadata.EFFECTIVE_TO));
    }

    /** The rule index of a period, made from its KieBase (built now if needed) on first use. */
    private RuleIndex index(Regime regime) {
        RuleIndex index = indexes.get(regime);
        if (index == null) {
            Map<Rule, RuleInfo> byKey = new IdentityHashMap<>();
            Map<Rule, RuleInfo> dated = new IdentityHashMap<>();
            for (KiePackage p : bases.of(regime).getKiePackages()) {
                for (Rule r : p.getRules()) {
                    // From the KieBase's own rules: listing every rule of the pack (rules()) would make the pre-built
                    // model of every package, which a review does not need.
                    RuleInfo info = ruleInfo(p.getName(), r.getName(), r.getMetaData());
                    byKey.put(r, info);
                    if (info.effectiveFrom() != null || info.effectiveTo() != null) {
                        dated.put(r, info);
                    }
                }
            }
            index = new RuleIndex(byKey, dated);
            RuleIndex raced = indexes.putIfAbsent(regime, index);
            index = raced != null ? raced : index;
        }
        return index;
    }

    /** The pre-built KieBases are shared by every engine in the JVM, and so are their session pools. */
    private static Map<Regime, KieSessionsPool> sessionPools(PeriodBases bases) {
        if (io.github.thidua.rules.pack.PrebuiltKieBase.isPrebuilt(bases)) {
            return PrebuiltPools.POOLS;
        }
        return new java.util.concurrent.ConcurrentHashMap<>();
    }

    private static final class PrebuiltPools {
        static final Map<Regime, KieSessionsPool> POOLS = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /**
     * A session from the pool of this engine's KieBase: a pooled session's {@code dispose()} resets it (facts, agenda,
     * globals and listeners cleared) and returns it, so an evaluation reuses the node memories the previous one
     * allocated instead of building a session from scratch.
     */
    private KieSession newSession(Regime regime) {
        KieSessionsPool pool = sessions.computeIfAbsent(regime, r -> bases.of(r).newKieSessionsPool(0));
        // KieSessionsPool.newKieSession() records the sessions it creates in a plain list: serialise that call.
        synchronized (pool) {
            return pool.newKieSession();
        }
    }

    /** A builder for an engine on the bundled national rule pack. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Engine}. */
    public static final class Builder {
        private RulePack pack;
        private Profile profile;
        private boolean auditTrail = true;
        private io.github.thidua.rules.pack.Budget.Limits limits = io.github.thidua.rules.pack.Budget.Limits.DEFAULT;
        private io.github.thidua.rules.pack.Budget.Limits buildLimits = io.github.thidua.rules.pack.Budget.Limits.BUILD;

        private Builder() {
        }

        /**
         * The deadline of pack code that Drools runs while it builds the rule base of a pack compiled at runtime
         * (conditions that depend on no fact, such as {@code eval(f())} or {@code from f()}); 120 s by default. A
         * build past it is refused with a {@link RulePackException} ({@code [BUDGET]}).
         */
        public Builder buildDeadline(java.time.Duration deadline) {
            this.buildLimits = new io.github.thidua.rules.pack.Budget.Limits(deadline,
                    io.github.thidua.rules.pack.Budget.Limits.BUILD.allocationBytes(),
                    io.github.thidua.rules.pack.Budget.Limits.BUILD.maxArrayLength());
            return this;
        }

        /**
         * The budget of every evaluation of a pack compiled at runtime (an external pack): wall-clock time and bytes
         * the evaluating thread may allocate. An evaluation past either stops with a {@link RulePackException}
         * ({@code [BUDGET]}); the engine keeps serving. Defaults: 10 s and 512 MiB. The bundled pack compiled with
         * the jar is not bounded (it is trusted and not instrumented).
         */
        public Builder evaluationLimits(java.time.Duration deadline, long allocationBytes) {
            this.limits = new io.github.thidua.rules.pack.Budget.Limits(deadline, allocationBytes,
                    io.github.thidua.rules.pack.Budget.Limits.DEFAULT.maxArrayLength());
            return this;
        }

        /**
         * Whether results carry the audit trail, every rule fired in order ({@link ReviewResult#audit()}); true by
         * default. Without it an evaluation attaches no listener to the session and {@code audit()} is empty; every
         * decision, reason, finding and warning is the same. For bulk runs that never show the trail.
         */
        public Builder auditTrail(boolean auditTrail) {
            this.auditTrail = auditTrail;
            return this;
        }

        /** Uses this profile for every evaluation instead of the one each scenario names. */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** Uses a rule pack given as DRL sources (advanced; the bundled national pack by default). */
        public Builder rulePack(RulePack pack) {
            this.pack = pack;
            return this;
        }

        /**
         * Uses an external rule pack: a directory of {@code .drl} files (any depth) and a {@code pack.json}
         * ({@code name}, {@code version}, {@code extends}: {@code "thidua-national"} or null). A pack that extends
         * the national pack replaces the bundled rules whose {@code @ruleId} it redefines and adds the others. The
         * pack is read, parsed and checked by the {@link io.github.thidua.rules.pack.Sandbox} now, and
         * compiled by {@link #build()}; results name the pack's name and version. See {@code docs/authoring.md}.
         *
         * @throws RulePackException listing every problem (files, syntax, forbidden references) if the pack is refused
         */
        public Builder rulePack(java.nio.file.Path dir) {
            this.pack = io.github.thidua.rules.pack.PackLoader.load(dir).pack();
            return this;
        }

        /**
         * Returns the engine. The bundled national pack comes pre-compiled (executable model built with the jar)
         * and is shared by all engines in the JVM. A custom {@link #rulePack(RulePack) rule pack} is compiled
         * now, and so is the bundled pack if its pre-built model is missing (a warning is logged).
         *
         * @throws RulePackException if the pack does not compile, with every error's file and line
         */
        public Engine build() {
            if (pack == null) {
                java.util.Optional<PeriodBases> prebuilt = io.github.thidua.rules.pack.PrebuiltKieBase.get();
                if (prebuilt.isPresent()) {
                    return new Engine(prebuilt.get(), io.github.thidua.rules.pack.BundledPackInfo.get(), profile,
                            auditTrail, null);
                }
            }
            RulePack p = pack != null ? pack : RulePack.bundled();
            return new Engine(KieBases.compile(p, buildLimits), p.info(), profile, auditTrail, limits);
        }
    }

    /**
     * True if this engine runs the bundled pack's executable model pre-compiled at build time; false if its pack
     * was compiled at runtime (a custom pack, or the bundled one when its pre-built model is missing).
     */
    public boolean isPrecompiled() {
        return io.github.thidua.rules.pack.PrebuiltKieBase.isPrebuilt(bases);
    }

    /** The rule pack this engine evaluates. */
    public RulePackInfo rulePack() {
        return rulePack;
    }

    /** Every rule of the pack with its metadata, sorted by package and id. */
    public List<RuleInfo> rules() {
        List<RuleInfo> list = rules;
        if (list == null) {
            List<RuleInfo> infos = new ArrayList<>();
            for (PeriodBases.RuleDescription r : bases.rules()) {
                infos.add(ruleInfo(r.packageName(), r.name(), r.metaData()));
            }
            infos.sort(Comparator.comparing(RuleInfo::packageName).thenComparing(RuleInfo::ruleId));
            list = List.copyOf(infos);
            rules = list;
        }
        return list;
    }

    /** Reviews a bloc with the profile the review names (a bundled name or a path), unless overridden. */
    public ReviewResult review(BlocReview review) {
        return review(review, profileFor(review.profile()));
    }

    /**
     * Reviews a bloc with the given profile.
     *
     * Members that reference their unit reviews ({@link BlocReview#unitReviews()}) take their statistics for the
     * year from them (evaluated with the same profile).
     *
     * @throws io.github.thidua.core.rank.RankingException if the profile does not fit the bloc's ranking (bad input)
     * @throws io.github.thidua.core.json.ScenarioException if typed statistics or a typed rating disagree with a
     *                           member's unit review (bad input), each error naming both files and values
     * @throws RulePackException ({@code [BUDGET]}) if the code of an external pack exceeds the evaluation budget,
     *                           overflows the stack or fails; nothing of the evaluation is returned
     */
    public ReviewResult review(BlocReview review, Profile profile) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(profile, "profile");
        return reviewLinked(linkUnitReviews(review, profile), profile);
    }

    /**
     * The review with the statistics of the members that reference their unit reviews taken from those reviews
     * ({@link io.github.thidua.rules.people.UnitReviewLink}); the review itself when it references none.
     *
     * @throws io.github.thidua.core.json.ScenarioException when typed statistics (or a typed rating) disagree with a
     *                                                      unit review, naming both
     */
    private BlocReview linkUnitReviews(BlocReview review, Profile profile) {
        if (review.unitReviews().isEmpty()) {
            return review;
        }
        return io.github.thidua.rules.people.UnitReviewLink.link(review,
                new io.github.thidua.rules.people.UnitReviewEngine(this), profile);
    }

    private ReviewResult reviewLinked(BlocReview review, Profile profile) {
        // Ranked once, here, outside the pack's budget: a profile that does not fit the bloc is the caller's
        // RankingException (bad input), never a rule pack failure.
        Ranking ranking = Ranker.rank(review, profile);
        return bounded(() -> reviewUnbounded(review, profile, ranking));
    }

    /**
     * Runs an evaluation inside the budget of this engine's pack. Code compiled from an external pack is
     * instrumented to stop when the budget is used up ({@link io.github.thidua.rules.pack.Budget}); what it throws
     * then, or any other failure of that code, becomes a {@link RulePackException} naming the pack.
     */
    private <T> T bounded(java.util.function.Supplier<T> evaluation) {
        if (limits == null) {
            return evaluation.get();
        }
        try (io.github.thidua.rules.pack.Budget.Scope scope = io.github.thidua.rules.pack.Budget.open(limits)) {
            return evaluation.get();
        } catch (RulePackException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | io.github.thidua.rules.pack.Budget.Exceeded e) {
            String why = failure(e);
            throw new RulePackException("rule pack " + rulePack + ": evaluation stopped: " + why,
                    List.of(io.github.thidua.rules.pack.Problem.error(".", 0, 0, "BUDGET", why, null)));
        }
    }

    /**
     * Ends a session whose evaluation failed without returning it to the pool: a rule stopped half-way may have
     * left its agenda or memories in a state a reset does not repair.
     */
    private static void discard(KieSession session) {
        try {
            session.destroy();
        } catch (RuntimeException | Error ignored) {
            // already broken; the evaluation's own failure is what is reported
        }
    }

    private static String failure(Throwable e) {
        String budget = io.github.thidua.rules.pack.Budget.reason(e);
        if (budget != null) {
            return budget;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError) {
                return "rule pack code overflowed the stack (unbounded recursion)";
            }
        }
        String msg = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        if (msg.length() > 300) {
            msg = msg.substring(0, 300) + "…";
        }
        return "rule pack code failed: " + e.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
    }

    private ReviewResult reviewUnbounded(BlocReview review, Profile profile, Ranking ranking) {
        RuleIndex index = index(review.regime());
        Outcomes outcomes = new Outcomes(index.byRule(),
                new io.github.thidua.rules.facts.CitationScope(review.period(), review.decisionDate(), profile.chain()),
                basisCache);
        AuditListener audit = new AuditListener();
        KieSession session = newSession(review.regime());
        try {
            session.setGlobal("outcomes", outcomes);
            if (auditTrail) {
                session.addEventListener(audit);
            }
            session.insert(new ReviewContext(review.regime(), review.stage(), review.year(), review.decisionDate(),
                    review.bloc().id(), review.bloc().size(), review.bloc().province()));
            insertParameters(session, profile, review.year(), review.bloc().size());
            UnitId head = review.term() == null ? null : review.term().head();
            UnitId deputy = review.term() == null ? null : review.term().deputy();
            // One pass over the ratings, facts and history (not one per member).
            int n = review.bloc().size();
            Map<UnitId, Map<Integer, TaskRating>> ratingsOf = new HashMap<>(2 * n);
            for (YearRating yr : review.ratings()) {
                ratingsOf.computeIfAbsent(yr.unit(), k -> new HashMap<>()).put(yr.year(), yr.rating());
            }
            Map<UnitId, UnitYearFacts> factsOf = new HashMap<>(2 * n);
            for (UnitYearFacts f : review.facts()) {
                if (f.year() == review.year()) {
                    factsOf.putIfAbsent(f.unit(), f);
                }
            }
            Map<UnitId, List<AwardRecord>> historyOf = new HashMap<>(2 * n);
            for (AwardRecord a : review.history()) {
                historyOf.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(a);
            }
            Map<UnitId, RankedUnit> rankedOf = new HashMap<>(2 * n);
            ranking.units().forEach(r -> rankedOf.put(r.unit(), r));
            for (Unit u : review.bloc().members()) {
                RankedUnit r = rankedOf.get(u.id());
                if (r == null) {
                    throw new java.util.NoSuchElementException("unit " + u.id() + " is not ranked");
                }
                Map<io.github.thidua.core.AttestedCondition, Boolean> attested =
                        new java.util.EnumMap<>(io.github.thidua.core.AttestedCondition.class);
                for (io.github.thidua.core.Attestation a : review.attestations()) {
                    if (a.unit().equals(u.id()) && a.year() == review.year()) {
                        attested.put(a.condition(), a.met());
                    }
                }
                session.insert(new Member(u.id(), u.name(), r.rank(), r.total(), factsOf.get(u.id()), review.year(),
                        ratingsOf.getOrDefault(u.id(), Map.of()), historyOf.getOrDefault(u.id(), List.of()),
                        u.id().equals(head), u.id().equals(deputy), attested, review.exclusions(u.id())));
            }
            review.votes().forEach(v -> session.insert(new Vote(v)));
            if (review.term() != null) {
                session.insert(new Term(head, deputy, false));
            }
            if (review.election() != null) {
                session.insert(new Term(review.election().head(), review.election().deputy(), true));
            }
            session.insert(new PactCheck(review.pact(), review.scheme()));
            fire(session, index.dated(), reviewPhases(), review.decisionDate());
        } catch (Throwable t) {
            discard(session);
            throw t;
        }
        session.dispose();
        return assemble(review, profile, ranking, outcomes, audit);
    }

    /**
     * Reviews a bloc in its mode: when the review records the bloc's decisions, appraises them (thẩm định: a
     * verdict per proposal, never replacing the decision); otherwise the rank-based suggestion, labelled as such.
     */
    public Appraisal appraise(BlocReview review) {
        return appraise(review, profileFor(review.profile()));
    }

    /** {@link #appraise(BlocReview)} with the given profile. */
    public Appraisal appraise(BlocReview review, Profile profile) {
        BlocReview linked = linkUnitReviews(Objects.requireNonNull(review, "review"), profile);
        return io.github.thidua.rules.engine.Appraiser.appraise(linked, reviewLinked(linked, profile), profile);
    }

    /**
     * Appraises a province: each bloc in its mode under its own profile, then the council's session (ballots against
     * the thresholds in force on the session date, the Government flags kept within the cap, the PM certificates
     * forwarded); without a recorded session the council's part is a suggestion, labelled as such.
     */
    public CouncilAppraisal appraise(ProvinceReview province) {
        Profile profile = profileFor(province.profile());
        ConsolidationResult consolidation = consolidate(province);
        List<Appraisal> blocs = new ArrayList<>();
        for (int i = 0; i < province.blocs().size(); i++) {
            BlocReview b = province.blocs().get(i);
            // the bloc's own profile, as its consolidation used it; the suggestion is the bloc's own review
            Profile own = profileFor(b.profile());
            blocs.add(io.github.thidua.rules.engine.Appraiser.appraise(b, review(b, own), own));
        }
        return io.github.thidua.rules.engine.CouncilAppraiser.appraise(province, consolidation, blocs, profile);
    }

    /** {@link #appraise(ProvinceReview)} with the given profile for the council and every bloc. */
    public CouncilAppraisal appraise(ProvinceReview province, Profile profile) {
        ConsolidationResult consolidation = consolidate(province, profile);
        List<Appraisal> blocs = new ArrayList<>();
        for (BlocReview b : province.blocs()) {
            blocs.add(appraise(b, profile));
        }
        return io.github.thidua.rules.engine.CouncilAppraiser.appraise(province, consolidation, blocs, profile);
    }

    /**
     * Consolidates a province: reviews every bloc, then applies the province-wide quotas (Government flags at
     * most a share of the province's bloc leaders; proposals cut fall back to the provincial flag).
     */
    public ConsolidationResult consolidate(ProvinceReview province) {
        return bounded(() -> consolidateUnbounded(province, profileFor(province.profile()), true));
    }

    /** Consolidates a province with the given profile (used for every bloc too). */
    public ConsolidationResult consolidate(ProvinceReview province, Profile profile) {
        return bounded(() -> consolidateUnbounded(province, profile, false));
    }

    /**
     * Consolidates with {@code profile} for the province-wide quotas; each bloc is reviewed under its own profile
     * when {@code blocsOwnProfiles} (and no engine-wide override is set), else under {@code profile}.
     */
    private ConsolidationResult consolidateUnbounded(ProvinceReview province, Profile profile, boolean blocsOwnProfiles) {
        List<ReviewResult> blocResults = new ArrayList<>();
        Map<UnitId, BlocReview> blocOf = new HashMap<>();
        for (BlocReview b : province.blocs()) {
            blocResults.add(review(b, blocsOwnProfiles ? profileFor(b.profile()) : profile));
            b.bloc().members().forEach(u -> blocOf.put(u.id(), b));
        }
        // The quota's base: every leader the blocs chose (Công văn 5007/BNV-TĐKT), whatever award it ends up with.
        int leaders = blocResults.stream().mapToInt(r -> r.leaders().size()).sum();
        List<GovernmentFlagProposal> proposals = new ArrayList<>();
        record Candidate(BlocReview bloc, ReviewResult result, UnitId unit, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < blocResults.size(); i++) {
            ReviewResult r = blocResults.get(i);
            BlocReview b = province.blocs().get(i);
            for (Decision d : r.decisions()) {
                if (d.award() == AwardType.GOVERNMENT_FLAG && d.outcome() == Outcome.RECOMMENDED) {
                    BigDecimal total = r.ranking().of(d.unit()).orElseThrow().total();
                    BigDecimal base = b.scheme() == null ? BigDecimal.ONE : b.scheme().maxBase();
                    candidates.add(new Candidate(b, r, d.unit(), total.divide(base, MathContext.DECIMAL64).doubleValue()));
                }
            }
        }
        // Province-wide order of proposals: normalised score (blocs use different bases), then bloc and unit id.
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.bloc().bloc().id()).thenComparing(Candidate::unit));
        // Each proposal with the awards its bloc set aside for the same achievement: the council's rules choose the
        // award it falls back to if the cap cuts it.
        List<SetAside> setAside = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            proposals.add(new GovernmentFlagProposal(c.bloc().bloc().id(), c.unit(), i + 1, c.score()));
            for (Decision d : c.result().decisionsFor(c.unit())) {
                if (d.outcome() == Outcome.ELIGIBLE_NOT_SELECTED && !d.reasons().isEmpty()
                        && d.reasons().get(0).kind() == Reason.Kind.SUPERSEDED) {
                    setAside.add(new SetAside(d.unit(), d.award()));
                }
            }
        }
        Regime regime = province.blocs().get(0).regime();
        RuleIndex index = index(regime);
        Outcomes outcomes = new Outcomes(index.byRule(), new io.github.thidua.rules.facts.CitationScope(
                ReviewTimeline.period(province), province.decisionDate(), profile.chain()), basisCache);
        AuditListener audit = new AuditListener();
        ProvinceContext ctx = new ProvinceContext(regime, province.year(),
                province.decisionDate(), leaders);
        KieSession session = newSession(ctx.getRegime());
        try {
            session.setGlobal("outcomes", outcomes);
            if (auditTrail) {
                session.addEventListener(audit);
            }
            session.insert(ctx);
            insertParameters(session, profile, province.year(), 1);
            proposals.forEach(session::insert);
            setAside.forEach(session::insert);
            fire(session, index.dated(), List.of(Phase.CONSOLIDATION), province.decisionDate());
        } catch (Throwable t) {
            discard(session);
            throw t;
        }
        session.dispose();
        // Apply the council's decisions to the blocs' results.
        List<ReviewResult> consolidated = new ArrayList<>();
        for (ReviewResult r : blocResults) {
            List<Decision> decisions = new ArrayList<>();
            for (Decision d : r.decisions()) {
                Outcomes.CaseRecord council = outcomes.cases().get(new Outcomes.Case(d.unit(), d.award()));
                if (council == null) {
                    decisions.add(d);
                } else {
                    // When the council changes the outcome its reason leads; a council note follows the bloc's.
                    List<Reason> reasons = new ArrayList<>();
                    if (council.outcome() != null) {
                        reasons.addAll(council.reasons());
                        reasons.addAll(d.reasons());
                    } else {
                        reasons.addAll(d.reasons());
                        reasons.addAll(council.reasons());
                    }
                    Outcome o = council.outcome() != null ? council.outcome() : d.outcome();
                    decisions.add(new Decision(d.unit(), d.award(), o, reasons, d.unmet()));
                }
            }
            consolidated.add(r.afterCouncil(decisions, outcomes.quotas()));
        }
        ConsolidationResult.GovernmentFlagQuota quota = governmentFlagQuota(outcomes, leaders, proposals.size());
        List<Finding> findings = new ArrayList<>(outcomes.findings());
        Warning uncited = outcomes.scope().warning();
        if (uncited != null) {
            findings.add(new Finding(uncited.code(), Severity.WARNING, null, "", io.github.thidua.core.law.Certainty.CONFIRMED, uncited.vi(),
                    uncited.en()));
        }
        ReviewTimeline.report(province, profile, findings);
        return new ConsolidationResult(province.province(), province.year(), ctx.getRegime(),
                ReviewTimeline.citations(province, profile), province.decisionDate(), profile.name(), consolidated, quota,
                findings, audit.entries(), rulePack);
    }

    /**
     * The province's Government-flag quota figures, as the council's rules stated and applied the cap: the reason is
     * the first cut proposal's (it states the cap), else the first kept one's, else the rule that stated the cap.
     */
    private static ConsolidationResult.GovernmentFlagQuota governmentFlagQuota(Outcomes outcomes, int leaders,
                                                                               int proposed) {
        Quota cap = outcomes.quotas().stream().filter(q -> q.kind() == QuotaKind.PROVINCE_GOVERNMENT_FLAG).findFirst()
                .orElse(null);
        io.github.thidua.rules.facts.GovernmentFlagCap stated = outcomes.governmentFlagCap();
        if (cap == null || stated == null) {
            // a pack without a cap rule: nothing was kept or cut
            return new ConsolidationResult.GovernmentFlagQuota(leaders, null, 0, proposed, 0, null);
        }
        int confirmed = (int) cap.positions().stream().filter(p -> p.status() == QuotaPosition.Status.WITHIN).count();
        Reason reason = cap.positions().stream().filter(p -> p.status() == QuotaPosition.Status.OUTSIDE)
                .map(QuotaPosition::reason).findFirst()
                .orElse(cap.positions().stream().map(QuotaPosition::reason).findFirst().orElse(null));
        return new ConsolidationResult.GovernmentFlagQuota(stated.leaders(), stated.share().getDecimalValue(),
                stated.cap(), proposed, confirmed, reason);
    }

    /**
     * The profile a scenario names: a bundled one. A profile file named by a document is never opened here (the
     * document may come from a request; the engine does not know where it was read): the caller loads it with
     * {@link Profiles#fromFile} and uses {@link #review(BlocReview, Profile)}.
     */
    private Profile profileFor(String name) {
        if (profileOverride != null) {
            return profileOverride;
        }
        if (name != null && name.endsWith(".json")) {
            throw new IllegalArgumentException("the scenario names the profile file '" + name + "'; the engine does"
                    + " not open files named by a document: load it with Profiles.fromFile and pass it to"
                    + " review(review, profile)");
        }
        return Profiles.resolve(name, null);
    }

    /** Parameters are read as of 31 December of the achievement year, so they follow the year's regime. */
    private void insertParameters(KieSession session, Profile profile, int year, int blocSize) {
        ParamKey key = new ParamKey(profile, year, blocSize);
        List<Param> list = params.get(key);
        if (list == null) {
            LocalDate on = LocalDate.of(year, 12, 31);
            List<Param> resolved = new ArrayList<>();
            for (String name : profile.names()) {
                profile.find(name, on, blocSize).ifPresent(p -> resolved.add(new Param(p)));
            }
            list = List.copyOf(resolved);
            if (params.size() < MAX_CACHED_PARAMETER_SETS) {
                params.put(key, list);
            }
        }
        for (Param p : list) {
            session.insert(p);
        }
    }

    /**
     * The parameters of a profile for a year and bloc size, resolved once: profiles and {@link Param} facts are
     * immutable, so concurrent sessions share them. Keyed by the profile's identity; bounded.
     */
    private final Map<ParamKey, List<Param>> params = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_PARAMETER_SETS = 4096;

    private record ParamKey(Profile profile, int year, int blocSize) {
    }

    private static List<Phase> reviewPhases() {
        return List.of(Phase.values());
    }

    private static void fire(KieSession session, Map<Rule, RuleInfo> datedRules, List<?> phases, LocalDate decisionDate) {
        // Each phase is a DRL ruleflow-group, which the executable model turns into the agenda group of that name
        // (KiePackagesBuilder); without a process, giving it the focus activates it. Focus is a stack: push the last
        // phase first so the first phase runs first.
        for (int i = phases.size() - 1; i >= 0; i--) {
            Object p = phases.get(i);
            String group = p instanceof Phase ph ? ph.group() : p.toString();
            org.kie.api.runtime.rule.AgendaGroup g = session.getAgenda().getAgendaGroup(group);
            if (g != null) {
                // a pack without rules in a phase has no such group
                g.setFocus();
            }
        }
        if (datedRules.isEmpty()) {
            session.fireAllRules();
            return;
        }
        AgendaFilter effective = match -> {
            RuleInfo info = datedRules.get(match.getRule());
            return info == null || info.effectiveOn(decisionDate);
        };
        session.fireAllRules(effective);
    }

    private static final AwardType[] AWARDS = AwardType.values();

    /** A table of a unit's conditions: one list per award, then the general ones; lists are made when needed. */
    @SuppressWarnings("unchecked")
    private static List<Condition>[] newConditionTable() {
        return new List[AWARDS.length + 1];
    }

    /** Adds to {@code out} the reasons of the conditions of {@code award} met (or unmet): the award's, then general. */
    private static void addConditions(List<Condition>[] byAward, AwardType award, boolean met, List<Reason> out) {
        if (byAward == null) {
            return;
        }
        addConditions(byAward[award.ordinal()], met, out);
        addConditions(byAward[AWARDS.length], met, out);
    }

    private static void addConditions(List<Condition> conditions, boolean met, List<Reason> out) {
        if (conditions != null) {
            for (Condition c : conditions) {
                if (c.isMet() == met) {
                    out.add(c.getReason());
                }
            }
        }
    }

    /**
     * The deciding reason (the first) of an award or an eligibility rests on the conditions the unit met (the reasons
     * from index {@code from} on): it takes the weakest of their certainties, and the anchor of the assumption it
     * rests on. An eligibility resting on an assumption is an assumption even when the unit is then not selected.
     */
    private static void restOnConditions(List<Reason> reasons, int from) {
        if (reasons.isEmpty()) {
            return;
        }
        Reason deciding = reasons.get(0);
        for (int i = Math.max(1, from); i < reasons.size(); i++) {
            Reason c = reasons.get(i);
            deciding = deciding.restingOn(c.certainty(), c.assumption());
        }
        reasons.set(0, deciding);
    }

    private ReviewResult assemble(BlocReview review, Profile profile, Ranking ranking, Outcomes outcomes,
                                  AuditListener audit) {
        // Decisions are ordered by rank, then award precedence: each ranked unit's position in the ranking gives its
        // row of slots, one per award; units outside the ranking (none in a review) follow, by award.
        Map<UnitId, Integer> positionOf = new HashMap<>(2 * ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            positionOf.put(ranking.units().get(i).unit(), i);
        }
        // Each unit's conditions by award (index AWARDS.length: the general ones), in the order derived.
        Map<UnitId, List<Condition>[]> conditionsOf = new HashMap<>(2 * ranking.size());
        for (Condition c : outcomes.conditions()) {
            List<Condition>[] byAward = conditionsOf.get(c.getUnitId());
            if (byAward == null) {
                byAward = newConditionTable();
                conditionsOf.put(c.getUnitId(), byAward);
            }
            int slot = c.getAward() == null ? AWARDS.length : c.getAward().ordinal();
            if (byAward[slot] == null) {
                byAward[slot] = new ArrayList<>(4);
            }
            byAward[slot].add(c);
        }
        Decision[] slots = new Decision[ranking.size() * AWARDS.length];
        List<Decision> unranked = new ArrayList<>();
        Map<UnitId, Unit> memberOf = null;
        int count = 0;
        for (Map.Entry<Outcomes.Case, Outcomes.CaseRecord> e : outcomes.cases().entrySet()) {
            Outcomes.CaseRecord rec = e.getValue();
            if (rec.outcome() == null) {
                continue;
            }
            UnitId unit = e.getKey().unit();
            AwardType award = e.getKey().award();
            List<Reason> reasons = rec.reasons();
            List<Reason> unmet = List.of();
            // An award lists the conditions met, a refusal those unmet: the award's own conditions first, then the
            // general ones, each in the order derived.
            if (rec.outcome().isAward()) {
                addConditions(conditionsOf.get(unit), award, true, reasons);
                restOnConditions(reasons, 1);
            } else if (rec.outcome() == Outcome.ELIGIBLE_NOT_SELECTED) {
                // eligible, then cut (a quota, a higher award): the eligibility rests on the conditions met
                List<Reason> met = new ArrayList<>();
                addConditions(conditionsOf.get(unit), award, true, met);
                reasons.addAll(met);
                restOnConditions(reasons, reasons.size() - met.size());
                reasons.subList(reasons.size() - met.size(), reasons.size()).clear();
            } else if (rec.outcome() == Outcome.NOT_ELIGIBLE) {
                unmet = new ArrayList<>();
                addConditions(conditionsOf.get(unit), award, false, unmet);
            }
            Decision d = new Decision(unit, award, rec.outcome(), reasons, unmet);
            if (rec.outcome() == Outcome.RECOMMENDED) {
                if (memberOf == null) {
                    memberOf = new HashMap<>(2 * review.bloc().size());
                    for (Unit u : review.bloc().members()) {
                        memberOf.putIfAbsent(u.id(), u);
                    }
                }
                d = io.github.thidua.rules.engine.AuthorityCheck.addressed(review, memberOf.get(unit), d);
            }
            Integer position = positionOf.get(unit);
            if (position == null) {
                unranked.add(d);
            } else {
                slots[position * AWARDS.length + award.ordinal()] = d;
                count++;
            }
        }
        List<Decision> decisions = new ArrayList<>(count + unranked.size());
        for (Decision d : slots) {
            if (d != null) {
                decisions.add(d);
            }
        }
        unranked.sort(Comparator.comparingInt(d -> d.award().ordinal()));
        decisions.addAll(unranked);

        List<Warning> warnings = new ArrayList<>(outcomes.warnings());
        if (review.illustrative()) {
            warnings.add(new Warning("ILLUSTRATIVE_DATA", "Dữ liệu minh họa (một phần do tự đặt): " + Objects.toString(review.note(), ""),
                    "Illustrative data (partly invented): " + Objects.toString(review.note(), "")));
        }
        if (review.stage() == Stage.MID_YEAR) {
            warnings.add(new Warning("MID_YEAR_NO_AWARDS", "Sơ kết giữa năm: chỉ xếp hạng, không xét khen thưởng",
                    "Mid-year review: ranking and progress only, no award decisions"));
        }
        // In unit-id order, so that the result does not depend on the order of the members in the input.
        java.util.Set<UnitId> scored = new java.util.HashSet<>();
        review.scorecards().forEach(c -> scored.add(c.unit()));
        for (Unit u : review.bloc().members().stream().sorted(Comparator.comparing(Unit::id)).toList()) {
            if (review.scheme() != null && !scored.contains(u.id()) && review.stage() != Stage.PACT) {
                warnings.add(new Warning("NO_SCORECARD", "Đơn vị " + u.id() + " không có bảng điểm: tính 0 điểm",
                        "Unit " + u.id() + " has no scorecard: it scores 0"));
            }
        }
        NextTerm next = null;
        if (review.stage() == Stage.YEAR_END) {
            next = new NextTerm(review.year() + 1, outcomes.nextHead(), outcomes.nextDeputy(), outcomes.nextElected(),
                    outcomes.termReasons());
            if (outcomes.nextHead() != null && outcomes.nextDeputy() == null) {
                warnings.add(new Warning("NO_DEPUTY", "Chưa ghi nhận Phó khối năm " + (review.year() + 1),
                        "No deputy recorded for " + (review.year() + 1)));
            }
        }
        Warning uncited = outcomes.scope() == null ? null : outcomes.scope().warning();
        if (uncited != null) {
            warnings.add(uncited);
        }
        List<Finding> findings = new ArrayList<>(outcomes.findings());
        ReviewTimeline.report(review, profile, warnings, findings);
        return new ReviewResult(review.regime(), ReviewTimeline.citations(review, profile),
                review.bloc().province(), review.bloc().id(), review.bloc().name(), review.year(), review.stage(),
                review.decisionDate(), profile.name(),
                review.stage() == Stage.PACT ? new Ranking(List.of()) : ranking, // nothing is scored at the pact
                decisions, outcomes.leaders().stream().sorted(Comparator.comparing(u -> positionOf.get(u))).toList(),
                next, findings, warnings,
                audit.entries(), rulePack, UnitSummary.of(review, review.stage() != Stage.PACT), outcomes.quotas());
    }
}
