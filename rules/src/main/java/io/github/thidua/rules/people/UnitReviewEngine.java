package io.github.thidua.rules.people;

import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.CouncilBallot;
import io.github.thidua.core.people.Gender;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Person;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.facts.Param;
import io.github.thidua.rules.facts.people.PeopleContext;
import io.github.thidua.rules.facts.people.PeopleOutcomes;
import io.github.thidua.rules.facts.people.PersonCondition;
import io.github.thidua.rules.facts.people.PersonFact;
import io.github.thidua.rules.facts.people.QuotaSlot;
import io.github.thidua.rules.facts.people.RatingCounts;
import io.github.thidua.rules.pack.KieBases;
import io.github.thidua.rules.pack.PeriodBases;
import io.github.thidua.rules.pack.PrebuiltKieBase;
import io.github.thidua.rules.pack.RuleMetadata;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs an agency's year-end review of its people: the individuals rules of the bundled pack decide each person's
 * case for every title and form (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, cấp tỉnh, toàn quốc, Giấy khen,
 * Bằng khen), the 15 % cap before 2024, the council's ballots, and one initiative per award; then the collective's
 * member statistics are derived from the people and the unit's collective titles decided by the bloc rules, and the
 * bonus amounts computed.
 *
 * <p>Phases, each a DRL {@code ruleflow-group} fired in turn (given the focus, as in {@code Engine}): {@code people-standard} (Lao động tiên tiến, exclusions, the share
 * of excellent ratings), {@code people-standard-decide}, {@code people-fighter} (Chiến sĩ thi đua cơ sở),
 * {@code people-fighter-decide}, {@code people-quota} (the cap, before 2024), {@code people-higher} (higher titles
 * and forms; an initiative goes to the highest award first), {@code people-higher-decide}.
 *
 * <p>Thread-safe: every review runs in its own session.
 */
public final class UnitReviewEngine {
    /** The phases ({@code ruleflow-group} names), in firing order. */
    public static final List<String> PHASES = List.of("people-standard", "people-standard-decide", "people-fighter",
            "people-fighter-decide", "people-quota", "people-higher", "people-higher-decide");
    /** The parameters the individuals rules join on. */
    public static final List<String> PARAMETERS = List.of("people.grassrootsFighterMaxPercent",
            "people.councilVotePercent.grassrootsFighter", "people.councilVotePercent.provincialOrNational",
            "people.excellentRatingSharePercent", "people.excellentRatingSharePercentOutstandingUnit");

    private final PeriodBases bases;
    private final Engine collectiveEngine;

    /** An engine on the bundled pack (pre-compiled when available). */
    public UnitReviewEngine() {
        this(Engine.builder().build());
    }

    /**
     * An engine that decides the collective titles with {@code collectiveEngine}; the individuals rules always come
     * from the bundled pack.
     */
    public UnitReviewEngine(Engine collectiveEngine) {
        this.collectiveEngine = Objects.requireNonNull(collectiveEngine, "collectiveEngine");
        this.bases = PrebuiltKieBase.get().orElseGet(() -> Holder.COMPILED);
    }

    private static final class Holder {
        static final PeriodBases COMPILED = KieBases.compile(RulePack.bundled());
    }

    /** Reviews {@code review} with its own (bundled) profile. */
    public UnitReviewResult review(UnitReview review) {
        return review(review, Profiles.bundled(review.profile()));
    }

    /** Reviews {@code review} with {@code profile}. */
    public UnitReviewResult review(UnitReview review, Profile profile) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(profile, "profile");
        PeopleContext ctx = new PeopleContext(review.year(), review.effectiveReviewDate(), review.unit().kind(),
                review.councilMembers());
        PeopleOutcomes out = new PeopleOutcomes();
        List<String> audit = new ArrayList<>();
        Map<String, PersonFact> facts = new LinkedHashMap<>();
        // The individuals package belongs to every period: the pre-built pack keeps it in a KieBase of its own; a
        // compiled pack in each period's KieBase, whose collective rules are not activated here (only the people
        // phases get the focus).
        KieSession session = bases.people(ctx.getRegime()).newKieSession();
        // Reasons cite only documents of the period in force on the decision date (rules build them statically).
        io.github.thidua.rules.facts.CitationScope scope = new io.github.thidua.rules.facts.CitationScope(
                io.github.thidua.core.law.LegalPeriod.of(review.year(), null, review.effectiveDecisionDate()),
                review.effectiveDecisionDate(), profile.chain());
        try {
            session.setGlobal("people", out);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    audit.add(RuleMetadata.ruleId(event.getMatch().getRule()));
                }
            });
            session.insert(ctx);
            for (String name : PARAMETERS) {
                profile.find(name, ctx.getReviewDate(), review.people().size())
                        .ifPresent(p -> session.insert(new Param(p)));
            }
            int order = 0;
            int excellent = 0;
            int goodOrBetter = 0;
            for (Person p : review.people()) {
                Map<IndividualAward, Integer> votes = new EnumMap<>(IndividualAward.class);
                for (CouncilBallot b : review.ballots()) {
                    if (b.person().equals(p.id())) {
                        votes.put(b.award(), b.votesFor());
                    }
                }
                PersonFact f = new PersonFact(p, review.year(), order++, votes);
                facts.put(p.id(), f);
                session.insert(f);
                excellent += p.ratedAtLeast(review.year(), TaskRating.EXCELLENT) ? 1 : 0;
                goodOrBetter += p.ratedAtLeast(review.year(), TaskRating.GOOD) ? 1 : 0;
            }
            session.insert(new RatingCounts(excellent, goodOrBetter, review.outstandingUnit()));
            for (String phase : PHASES) {
                if (phase.equals("people-quota")) {
                    insertQuotaSlots(session, review, facts, profile, ctx);
                }
                session.getAgenda().getAgendaGroup(phase).setFocus();
                scope.during(session::fireAllRules);
            }
        } finally {
            session.dispose();
        }
        io.github.thidua.rules.Warning uncited = scope.warning();
        if (uncited != null) {
            out.finding(io.github.thidua.rules.Severity.WARNING, new Reason(uncited.code(), "", io.github.thidua.core.law.Certainty.CONFIRMED,
                    uncited.vi(), uncited.en(), Reason.Kind.NOTE));
        }
        List<PersonDecision> decisions = assemble(review, out, facts);
        MemberStatistics stats = statistics(review, decisions);
        List<Decision> collective = List.of();
        List<Finding> collectiveFindings = List.of();
        if (review.facts() != null && review.unitRating() != null) {
            ReviewResult r = collectiveEngine.review(collectiveBloc(review, stats), profile);
            collective = unitScope(r.decisions().stream()
                    .filter(d -> d.award() == AwardType.ADVANCED_LABOUR_COLLECTIVE
                            || d.award() == AwardType.EXCELLENT_LABOUR_COLLECTIVE)
                    .toList(), ctx.getRegime(), scope);
            collectiveFindings = r.findings();
        }
        List<BonusLine> bonuses = Bonuses.compute(review, decisions, collective, profile);
        return new UnitReviewResult(ctx.getRegime(), ctx.getRegime().decree(ctx.getReviewDate()).document(),
                review.year(), review.unit().id().value(), review.unit().name(), ctx.getReviewDate(),
                review.effectiveDecisionDate(), decisions, out.findings(), stats, collective, collectiveFindings,
                bonuses, Bonuses.total(bonuses), audit);
    }

    /**
     * The places of the grassroots-fighter candidates in the cap (regime 2017): by the council's votes, most first
     * (no ballot counts last), then women first (Nghị định 91/2017/NĐ-CP, Điều 3: priority for women on a tie),
     * then the unit's order. The cap itself and its rounding are the rule's (CSTDCS17_QUOTA).
     */
    private static void insertQuotaSlots(KieSession session, UnitReview review, Map<String, PersonFact> facts,
                                         Profile profile, PeopleContext ctx) {
        if (ctx.getRegime() != io.github.thidua.core.law.Regime.REGIME_2017) {
            return;
        }
        var pct = profile.find("people.grassrootsFighterMaxPercent", ctx.getReviewDate(), review.people().size());
        if (pct.isEmpty()) {
            return;
        }
        int base = (int) facts.values().stream().filter(f -> f.isEligible(IndividualAward.ADVANCED_LABOUR)).count();
        int cap = pct.get().decimalValue().multiply(BigDecimal.valueOf(base))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValueExact();
        List<PersonFact> candidates = facts.values().stream()
                .filter(f -> f.isEligible(IndividualAward.GRASSROOTS_FIGHTER))
                .sorted(Comparator.comparing((PersonFact f) -> {
                    Integer v = f.votes(IndividualAward.GRASSROOTS_FIGHTER);
                    return v == null ? -1 : v;
                }).reversed().thenComparing(f -> !f.isFemale()).thenComparing(PersonFact::getOrder))
                .toList();
        for (int i = 0; i < candidates.size(); i++) {
            session.insert(new QuotaSlot(candidates.get(i).getId(), IndividualAward.GRASSROOTS_FIGHTER, i + 1, cap, base,
                    candidates.size()));
        }
    }

    private static List<PersonDecision> assemble(UnitReview review, PeopleOutcomes out, Map<String, PersonFact> facts) {
        Map<String, Map<IndividualAward, List<PersonCondition>>> byPerson = new LinkedHashMap<>();
        Map<String, List<PersonCondition>> general = new LinkedHashMap<>();
        for (PersonCondition c : out.conditions()) {
            if (c.award() == null) {
                general.computeIfAbsent(c.person(), k -> new ArrayList<>()).add(c);
            } else {
                byPerson.computeIfAbsent(c.person(), k -> new EnumMap<>(IndividualAward.class))
                        .computeIfAbsent(c.award(), k -> new ArrayList<>()).add(c);
            }
        }
        List<PersonDecision> decisions = new ArrayList<>();
        for (Person p : review.people()) {
            var awards = byPerson.getOrDefault(p.id(), Map.of());
            for (IndividualAward award : IndividualAward.values()) {
                List<PersonCondition> conds = new ArrayList<>(general.getOrDefault(p.id(), List.of()));
                conds.addAll(awards.getOrDefault(award, List.of()));
                if (awards.get(award) == null) {
                    continue;
                }
                boolean standardUnmet = conds.stream().anyMatch(c -> !c.met()
                        && c.kind() != PersonCondition.Kind.QUOTA && c.kind() != PersonCondition.Kind.BALLOT);
                boolean notSelected = conds.stream().anyMatch(c -> !c.met());
                boolean pending = conds.stream().anyMatch(c -> c.kind() == PersonCondition.Kind.BALLOT_PENDING);
                PersonOutcome outcome = standardUnmet ? PersonOutcome.NOT_ELIGIBLE
                        : notSelected ? PersonOutcome.NOT_SELECTED
                        : pending ? PersonOutcome.AWAITING_BALLOT : PersonOutcome.RECOMMENDED;
                boolean eligibleFact = facts.get(p.id()).isEligible(award);
                if (outcome != PersonOutcome.NOT_ELIGIBLE && outcome != PersonOutcome.NOT_SELECTED && !eligibleFact) {
                    // defensive: a decide rule did not confirm it
                    outcome = PersonOutcome.NOT_ELIGIBLE;
                }
                List<String> initiatives = new ArrayList<>();
                for (PersonCondition c : conds) {
                    if (c.initiative() != null) {
                        if (outcome == PersonOutcome.RECOMMENDED || outcome == PersonOutcome.AWAITING_BALLOT) {
                            initiatives.addAll(Arrays.asList(c.initiative().split(",")));
                        } else {
                            out.release(c.initiative());
                        }
                    }
                }
                List<Reason> reasons = conds.stream().map(PersonCondition::reason).toList();
                List<Reason> unmet = conds.stream().filter(c -> !c.met()).map(PersonCondition::reason).toList();
                boolean attested = conds.stream().anyMatch(c -> c.met() && c.kind() == PersonCondition.Kind.ATTESTED);
                decisions.add(new PersonDecision(p.id(), p.name(), award, outcome, reasons, unmet, initiatives,
                        attested, DecidingAuthority.of(award, review.unit().kind(), review.effectiveDecisionDate(),
                        io.github.thidua.core.law.Regime.forAchievementYear(review.year())), pending));
            }
        }
        return decisions;
    }

    /**
     * The collective's member statistics from its people: headcount; members who completed their tasks (rated
     * "hoàn thành nhiệm vụ" or better); Lao động tiên tiến and Chiến sĩ thi đua cơ sở holders (recommended by this
     * review); members disciplined at warning or above during the year; women.
     */
    public static MemberStatistics statistics(UnitReview review, List<PersonDecision> decisions) {
        int year = review.year();
        int completed = (int) review.people().stream().filter(p -> p.ratedAtLeast(year, TaskRating.COMPLETED)).count();
        int advanced = (int) decisions.stream().filter(d -> d.award() == IndividualAward.ADVANCED_LABOUR
                && d.outcome() == PersonOutcome.RECOMMENDED).count();
        int fighters = (int) decisions.stream().filter(d -> d.award() == IndividualAward.GRASSROOTS_FIGHTER
                && d.outcome() == PersonOutcome.RECOMMENDED).count();
        int disciplined = (int) review.people().stream()
                .filter(p -> p.disciplineIn(year).map(d -> d.level().warningOrAbove()).orElse(false)).count();
        int women = (int) review.people().stream().filter(p -> p.gender() == Gender.FEMALE).count();
        return new MemberStatistics(review.people().size(), completed, advanced, fighters, disciplined, women);
    }

    /**
     * The bloc rules, run on a one-member bloc, may set the unit's own titles aside for a bloc award (a flag or a
     * certificate the bloc would propose). A unit review decides only the unit's own titles: a title eligible but set
     * aside for a bloc award is recommended; Tập thể lao động tiên tiến stays set aside when Tập thể lao động xuất sắc
     * is recommended for the same year (one achievement, one award).
     */
    static List<Decision> unitScope(List<Decision> decisions, io.github.thidua.core.law.Regime regime,
                                    io.github.thidua.rules.facts.CitationScope scope) {
        boolean b = regime == io.github.thidua.core.law.Regime.REGIME_2024;
        boolean excellent = decisions.stream().anyMatch(d -> d.award() == AwardType.EXCELLENT_LABOUR_COLLECTIVE
                && d.unmet().isEmpty() && d.outcome() != io.github.thidua.rules.Outcome.NOT_ELIGIBLE);
        List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            // the bloc rules address an eligible title to its deciding authority (ELIGIBLE_OTHER_AUTHORITY): in the
            // unit's own review that is the proposal it makes
            if (d.outcome() == io.github.thidua.rules.Outcome.ELIGIBLE_OTHER_AUTHORITY && d.unmet().isEmpty()) {
                out.add(new Decision(d.unit(), d.award(), io.github.thidua.rules.Outcome.RECOMMENDED, d.reasons().stream()
                        .filter(x -> !"AUTH_OTHER_AUTHORITY".equals(x.ruleId())).toList(), d.unmet()));
                continue;
            }
            if (d.outcome() != io.github.thidua.rules.Outcome.ELIGIBLE_NOT_SELECTED || !d.unmet().isEmpty()) {
                out.add(d);
                continue;
            }
            List<Reason> reasons = new ArrayList<>(d.reasons().stream()
                    .filter(x -> x.kind() != Reason.Kind.SUPERSEDED).toList());
            // one achievement, one form; the scope keeps the documents in force on the decision date
            String ids = b ? "LAW_2022:27; LAW_2022:28; ND_98_2023:4; ND_152_2025:4"
                    : "LAW_2003:27; LAW_2003:28; TT_08_2017; TT_12_2019";
            if (d.award() == AwardType.ADVANCED_LABOUR_COLLECTIVE && excellent) {
                reasons.add(0, scope.reason("UNIT_REVIEW_SCOPE", ids, io.github.thidua.core.law.Certainty.CONFIRMED,
                        "Đủ tiêu chuẩn, nhưng cùng thành tích năm nay đơn vị được đề nghị Tập thể lao động xuất sắc",
                        "Meets the standard, but the same year's achievement is proposed for Excellent Labour Collective",
                        Reason.Kind.DECIDING));
                out.add(new Decision(d.unit(), d.award(), d.outcome(), reasons, d.unmet()));
            } else {
                reasons.add(0, scope.reason("UNIT_REVIEW_SCOPE", ids, io.github.thidua.core.law.Certainty.CONFIRMED,
                        "Đủ tiêu chuẩn; bình xét trong cơ quan chỉ xét danh hiệu của chính đơn vị (Cờ thi đua, Bằng khen do khối, cụm đề nghị)",
                        "Meets the standard; a unit review decides only the unit's own titles (flags and certificates are proposed by its bloc)",
                        Reason.Kind.DECIDING));
                out.add(new Decision(d.unit(), d.award(), io.github.thidua.rules.Outcome.RECOMMENDED, reasons, d.unmet()));
            }
        }
        return out;
    }

    /** A one-member year-end bloc review that lets the bloc rules decide the unit's collective titles. */
    static BlocReview collectiveBloc(UnitReview review, MemberStatistics stats) {
        CollectiveFacts f = review.facts();
        Bloc bloc = new Bloc(BlocId.of(review.unit().id().value()), review.unit().name(), BlocKind.KHOI,
                review.province(), null, List.of(review.unit()));
        UnitYearFacts facts = new UnitYearFacts(review.unit().id(), review.year(), f.targetsExceeded(),
                f.partyCleanStrong(), f.solidarity(), f.underDisciplineReview(), f.underInvestigation(),
                f.pendingComplaint(), f.pressIssueUnderVerification(), f.disciplineEndedOn(), stats,
                f.partyOrganisationExcellent());
        List<io.github.thidua.core.Attestation> attestations = f.attested().stream()
                .map(c -> new io.github.thidua.core.Attestation(review.unit().id(), review.year(), c, true,
                        "unit review")).toList();
        return new BlocReview(Stage.YEAR_END, review.year(), review.reviewDate(), bloc, null, null, null, List.of(),
                List.of(new YearRating(review.unit().id(), review.year(), review.unitRating())), List.of(facts),
                List.of(), List.of(), null, review.profile(), review.illustrative(), null, null, null, List.of(),
                attestations);
    }
}
