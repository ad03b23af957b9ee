package io.github.thidua.testkit.reference;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference evaluator's reading of one bloc review: ranking, outcomes per unit and award, the unmet requirements
 * behind each refusal, the leaders and next year's head and deputy. Immutable.
 */
public final class ReferenceResult {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final int AWARDS = ReferenceEvaluator.AWARD_COUNT;

    private final BlocReview review;
    private final Profile profile;
    private final List<UnitId> ranking;
    private final UnitId[] order;
    private final BigDecimal[] totals;
    private final Map<UnitId, Integer> index;
    private final boolean decided;
    private final byte[] outcomes;
    private final int[] unmet;
    private final int[] selected;
    private final boolean[] leader;
    private final UnitId nextHead;
    private final UnitId nextDeputy;
    private final boolean nextElected;
    private final int leaderCount;
    private final int governmentFlagMax;
    private final int certificateQuota;

    ReferenceResult(BlocReview review, Profile profile, List<UnitId> ranking, UnitId[] order, BigDecimal[] totals,
                    Map<UnitId, Integer> index, boolean decided, byte[] outcomes, int[] unmet, int[] selected,
                    boolean[] leader, UnitId nextHead, UnitId nextDeputy, boolean nextElected, int leaderCount,
                    int governmentFlagMax, int certificateQuota) {
        this.review = review;
        this.profile = profile;
        this.ranking = ranking;
        this.order = order;
        this.totals = totals;
        this.index = index;
        this.decided = decided;
        this.outcomes = outcomes;
        this.unmet = unmet;
        this.selected = selected;
        this.leader = leader;
        this.nextHead = nextHead;
        this.nextDeputy = nextDeputy;
        this.nextElected = nextElected;
        this.leaderCount = leaderCount;
        this.governmentFlagMax = governmentFlagMax;
        this.certificateQuota = certificateQuota;
    }

    static ReferenceResult undecided(BlocReview review, Profile profile, List<UnitId> ranking, UnitId[] order,
                                     BigDecimal[] totals, Map<UnitId, Integer> index) {
        return new ReferenceResult(review, profile, ranking, order, totals, index, false, null, null, null,
                new boolean[order.length], null, null, false, 0, 0, 0);
    }

    /** @return the review evaluated */
    public BlocReview review() {
        return review;
    }

    /** @return the profile used */
    public Profile profile() {
        return profile;
    }

    /** @return the members best first (empty at the PACT stage, where nothing is scored) */
    public List<UnitId> ranking() {
        return ranking;
    }

    /**
     * The unit's total score.
     *
     * @param unit a member
     * @return its total
     */
    public BigDecimal total(UnitId unit) {
        return totals[indexOf(unit)];
    }

    /** @return whether awards were decided (YEAR_END only) */
    public boolean decided() {
        return decided;
    }

    /**
     * The outcome of a unit's case for an award.
     *
     * @param unit  a member
     * @param award the award
     * @return the outcome, or null when the stage decides no awards
     */
    public Outcome outcome(UnitId unit, AwardType award) {
        return decided ? OUTCOMES[outcomes[indexOf(unit) * AWARDS + award.ordinal()]] : null;
    }

    /**
     * Whether the unit meets every condition of the award (before quotas and the one-award rule).
     *
     * @param unit  a member
     * @param award the award
     * @return true when eligible; false at stages that decide nothing
     */
    public boolean eligible(UnitId unit, AwardType award) {
        return decided && unmet[indexOf(unit) * AWARDS + award.ordinal()] == 0;
    }

    /**
     * The requirements of an award the unit does not meet.
     *
     * @param unit  a member
     * @param award the award
     * @return the unmet requirements, general ones first (empty when eligible or undecided)
     */
    public Set<Requirement> unmet(UnitId unit, AwardType award) {
        Set<Requirement> set = EnumSet.noneOf(Requirement.class);
        if (decided) {
            int bits = unmet[indexOf(unit) * AWARDS + award.ordinal()];
            for (Requirement r : Requirement.values()) {
                if ((bits & r.bit()) != 0) {
                    set.add(r);
                }
            }
        }
        return set;
    }

    /**
     * Whether a general requirement bars the unit from every award (missing facts, something pending, or the year
     * not countable after a discipline period).
     *
     * @param unit a member
     * @return true when excluded
     */
    public boolean excluded(UnitId unit) {
        if (!decided) {
            return false;
        }
        int bits = unmet[indexOf(unit) * AWARDS];
        return (bits & (Requirement.FACTS_GIVEN.bit() | Requirement.NOTHING_PENDING.bit()
                | Requirement.DISCIPLINE_CLOCK.bit())) != 0;
    }

    /**
     * Whether the unit was selected for the award within its quota (before the one-award rule).
     *
     * @param unit  a member
     * @param award the award
     * @return true when selected
     */
    public boolean selected(UnitId unit, AwardType award) {
        return decided && (selected[indexOf(unit)] & (1 << award.ordinal())) != 0;
    }

    /**
     * The award the unit receives (RECOMMENDED or PENDING_PROVINCE), if any.
     *
     * @param unit a member
     * @return the highest award selected
     */
    public Optional<AwardType> best(UnitId unit) {
        if (!decided || selected[indexOf(unit)] == 0) {
            return Optional.empty();
        }
        return Optional.of(ReferenceEvaluator.AWARDS[Integer.numberOfTrailingZeros(selected[indexOf(unit)])]);
    }

    /** @return the bloc leaders, best first */
    public List<UnitId> leaders() {
        List<UnitId> list = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            if (leader[i]) {
                list.add(order[i]);
            }
        }
        return list;
    }

    /**
     * Whether the unit is a bloc leader.
     *
     * @param unit a member
     * @return true for a leader
     */
    public boolean isLeader(UnitId unit) {
        return leader[indexOf(unit)];
    }

    /** @return next year's head, or null (none determined, or not a year-end review) */
    public UnitId nextHead() {
        return nextHead;
    }

    /** @return next year's deputy, or null */
    public UnitId nextDeputy() {
        return nextDeputy;
    }

    /** @return whether next year's head is the members' election */
    public boolean nextElected() {
        return nextElected;
    }

    /** @return {@code bloc.leaderCount} for the bloc */
    public int leaderCount() {
        return leaderCount;
    }

    /** @return {@code bloc.governmentFlagMax} */
    public int governmentFlagMax() {
        return governmentFlagMax;
    }

    /** @return floor({@code bloc.certificateShare} × members) */
    public int certificateQuota() {
        return certificateQuota;
    }

    /**
     * Explains, from the input, why a requirement is or is not met by a unit, e.g. "69/100 members (69 %) hold Lao
     * động tiên tiến; needed at least 70 %".
     *
     * @param unit        a member
     * @param requirement the requirement
     * @return a short explanation
     */
    public String explain(UnitId unit, Requirement requirement) {
        UnitYearFacts f = review.facts(unit, review.year()).orElse(null);
        if (f == null) {
            return "no facts for " + review.year();
        }
        MemberStatistics s = f.members();
        TaskRating rating = review.rating(unit, review.year()).orElse(null);
        return switch (requirement) {
            case FACTS_GIVEN -> "facts given";
            case NOTHING_PENDING -> "discipline review " + f.underDisciplineReview() + ", investigation "
                    + f.underInvestigation() + ", complaint " + f.pendingComplaint() + ", press issue "
                    + f.pressIssueUnderVerification() + " (press counts from 2024)";
            case DISCIPLINE_CLOCK -> "discipline period ended " + f.disciplineEndedOn();
            case NOMINATION_VOTE -> "votes " + review.votes().stream().filter(v -> v.unit().equals(unit))
                    .map(v -> v.award() + " " + v.votesFor() + " for, " + v.present() + " present, " + v.members()
                            + " members").toList();
            case TARGETS_EXCEEDED -> "targets exceeded " + f.targetsExceeded();
            case PARTY_CLEAN_STRONG -> "Party clean and strong " + f.partyCleanStrong();
            case SOLIDARITY -> "solidarity " + f.solidarity();
            case ONE_STATE_FORM -> "state-level awards for " + review.year() + ": " + review.history(unit).stream()
                    .filter(a -> a.award().isStateLevel() && a.achievementYear() == review.year())
                    .map(a -> a.award() + "/" + a.kind() + "/" + a.status()).toList();
            case BLOC_LEADER -> "leader " + isLeader(unit) + " (leaders " + leaders() + ")";
            case RATED_EXCELLENT, RATED_GOOD, MIN_RATING -> "rating " + review.year() + ": " + rating;
            case ALL_MEMBERS_COMPLETED -> s.completedTasks() + "/" + s.headcount() + " members completed their tasks";
            case ADVANCED_LABOUR_70, ADVANCED_LABOUR_MAJORITY -> s.advancedLabour() + "/" + s.headcount()
                    + " members hold Lao động tiên tiến";
            case EMULATION_FIGHTER -> s.emulationFighters() + " Chiến sĩ thi đua cơ sở";
            case NO_MEMBER_DISCIPLINED -> s.disciplinedWarningOrAbove() + " members disciplined";
            case PARTY_ORGANISATION_EXCELLENT -> "Party organisation rated excellent: " + f.partyOrganisationExcellent();
            case EXCELLENT_STREAK, PRIOR_PROVINCIAL_CERTIFICATE, AWARDS_IN_WINDOW -> "ratings "
                    + review.ratings().stream().filter(r -> r.unit().equals(unit))
                    .map(r -> r.year() + ":" + r.rating()).toList() + ", history "
                    + review.history(unit).stream().map(a -> a.award() + " " + a.achievementYear() + "/" + a.kind()
                    + "/" + a.status()).toList() + ", discipline ended " + f.disciplineEndedOn();
            case NO_DATED_PROCEDURE -> "dated procedures " + review.exclusions(unit).stream()
                    .map(x -> x.kind() + " " + x.from() + ".." + x.to() + (x.violationFound() ? " violation" : ""))
                    .toList() + " on " + review.decisionDate();
            case NEW_MODEL_ATTESTED, ACTIVE_IN_MOVEMENTS_ATTESTED -> "attestations " + review.attestations().stream()
                    .filter(a -> a.unit().equals(unit)).map(a -> a.year() + " " + a.condition() + " " + a.met()).toList();
        };
    }

    /**
     * The unmet requirements of an award with their explanations, for messages.
     *
     * @param unit  a member
     * @param award the award
     * @return e.g. "ADVANCED_LABOUR_70 (69/100 members hold Lao động tiên tiến)", or "none"
     */
    public String explainUnmet(UnitId unit, AwardType award) {
        Set<Requirement> set = unmet(unit, award);
        if (set.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Requirement r : set) {
            parts.add(r + " (" + explain(unit, r) + ")");
        }
        return String.join("; ", parts);
    }

    /** The stage of the review. */
    Stage stage() {
        return review.stage();
    }

    int indexOf(UnitId unit) {
        Integer i = index.get(unit);
        if (i == null) {
            throw new IllegalArgumentException("unit " + unit + " is not a member of bloc " + review.bloc().id());
        }
        return i;
    }
}
