package io.github.thidua.testkit.law;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.BlocDecisions;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.CouncilSession;
import io.github.thidua.core.Proposal;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Tally;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.CouncilAppraisal;
import io.github.thidua.rules.CouncilVerdict;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Verdict;
import io.github.thidua.testkit.reference.Requirement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Appraise mode (thẩm định): people decide, the law checks. On each generated year-end bloc review:
 * <ul>
 *   <li>in suggest mode no bloc decision is RECOMMENDED for an award outside the bloc's power;</li>
 *   <li>when the recorded decisions are the suggestion's own (its leaders, its proposals), both modes agree: every
 *       verdict is VALID and no difference is reported;</li>
 *   <li>on recorded decisions drawn from the case (random leaders, random proposals of any award), a proposal for
 *       an award outside the bloc's power is NOT_WITHIN_POWER, and a VALID verdict meets every condition: the
 *       pack's (its decision lists none unmet) and the reference evaluator's, and a flag goes to a recorded
 *       leader.</li>
 * </ul>
 * On each generated province review with a council session drawn from the case (members, attendance, a ballot per
 * proposal): a ballot below the threshold in force is never passed, and the council never keeps more Government
 * flags than floor(20 % × leaders), whatever the profile says (the national ceiling is never raised).
 * The recorded decisions and ballots are drawn from a seed derived from the case, so a failure reproduces with
 * the case's seed.
 */
public final class Appraise implements Law {
    /** The law's name. */
    public static final String NAME = "appraise";
    private static final BigDecimal CEILING = new BigDecimal("0.2");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "appraise mode: a valid verdict meets every condition, recorded = suggestion agrees, nothing outside"
                + " the bloc's power, no ballot below the threshold passed, the 20 % ceiling never raised";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            if (s.review().stage() == Stage.YEAR_END && !s.review().hasDecisions()) {
                bloc(s, s.review(), s.profile(), out);
            }
        } else {
            province(s, out);
        }
        return out;
    }

    private static void bloc(Subject s, BlocReview review, Profile profile, List<Violation> out) {
        String where = "bloc " + review.bloc().id().value();
        LocalDate date = review.decisionDate();
        Appraisal suggest = s.engine().appraise(review, profile);
        if (suggest.mode() != Appraisal.Mode.SUGGEST) {
            out.add(new Violation(NAME, where + ": a review without recorded decisions is not labelled a suggestion"));
        }
        ReviewResult suggestion = suggest.suggestion();
        for (Decision d : suggestion.decisions()) {
            if (d.outcome() == Outcome.RECOMMENDED && !AuthorityCatalogue.blocProposes(d.award(), date)) {
                out.add(new Violation(NAME, where + ": " + d.unit() + " is RECOMMENDED for " + d.award()
                        + ", which a bloc does not propose"));
            }
        }
        // the suggestion recorded as the bloc's decisions: both modes agree
        List<Proposal> own = new ArrayList<>();
        for (Decision d : suggestion.decisions()) {
            if (d.outcome().isAward() && AuthorityCatalogue.blocProposes(d.award(), date)) {
                own.add(new Proposal(d.unit(), d.award(), null, null));
            }
        }
        if (!suggestion.leaders().isEmpty() || !own.isEmpty()) {
            Appraisal same = s.engine().appraise(review.withDecisions(
                    new BlocDecisions(suggestion.leaders(), own, null)), profile);
            for (Verdict v : same.verdicts()) {
                if (v.kind() != Verdict.Kind.VALID) {
                    out.add(new Violation(NAME, where + ": the suggestion recorded as the bloc's decision, yet "
                            + v.unit() + "/" + v.award() + " is " + v.kind() + " " + first(v)));
                }
            }
            if (!same.differences().isEmpty()) {
                out.add(new Violation(NAME, where + ": the suggestion recorded as the bloc's decision, yet it differs: "
                        + same.differences().get(0).en()));
            }
        }
        // decisions drawn from the case
        Random random = new Random(seed(review));
        List<Unit> members = review.bloc().members();
        List<UnitId> leaders = new ArrayList<>();
        for (Unit u : members) {
            if (random.nextInt(100) < 30 && leaders.size() < 3) {
                leaders.add(u.id());
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            Unit u = members.get(random.nextInt(members.size()));
            AwardType a = AwardType.values()[random.nextInt(AwardType.values().length)];
            if (seen.add(u.id() + "/" + a)) {
                proposals.add(new Proposal(u.id(), a, null, null));
            }
        }
        BlocReview recorded = review.withDecisions(new BlocDecisions(leaders, proposals, null));
        Appraisal appraisal = s.engine().appraise(recorded, profile);
        var reference = s.referenceEvaluator().evaluate(recorded, profile);
        for (Verdict v : appraisal.verdicts()) {
            boolean inPower = AuthorityCatalogue.blocProposes(v.award(), date);
            if (!inPower && v.kind() != Verdict.Kind.NOT_WITHIN_POWER) {
                out.add(new Violation(NAME, where + ": the bloc proposed " + v.award() + " for " + v.unit()
                        + ", outside its power, yet the verdict is " + v.kind()));
            }
            if (v.kind() != Verdict.Kind.VALID) {
                continue;
            }
            Decision d = appraisal.suggestion().decision(v.unit(), v.award()).orElse(null);
            if (d == null) {
                out.add(new Violation(NAME, where + ": " + v.unit() + "/" + v.award() + " is VALID but was never"
                        + " evaluated"));
                continue;
            }
            List<Reason> unmet = d.unmet().stream().filter(r -> r.kind() != Reason.Kind.LEADERSHIP).toList();
            if (!unmet.isEmpty() || d.outcome() == Outcome.NOT_ELIGIBLE && d.unmet().isEmpty()) {
                out.add(new Violation(NAME, where + ": " + v.unit() + "/" + v.award() + " is VALID but the pack finds"
                        + " it " + d.outcome() + " " + unmet.stream().map(Reason::ruleId).toList()));
            }
            Set<Requirement> ref = EnumSet.noneOf(Requirement.class);
            ref.addAll(reference.unmet(v.unit(), v.award()));
            ref.remove(Requirement.BLOC_LEADER);
            if (!ref.isEmpty()) {
                out.add(new Violation(NAME, where + ": " + v.unit() + "/" + v.award() + " is VALID but the reference"
                        + " evaluator finds unmet " + ref));
            }
            if ((v.award() == AwardType.PROVINCIAL_FLAG || v.award() == AwardType.GOVERNMENT_FLAG)
                    && !leaders.contains(v.unit())) {
                out.add(new Violation(NAME, where + ": " + v.unit() + "/" + v.award() + " is VALID but the bloc did not"
                        + " choose it as a leader"));
            }
            if (!inPower) {
                out.add(new Violation(NAME, where + ": " + v.unit() + "/" + v.award() + " is VALID outside the bloc's"
                        + " power"));
            }
        }
    }

    private static void province(Subject s, List<Violation> out) {
        ProvinceReview province = s.province();
        if (province.council() != null) {
            return;
        }
        Profile profile = s.profile();
        CouncilAppraisal suggestion = s.engine().appraise(province, profile);
        Random random = new Random(seed(province));
        int members = 9 + random.nextInt(15);
        int present = members - random.nextInt(4);
        LocalDate date = province.decisionDate();
        List<Ballot> ballots = new ArrayList<>();
        int written = members - present;
        for (CouncilVerdict v : suggestion.verdicts()) {
            // every member votes: those present on the ballot, the absent in writing
            int votes = random.nextInt(members + 1);
            Boolean chosen = random.nextInt(3) == 0 ? null : random.nextBoolean();
            ballots.add(new Ballot(v.unit(), v.award(), new Tally(votes, members - votes, present, members, written),
                    chosen));
        }
        ProvinceReview withSession = new ProvinceReview(province.province(), province.year(), province.reviewDate(),
                province.profile(), province.blocs(), province.illustrative(), province.note(),
                new CouncilSession(date, members, present, ballots, null));
        CouncilAppraisal council = s.engine().appraise(withSession, profile);
        int leaders = council.blocs().stream().mapToInt(a -> a.leaders().size()).sum();
        int ceiling = CEILING.multiply(BigDecimal.valueOf(leaders)).setScale(0, RoundingMode.FLOOR).intValueExact();
        if (council.governmentFlagCap() > ceiling) {
            out.add(new Violation(NAME, "council: the Government-flag cap " + council.governmentFlagCap()
                    + " exceeds floor(20 % × " + leaders + " leaders) = " + ceiling));
        }
        long kept = council.verdicts().stream().filter(v -> v.award() == AwardType.GOVERNMENT_FLAG && v.passed()).count();
        if (kept > ceiling) {
            out.add(new Violation(NAME, "council: " + kept + " Government flags kept, more than floor(20 % × " + leaders
                    + ") = " + ceiling));
        }
        ResolvedParameter flags = profile.find("council.voteShareFlags", date, 1).orElse(null);
        for (CouncilVerdict v : council.verdicts()) {
            if (!v.passed()) {
                continue;
            }
            Ballot b = ballots.stream().filter(x -> x.unit().equals(v.unit()) && x.award() == v.award()).findFirst()
                    .orElse(null);
            if (b == null) {
                out.add(new Violation(NAME, "council: " + v.unit() + "/" + v.award() + " passed without a ballot"));
                continue;
            }
            boolean flag = v.award() == AwardType.GOVERNMENT_FLAG || v.award() == AwardType.PROVINCIAL_FLAG;
            BigDecimal needed = flag && flags != null ? flags.decimalValue() : new BigDecimal("0.5");
            boolean met = flag && flags != null
                    ? BigDecimal.valueOf(b.tally().votesFor()).compareTo(needed.multiply(BigDecimal.valueOf(members))) >= 0
                    : 2 * b.tally().votesFor() > members;
            if (!met) {
                out.add(new Violation(NAME, "council: " + v.unit() + "/" + v.award() + " " + v.kind() + " with "
                        + b.tally().votesFor() + "/" + members + " votes, below the threshold " + needed));
            }
        }
    }

    private static String first(Verdict v) {
        List<Reason> r = v.unmet().isEmpty() ? v.reasons() : v.unmet();
        return r.isEmpty() ? "" : "(" + r.get(0).ruleId() + ": " + r.get(0).en() + ")";
    }

    private static long seed(Object o) {
        return o.toString().hashCode() * 0x9E3779B97F4A7C15L;
    }
}
