package io.github.thidua.testkit.law;

import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.testkit.gen.Mutation;
import io.github.thidua.testkit.reference.ReferenceResult;
import io.github.thidua.testkit.reference.Requirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The input changes the comparing laws apply: shuffles (permutation invariance), condition improvements and
 * worsenings, and score raises (monotonicity). Each returns a new, valid review; the mutations return empty when the
 * condition cannot move in the asked direction.
 */
public final class Perturbations {
    private Perturbations() {
    }

    /**
     * The same review with its members, scorecards (and their scores), ratings, facts, history and votes in another
     * order.
     *
     * @param r    the review
     * @param seed the permutation's seed
     * @return the shuffled review
     */
    public static BlocReview shuffled(BlocReview r, long seed) {
        Random random = new Random(seed);
        List<Unit> members = shuffle(r.bloc().members(), random);
        List<Scorecard> cards = new ArrayList<>();
        for (Scorecard c : shuffle(r.scorecards(), random)) {
            cards.add(new Scorecard(c.unit(), shuffle(c.scores(), random)));
        }
        Bloc b = r.bloc();
        return new BlocReview(r.stage(), r.year(), r.reviewDate(),
                new Bloc(b.id(), b.name(), b.kind(), b.province(), b.organiser(), members), r.term(), r.pact(),
                r.scheme(), cards, shuffle(r.ratings(), random), shuffle(r.facts(), random),
                shuffle(r.history(), random), shuffle(r.votes(), random), r.election(), r.profile(), r.illustrative(),
                r.note(), r.dossierReceivedDate(), r.decisions(), shuffle(r.exclusions(), random),
                shuffle(r.attestations(), random));
    }

    /**
     * The same province review with its blocs, and each bloc's contents, in another order.
     *
     * @param p    the province review
     * @param seed the permutation's seed
     * @return the shuffled province review
     */
    public static ProvinceReview shuffled(ProvinceReview p, long seed) {
        Random random = new Random(seed);
        List<BlocReview> blocs = new ArrayList<>();
        for (BlocReview b : shuffle(p.blocs(), random)) {
            blocs.add(shuffled(b, random.nextLong()));
        }
        return new ProvinceReview(p.province(), p.year(), p.reviewDate(), p.profile(), blocs, p.illustrative(),
                p.note());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /**
     * Improves one condition of a unit, other things equal.
     *
     * @param r    the review
     * @param unit the unit
     * @param m    the condition
     * @return the changed review, or empty when the condition is already at its best (or the unit has no facts)
     */
    public static Optional<BlocReview> improve(BlocReview r, UnitId unit, Mutation m) {
        return mutate(r, unit, m, true);
    }

    /**
     * Worsens one condition of a unit, other things equal.
     *
     * @param r    the review
     * @param unit the unit
     * @param m    the condition
     * @return the changed review, or empty when the condition is already at its worst (or the unit has no facts)
     */
    public static Optional<BlocReview> worsen(BlocReview r, UnitId unit, Mutation m) {
        return mutate(r, unit, m, false);
    }

    /**
     * A mutation that applied, and the review it gave.
     *
     * @param mutation the condition changed
     * @param review   the changed review
     */
    public record Change(Mutation mutation, BlocReview review) {
    }

    /**
     * The first improvement that applies to the unit, trying the mutations in declaration order from {@code start}
     * (cyclically), so a probe rarely ends up changing nothing.
     *
     * @param r     the review
     * @param unit  the unit
     * @param start the first mutation tried
     * @return the change, or empty when no condition of the unit can improve
     */
    public static Optional<Change> firstImprovement(BlocReview r, UnitId unit, Mutation start) {
        return first(r, unit, start, true);
    }

    /**
     * The first worsening that applies to the unit, trying the mutations cyclically from {@code start}.
     *
     * @param r     the review
     * @param unit  the unit
     * @param start the first mutation tried
     * @return the change, or empty when no condition of the unit can worsen
     */
    public static Optional<Change> firstWorsening(BlocReview r, UnitId unit, Mutation start) {
        return first(r, unit, start, false);
    }

    /**
     * An improvement aimed at the unit's next award up: for the awards above its best (closest first), the first unmet
     * requirement (as the reference evaluator sees it) that a {@link Mutation} can improve.
     *
     * @param r    the review
     * @param unit the unit
     * @param ref  the reference evaluator's result for {@code r}
     * @return the change, or empty when no unmet requirement of a higher award can be improved
     */
    public static Optional<Change> targetedImprovement(BlocReview r, UnitId unit, ReferenceResult ref) {
        int best = ref.best(unit).map(Enum::ordinal).orElse(AwardType.values().length);
        for (int a = best - 1; a >= 0; a--) {
            for (Requirement req : ref.unmet(unit, AwardType.values()[a])) {
                Mutation m = mutationFor(req);
                if (m != null) {
                    Optional<BlocReview> changed = mutate(r, unit, m, true);
                    if (changed.isPresent()) {
                        return Optional.of(new Change(m, changed.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The mutation that improves a requirement, or null when none does (history, leadership). */
    static Mutation mutationFor(Requirement r) {
        return switch (r) {
            case NOTHING_PENDING -> Mutation.PENDING;
            case DISCIPLINE_CLOCK -> Mutation.DISCIPLINE_END;
            case NOMINATION_VOTE -> Mutation.VOTE;
            case TARGETS_EXCEEDED -> Mutation.TARGETS_EXCEEDED;
            case PARTY_CLEAN_STRONG -> Mutation.PARTY_CLEAN_STRONG;
            case SOLIDARITY -> Mutation.SOLIDARITY;
            case RATED_EXCELLENT, RATED_GOOD, MIN_RATING -> Mutation.RATING;
            case ALL_MEMBERS_COMPLETED -> Mutation.COMPLETED_TASKS;
            case ADVANCED_LABOUR_70, ADVANCED_LABOUR_MAJORITY -> Mutation.ADVANCED_LABOUR;
            case EMULATION_FIGHTER -> Mutation.EMULATION_FIGHTERS;
            case NO_MEMBER_DISCIPLINED -> Mutation.DISCIPLINED;
            case EXCELLENT_STREAK -> Mutation.PREVIOUS_RATING;
            default -> null;
        };
    }

    private static Optional<Change> first(BlocReview r, UnitId unit, Mutation start, boolean up) {
        Mutation[] all = Mutation.values();
        for (int k = 0; k < all.length; k++) {
            Mutation m = all[(start.ordinal() + k) % all.length];
            Optional<BlocReview> changed = mutate(r, unit, m, up);
            if (changed.isPresent()) {
                return Optional.of(new Change(m, changed.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<BlocReview> mutate(BlocReview r, UnitId unit, Mutation m, boolean up) {
        UnitYearFacts f = r.facts(unit, r.year()).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        switch (m) {
            case RATING -> {
                return rating(r, unit, r.year(), up ? next(r.rating(unit, r.year()).orElse(null))
                        : previous(r.rating(unit, r.year()).orElse(null)));
            }
            case PREVIOUS_RATING -> {
                TaskRating last = r.rating(unit, r.year() - 1).orElse(null);
                if (up) {
                    return last == TaskRating.EXCELLENT ? Optional.empty()
                            : rating(r, unit, r.year() - 1, TaskRating.EXCELLENT);
                }
                return last == TaskRating.EXCELLENT ? rating(r, unit, r.year() - 1, TaskRating.GOOD) : Optional.empty();
            }
            case VOTE -> {
                return vote(r, unit, up);
            }
            default -> {
                UnitYearFacts changed = facts(f, m, up, r.year());
                return changed == null ? Optional.empty() : Optional.of(withFacts(r, f, changed));
            }
        }
    }

    /** The changed facts, or null when they cannot move in that direction. */
    private static UnitYearFacts facts(UnitYearFacts f, Mutation m, boolean up, int year) {
        boolean targets = f.targetsExceeded();
        boolean party = f.partyCleanStrong();
        boolean solidarity = f.solidarity();
        boolean review = f.underDisciplineReview();
        boolean investigation = f.underInvestigation();
        boolean complaint = f.pendingComplaint();
        boolean press = f.pressIssueUnderVerification();
        LocalDate end = f.disciplineEndedOn();
        MemberStatistics s = f.members();
        int hc = s.headcount();
        int completed = s.completedTasks();
        int advanced = s.advancedLabour();
        int fighters = s.emulationFighters();
        int disciplined = s.disciplinedWarningOrAbove();
        switch (m) {
            case TARGETS_EXCEEDED -> {
                if (targets == up) {
                    return null;
                }
                targets = up;
            }
            case PARTY_CLEAN_STRONG -> {
                if (party == up) {
                    return null;
                }
                party = up;
            }
            case SOLIDARITY -> {
                if (solidarity == up) {
                    return null;
                }
                solidarity = up;
            }
            case PENDING -> {
                boolean pending = review || investigation || complaint || press;
                if (up) {
                    if (!pending) {
                        return null;
                    }
                    review = false;
                    investigation = false;
                    complaint = false;
                    press = false;
                } else {
                    if (investigation) {
                        return null;
                    }
                    investigation = true;
                }
            }
            case DISCIPLINE_END -> {
                if (up) {
                    if (end == null) {
                        return null;
                    }
                    end = null;
                } else {
                    LocalDate uncountable = LocalDate.of(year, 1, 2);
                    if (end != null && !end.isBefore(uncountable)) {
                        return null;
                    }
                    end = uncountable;
                }
            }
            case ADVANCED_LABOUR -> {
                int v = up ? advanced + 1 : advanced - 1;
                if (v < 0 || v > hc) {
                    return null;
                }
                advanced = v;
            }
            case COMPLETED_TASKS -> {
                int v = up ? completed + 1 : completed - 1;
                if (v < 0 || v > hc) {
                    return null;
                }
                completed = v;
            }
            case EMULATION_FIGHTERS -> {
                int v = up ? fighters + 1 : fighters - 1;
                if (v < 0 || v > hc) {
                    return null;
                }
                fighters = v;
            }
            case DISCIPLINED -> {
                int v = up ? disciplined - 1 : disciplined + 1;
                if (v < 0 || v > hc) {
                    return null;
                }
                disciplined = v;
            }
            default -> throw new IllegalArgumentException("not a facts mutation: " + m);
        }
        return new UnitYearFacts(f.unit(), f.year(), targets, party, solidarity, review, investigation, complaint,
                press, end, new MemberStatistics(hc, completed, advanced, fighters, disciplined, s.women()),
                f.partyOrganisationExcellent());
    }

    private static TaskRating next(TaskRating t) {
        if (t == null) {
            return TaskRating.NOT_COMPLETED;
        }
        return t == TaskRating.EXCELLENT ? null : TaskRating.values()[t.ordinal() - 1];
    }

    private static TaskRating previous(TaskRating t) {
        if (t == null || t == TaskRating.NOT_COMPLETED) {
            return null;
        }
        return TaskRating.values()[t.ordinal() + 1];
    }

    private static Optional<BlocReview> rating(BlocReview r, UnitId unit, int year, TaskRating to) {
        if (to == null) {
            return Optional.empty();
        }
        List<YearRating> ratings = new ArrayList<>(r.ratings().size() + 1);
        boolean replaced = false;
        for (YearRating y : r.ratings()) {
            if (y.unit().equals(unit) && y.year() == year) {
                ratings.add(new YearRating(unit, year, to));
                replaced = true;
            } else {
                ratings.add(y);
            }
        }
        if (!replaced) {
            ratings.add(new YearRating(unit, year, to));
        }
        return Optional.of(with(r, r.scorecards(), ratings, r.facts(), r.votes()));
    }

    private static Optional<BlocReview> vote(BlocReview r, UnitId unit, boolean up) {
        List<NominationVote> votes = new ArrayList<>(r.votes());
        for (int i = 0; i < votes.size(); i++) {
            NominationVote v = votes.get(i);
            if (v.unit().equals(unit)) {
                if (up) {
                    if (v.votesFor() == v.present()) {
                        return Optional.empty();
                    }
                    votes.set(i, new NominationVote(unit, v.award(), v.present(), 0, v.present(), v.members()));
                } else {
                    if (v.votesFor() == 0) {
                        return Optional.empty();
                    }
                    votes.set(i, new NominationVote(unit, v.award(), 0, v.votesAgainst(), v.present(), v.members()));
                }
                return Optional.of(with(r, r.scorecards(), r.ratings(), r.facts(), votes));
            }
        }
        if (up) {
            return Optional.empty();
        }
        int members = r.bloc().size();
        votes.add(new NominationVote(unit, AwardType.PROVINCIAL_FLAG, 0, members, members, members));
        return Optional.of(with(r, r.scorecards(), r.ratings(), r.facts(), votes));
    }

    /**
     * Raises one of the unit's scores, other things equal: a regular criterion below its maximum to the maximum;
     * else a penalty to zero; else a bonus to its maximum.
     *
     * @param r    the review
     * @param unit the unit
     * @return the changed review, or empty when every score is already at its best
     */
    public static Optional<BlocReview> raiseScore(BlocReview r, UnitId unit) {
        ScoringScheme scheme = r.scheme();
        Scorecard card = r.scorecard(unit).orElse(null);
        if (scheme == null || card == null) {
            return Optional.empty();
        }
        for (CriterionKind kind : new CriterionKind[] {CriterionKind.REGULAR, CriterionKind.PENALTY, CriterionKind.BONUS}) {
            for (int i = 0; i < card.scores().size(); i++) {
                Score s = card.scores().get(i);
                Criterion c = scheme.criterion(s.criterion()).orElse(null);
                if (c == null || c.kind() != kind) {
                    continue;
                }
                BigDecimal best = kind == CriterionKind.PENALTY ? BigDecimal.ZERO : c.max();
                if (s.effective().compareTo(best) == 0) {
                    continue;
                }
                Score raised = s.assessed() != null ? new Score(s.criterion(), s.self(), best)
                        : new Score(s.criterion(), best, null);
                List<Score> scores = new ArrayList<>(card.scores());
                scores.set(i, raised);
                List<Scorecard> cards = new ArrayList<>(r.scorecards());
                cards.set(cards.indexOf(card), new Scorecard(unit, scores));
                return Optional.of(with(r, cards, r.ratings(), r.facts(), r.votes()));
            }
        }
        return Optional.empty();
    }

    private static BlocReview withFacts(BlocReview r, UnitYearFacts old, UnitYearFacts changed) {
        List<UnitYearFacts> facts = new ArrayList<>(r.facts());
        facts.set(facts.indexOf(old), changed);
        return with(r, r.scorecards(), r.ratings(), facts, r.votes());
    }

    private static BlocReview with(BlocReview r, List<Scorecard> cards, List<YearRating> ratings,
                                   List<UnitYearFacts> facts, List<NominationVote> votes) {
        List<AwardRecord> history = r.history();
        return new BlocReview(r.stage(), r.year(), r.reviewDate(), r.bloc(), r.term(), r.pact(), r.scheme(), cards,
                ratings, facts, history, votes, r.election(), r.profile(), r.illustrative(), r.note(),
                r.dossierReceivedDate(), r.decisions(), r.exclusions(), r.attestations());
    }
}
