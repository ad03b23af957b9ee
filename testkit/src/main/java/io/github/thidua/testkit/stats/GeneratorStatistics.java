package io.github.thidua.testkit.stats;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Outcome;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.law.Perturbations;
import io.github.thidua.testkit.reference.ReferenceConsolidation;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import io.github.thidua.testkit.reference.ReferenceResult;
import io.github.thidua.testkit.reference.Requirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How often the generators reach each outcome and each law's interesting branch, measured with the reference
 * evaluator (fast, and in agreement with the engine by the differential law) on a fixed number of generated cases.
 *
 * <p>Every branch is a yes/no question asked of each case; its share is the fraction of cases (of the kind it is
 * asked of) where the answer is yes. Outcome branches ask, per award and outcome, whether some unit of a year-end
 * bloc review reaches it; law branches ask whether a case exercises what a law is about (a binding quota, a unit
 * cut by the one-award rule, an excluded unit, a tie in totals, a threshold met or missed by one, a monotonicity
 * probe that changes the unit's award, a regime or decree date, an election refused, a council cap that binds…).
 */
public final class GeneratorStatistics {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int blocCases;
    private int provinceCases;

    private GeneratorStatistics() {
    }

    /**
     * Generates and classifies cases.
     *
     * @param config        what to generate
     * @param blocCases     bloc cases to draw
     * @param provinceCases province cases to draw
     * @param seed          the seed
     * @return the statistics
     */
    public static GeneratorStatistics measure(GenConfig config, int blocCases, int provinceCases, long seed) {
        GeneratorStatistics s = new GeneratorStatistics();
        ReferenceEvaluator reference = new ReferenceEvaluator();
        // The same samples the suite's search draws from this seed.
        Generators.blocCases(config).samples(seed, blocCases).forEach(c -> s.bloc(c, reference));
        if (provinceCases > 0) {
            Generators.provinceCases(config).samples(seed, provinceCases).forEach(c -> s.province(c, reference));
        }
        return s;
    }

    /**
     * The branches and their shares, in a stable order.
     *
     * @return branch name → share of the cases it is asked of (0..1)
     */
    public Map<String, Double> shares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((k, v) -> shares.put(k, v[1] == 0 ? 0.0 : (double) v[0] / v[1]));
        return shares;
    }

    /**
     * The branches reached by fewer than {@code minShare} of their cases.
     *
     * @param minShare e.g. 0.05
     * @return the rare branches with their shares
     */
    public Map<String, Double> below(double minShare) {
        Map<String, Double> rare = new LinkedHashMap<>();
        shares().forEach((k, v) -> {
            if (v < minShare) {
                rare.put(k, v);
            }
        });
        return rare;
    }

    /** @return a table of every branch with its share */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("generator statistics: ").append(blocCases).append(" bloc cases, ").append(provinceCases)
                .append(" province cases\n");
        counts.forEach((k, v) -> sb.append(String.format("  %5.1f %%  %-78s (%d/%d)%n",
                v[1] == 0 ? 0.0 : 100.0 * v[0] / v[1], k, v[0], v[1])));
        return sb.toString();
    }

    private void count(String branch, boolean reached) {
        int[] c = counts.computeIfAbsent(branch, k -> new int[2]);
        c[1]++;
        if (reached) {
            c[0]++;
        }
    }

    // ------------------------------------------------------------------ bloc cases

    private void bloc(BlocCase c, ReferenceEvaluator reference) {
        blocCases++;
        BlocReview review = c.review();
        Profile profile = c.profile();
        ReferenceResult r = reference.evaluate(review, profile);
        boolean yearEnd = review.stage() == Stage.YEAR_END;
        count("stage: MID_YEAR review (stage)", review.stage() == Stage.MID_YEAR);
        count("regime: 2017 (regime-partition)", review.regime() == Regime.REGIME_2017);
        count("regime: 2024 (regime-partition)", review.regime() == Regime.REGIME_2024);
        LocalDate d = review.decisionDate();
        if (review.regime() == Regime.REGIME_2017) {
            count("decree date: regime 2017 decided up to 31/12/2019, Circular 08/2017 (regime-partition)",
                    d.isBefore(LocalDate.of(2020, 1, 1)));
        } else {
            count("decree date: regime 2024 decided from 01/07/2025, Decree 152/2025 (regime-partition)",
                    !d.isBefore(Regime.DECREE_152_FROM));
            count("decree date: regime 2024 decided before 01/07/2025, Decree 98/2023 (regime-partition)",
                    d.isBefore(Regime.DECREE_152_FROM));
        }
        count("ties: two members with equal totals (permutation-invariance)", tie(r));
        if (!yearEnd) {
            return;
        }
        for (AwardType a : AwardType.values()) {
            for (Outcome o : Outcome.values()) {
                if (applicable(a, o)) {
                    boolean reached = false;
                    for (UnitId u : r.ranking()) {
                        reached |= r.outcome(u, a) == o;
                    }
                    count("outcome: " + a + " " + o, reached);
                }
            }
        }
        int pfEligible = 0;
        int gfEligible = 0;
        int candidates = 0;
        boolean superseded = false;
        boolean excluded = false;
        boolean stateHeld = false;
        boolean nonLeaderFlag = false;
        for (UnitId u : r.ranking()) {
            pfEligible += r.eligible(u, AwardType.PROVINCIAL_FLAG) ? 1 : 0;
            gfEligible += r.eligible(u, AwardType.GOVERNMENT_FLAG) ? 1 : 0;
            boolean higher = r.selected(u, AwardType.GOVERNMENT_FLAG) || r.selected(u, AwardType.PRIME_MINISTER_CERTIFICATE)
                    || r.selected(u, AwardType.PROVINCIAL_FLAG);
            candidates += r.eligible(u, AwardType.PROVINCIAL_CERTIFICATE) && !higher ? 1 : 0;
            int eligibleAwards = 0;
            for (AwardType a : AwardType.values()) {
                eligibleAwards += r.eligible(u, a) ? 1 : 0;
            }
            superseded |= eligibleAwards >= 2;
            excluded |= r.excluded(u);
            stateHeld |= r.unmet(u, AwardType.GOVERNMENT_FLAG).contains(Requirement.ONE_STATE_FORM);
            nonLeaderFlag |= r.unmet(u, AwardType.GOVERNMENT_FLAG).equals(Set.of(Requirement.BLOC_LEADER));
        }
        count("quota: more units meet the flag standard than bloc.leaderCount (quota-conservation)",
                pfEligible > r.leaderCount());
        count("quota: more eligible leaders than bloc.governmentFlagMax (quota-conservation)",
                gfEligible > r.governmentFlagMax());
        count("quota: more certificate candidates than the certificate quota (quota-conservation, completeness)",
                candidates > r.certificateQuota());
        count("one award: a unit eligible for two awards or more (exclusivity)", superseded);
        count("one award: a state-level form already held for the year (exclusivity)", stateHeld);
        count("hierarchy: an excluded unit (hierarchy)", excluded);
        count("hierarchy: a non-leader meeting every other Government-flag condition (hierarchy)", nonLeaderFlag);
        boolean bestNotLeader = false;
        for (UnitId u : r.ranking()) {
            Set<Requirement> gf = r.unmet(u, AwardType.GOVERNMENT_FLAG);
            if (gf.isEmpty() || gf.equals(Set.of(Requirement.BLOC_LEADER))) {
                bestNotLeader = !gf.isEmpty();
                break;
            }
        }
        count("hierarchy: the best unit meeting the Government-flag standards is not a leader (hierarchy)",
                bestNotLeader);
        List<UnitId> certificateCandidates = new java.util.ArrayList<>();
        for (UnitId u : r.ranking()) {
            boolean higher = r.selected(u, AwardType.GOVERNMENT_FLAG)
                    || r.selected(u, AwardType.PRIME_MINISTER_CERTIFICATE) || r.selected(u, AwardType.PROVINCIAL_FLAG);
            if (r.eligible(u, AwardType.PROVINCIAL_CERTIFICATE) && !higher) {
                certificateCandidates.add(u);
            }
        }
        int q = r.certificateQuota();
        count("ties: equal totals across the certificate quota's boundary (permutation-invariance, differential)",
                q >= 1 && certificateCandidates.size() > q
                        && r.total(certificateCandidates.get(q - 1)).compareTo(r.total(certificateCandidates.get(q))) == 0);
        edges(review, r);
        rotation(review, r);
        monotonicity(c, r, reference);
    }

    private static boolean applicable(AwardType a, Outcome o) {
        // A bloc never recommends a title another authority decides; it reports it as ELIGIBLE_OTHER_AUTHORITY.
        boolean otherAuthority = a == AwardType.EXCELLENT_LABOUR_COLLECTIVE || a == AwardType.ADVANCED_LABOUR_COLLECTIVE
                || a == AwardType.CERTIFICATE_OF_COMMENDATION;
        if (o == Outcome.ELIGIBLE_OTHER_AUTHORITY) {
            return otherAuthority;
        }
        if (otherAuthority && o == Outcome.RECOMMENDED) {
            return false;
        }
        // a title stands beside a higher title of another series and beside a form (one achievement, one form):
        // nothing sets the Excellent Labour Collective aside
        if (a == AwardType.EXCELLENT_LABOUR_COLLECTIVE && o == Outcome.ELIGIBLE_NOT_SELECTED) {
            return false;
        }
        if (a == AwardType.PRIME_MINISTER_CERTIFICATE) {
            return o != Outcome.RECOMMENDED;
        }
        return o != Outcome.PENDING_PROVINCE;
    }

    private static boolean tie(ReferenceResult r) {
        List<UnitId> units = r.ranking();
        for (int i = 0; i + 1 < units.size(); i++) {
            if (r.total(units.get(i)).compareTo(r.total(units.get(i + 1))) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Thresholds met or missed by one, on otherwise model units (soundness, completeness, differential). */
    private void edges(BlocReview review, ReferenceResult r) {
        boolean below70 = false;
        boolean at70 = false;
        boolean at50 = false;
        boolean at51 = false;
        boolean completed99 = false;
        boolean streakShort = false;
        boolean streakExact = false;
        boolean voteBelow = false;
        boolean voteAt = false;
        boolean pressBefore2024 = false;
        boolean disciplineJanFirst = false;
        for (UnitYearFacts f : review.facts()) {
            if (f.year() != review.year()) {
                continue;
            }
            MemberStatistics s = f.members();
            UnitId u = f.unit();
            Set<Requirement> elc = r.unmet(u, AwardType.EXCELLENT_LABOUR_COLLECTIVE);
            long hundredTimes = 100L * s.advancedLabour();
            if (elc.equals(Set.of(Requirement.ADVANCED_LABOUR_70)) && hundredTimes >= 69L * s.headcount()) {
                below70 = true;
            }
            if (elc.isEmpty() && hundredTimes == 70L * s.headcount()) {
                at70 = true;
            }
            at50 |= 2L * s.advancedLabour() == s.headcount();
            at51 |= r.eligible(u, AwardType.ADVANCED_LABOUR_COLLECTIVE) && hundredTimes <= 51L * s.headcount();
            completed99 |= elc.equals(Set.of(Requirement.ALL_MEMBERS_COMPLETED))
                    && s.completedTasks() == s.headcount() - 1;
            Set<Requirement> pc = r.unmet(u, AwardType.PROVINCIAL_CERTIFICATE);
            streakShort |= pc.equals(Set.of(Requirement.EXCELLENT_STREAK));
            Set<Requirement> pmc = r.unmet(u, AwardType.PRIME_MINISTER_CERTIFICATE);
            streakExact |= pmc.isEmpty();
            pressBefore2024 |= f.pressIssueUnderVerification() && review.regime() == Regime.REGIME_2017
                    && !f.underDisciplineReview() && !f.underInvestigation() && !f.pendingComplaint();
            disciplineJanFirst |= f.disciplineEndedOn() != null && f.disciplineEndedOn().getDayOfYear() <= 2
                    && f.disciplineEndedOn().getYear() == review.year();
        }
        for (NominationVote v : review.votes()) {
            boolean met = r.unmet(v.unit(), v.award()).contains(Requirement.NOMINATION_VOTE);
            voteBelow |= met;
            BigDecimal half = new BigDecimal("0.5").multiply(BigDecimal.valueOf(v.members()));
            voteAt |= !met && BigDecimal.valueOf(v.votesFor()).compareTo(half) >= 0
                    && BigDecimal.valueOf(v.votesFor() - 1L).compareTo(half) < 0;
        }
        count("edge: ELC refused only by a Lao động tiên tiến share in [69 %, 70 %) (soundness)", below70);
        count("edge: ELC granted at exactly 70 % Lao động tiên tiến (completeness)", at70);
        count("edge: exactly 50 % Lao động tiên tiến, not more than half (soundness)", at50);
        count("edge: ALC eligible at 51 % Lao động tiên tiến or just above half (completeness)", at51);
        count("edge: ELC refused only because one member did not complete (soundness)", completed99);
        count("edge: PC refused only for the excellent streak (soundness)", streakShort);
        count("edge: PM certificate conditions all met (completeness)", streakExact);
        count("edge: a nomination vote below the threshold (soundness)", voteBelow);
        count("edge: a nomination vote exactly at the threshold (completeness)", voteAt);
        count("edge: a press issue before 2024, which does not exclude (hierarchy)", pressBefore2024);
        count("edge: a discipline period ending on 1 or 2 January of the year (hierarchy)", disciplineJanFirst);
    }

    private void rotation(BlocReview review, ReferenceResult r) {
        boolean refused = review.election() != null && review.term() != null
                && review.election().head().equals(review.term().head()) && !r.nextElected();
        count("rotation: an election re-electing this year's head refused (differential)", refused);
        count("rotation: next head by the profile's policy, no election (differential)",
                review.election() == null && r.nextHead() != null);
    }

    private void monotonicity(BlocCase c, ReferenceResult before, ReferenceEvaluator reference) {
        BlocReview review = c.review();
        UnitId u = review.bloc().members().get(c.probe().unit() % review.bloc().size()).id();
        Optional<AwardType> best = before.best(u);
        boolean raised = Perturbations.raiseScore(review, u)
                .map(x -> !reference.evaluate(x, c.profile()).best(u).equals(best)).orElse(false);
        boolean improved = Perturbations.targetedImprovement(review, u, before)
                .or(() -> Perturbations.firstImprovement(review, u, c.probe().improve()))
                .map(x -> !reference.evaluate(x.review(), c.profile()).best(u).equals(best)).orElse(false);
        boolean worsened = Perturbations.firstWorsening(review, u, c.probe().worsen())
                .map(x -> !reference.evaluate(x.review(), c.profile()).best(u).equals(best)).orElse(false);
        count("monotonicity: raising the probed unit's score changes its award (monotonicity)", raised);
        count("monotonicity: improving the probed condition changes the unit's award (monotonicity)", improved);
        count("monotonicity: worsening the probed condition changes the unit's award (monotonicity)", worsened);
    }

    // ------------------------------------------------------------------ province cases

    private void province(ProvinceCase c, ReferenceEvaluator reference) {
        provinceCases++;
        ReferenceConsolidation r = reference.consolidate(c.review(), c.profile());
        count("province: at least one Government-flag proposal (quota-conservation)", !r.proposals().isEmpty());
        count("province: the council's cap cuts a proposal (quota-conservation, differential)",
                r.proposals().size() > r.cap());
        count("province: the cap keeps at least one proposal (quota-conservation, differential)", r.confirmed() > 0);
        count("province: more than one bloc (permutation-invariance)", c.review().blocs().size() > 1);
    }
}
