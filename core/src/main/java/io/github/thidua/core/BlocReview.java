package io.github.thidua.core;

import io.github.thidua.core.law.LegalPeriod;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.people.UnitReviewRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One meeting of an emulation bloc's year: the pact signing, the mid-year review or the year-end review, with
 * everything the rules need to rank the members and decide their awards. Immutable; every reference to a unit
 * must name a member of the bloc.
 *
 * @param stage       which meeting
 * @param year        the achievement (emulation) year
 * @param reviewDate  the date of the meeting (decides which decree is cited), or null: then 31/12 of the year
 * @param bloc        the bloc and its members
 * @param term        the bloc's head and deputy for the year, or null
 * @param pact        the pact signed for the year, or null
 * @param scheme      the scoring scheme, or null (required for scorecards)
 * @param scorecards  the members' scorecards
 * @param ratings     task-completion ratings, this year and earlier years
 * @param facts       the per-year facts of members (one per unit and year)
 * @param history     earlier awards (and revocations)
 * @param votes       the bloc's nomination votes
 * @param election    next year's head and deputy as elected at this meeting, or null
 * @param profile     name of the parameter profile to use, e.g. "national" or "bac-ninh"
 * @param illustrative whether the data is (partly) invented for illustration
 * @param note        free text, e.g. what was invented, or null
 * @param dossierReceivedDate the date the competent body received the dossier, or null (then the decision date
 *                    stands for it); chooses the legal period from 01/10/2026 ({@link LegalPeriod})
 * @param decisions   what the bloc decided (leaders, proposals with votes), or null: then the engine suggests
 * @param exclusions  dated procedures that bar awards (discipline review, inspection, complaint...)
 * @param attestations explicit statements of conditions no score shows (e.g. active in the movements)
 * @param unitReviews members' own reviews of their people, which give those members' statistics for the year
 *                    instead of typed numbers (linked by the engine; see {@link UnitReviewRef})
 */
public record BlocReview(Stage stage, int year, LocalDate reviewDate, Bloc bloc, BlocTerm term, Pact pact,
                         ScoringScheme scheme, List<Scorecard> scorecards, List<YearRating> ratings,
                         List<UnitYearFacts> facts, List<AwardRecord> history, List<NominationVote> votes,
                         Election election, String profile, boolean illustrative, String note,
                         LocalDate dossierReceivedDate, BlocDecisions decisions, List<ExclusionFact> exclusions,
                         List<Attestation> attestations, List<UnitReviewRef> unitReviews) {
    /** A review whose members' statistics are all typed (no unit review references). */
    public BlocReview(Stage stage, int year, LocalDate reviewDate, Bloc bloc, BlocTerm term, Pact pact,
                      ScoringScheme scheme, List<Scorecard> scorecards, List<YearRating> ratings,
                      List<UnitYearFacts> facts, List<AwardRecord> history, List<NominationVote> votes,
                      Election election, String profile, boolean illustrative, String note,
                      LocalDate dossierReceivedDate, BlocDecisions decisions, List<ExclusionFact> exclusions,
                      List<Attestation> attestations) {
        this(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, ratings, facts, history, votes, election,
                profile, illustrative, note, dossierReceivedDate, decisions, exclusions, attestations, List.of());
    }

    /** A review without a dossier-received date (the form before the field existed). */
    public BlocReview(Stage stage, int year, LocalDate reviewDate, Bloc bloc, BlocTerm term, Pact pact,
                      ScoringScheme scheme, List<Scorecard> scorecards, List<YearRating> ratings,
                      List<UnitYearFacts> facts, List<AwardRecord> history, List<NominationVote> votes,
                      Election election, String profile, boolean illustrative, String note) {
        this(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, ratings, facts, history, votes, election,
                profile, illustrative, note, null, null, List.of(), List.of());
    }

    /** A review without recorded decisions, exclusion facts or attestations. */
    public BlocReview(Stage stage, int year, LocalDate reviewDate, Bloc bloc, BlocTerm term, Pact pact,
                      ScoringScheme scheme, List<Scorecard> scorecards, List<YearRating> ratings,
                      List<UnitYearFacts> facts, List<AwardRecord> history, List<NominationVote> votes,
                      Election election, String profile, boolean illustrative, String note,
                      LocalDate dossierReceivedDate) {
        this(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, ratings, facts, history, votes, election,
                profile, illustrative, note, dossierReceivedDate, null, List.of(), List.of());
    }

    public BlocReview {
        Checks.notNull(stage, "stage");
        Checks.year(year, "year");
        Checks.notNull(bloc, "bloc");
        scorecards = Checks.list(scorecards, "scorecards");
        ratings = Checks.list(ratings, "ratings");
        facts = Checks.list(facts, "facts");
        history = Checks.list(history, "history");
        votes = Checks.list(votes, "votes");
        exclusions = Checks.list(exclusions == null ? List.of() : exclusions, "exclusions");
        attestations = Checks.list(attestations == null ? List.of() : attestations, "attestations");
        unitReviews = Checks.list(unitReviews == null ? List.of() : unitReviews, "unitReviews");
        Checks.notBlank(profile, "profile");

        List<String> problems = new ArrayList<>();
        Set<UnitId> members = bloc.memberIds();
        if (term != null) {
            requireMember(members, term.head(), "term head", problems);
            requireMember(members, term.deputy(), "term deputy", problems);
        }
        if (pact != null) {
            pact.signatories().forEach(u -> requireMember(members, u, "pact signatory", problems));
            pact.targets().forEach(t -> requireMember(members, t.unit(), "pact target unit", problems));
        }
        if (!scorecards.isEmpty() && scheme == null) {
            problems.add("scorecards are given but no scoring scheme");
        }
        for (Scorecard card : scorecards) {
            requireMember(members, card.unit(), "scorecard unit", problems);
            if (scheme != null) {
                for (Score s : card.scores()) {
                    Optional<Criterion> c = scheme.criterion(s.criterion());
                    if (c.isEmpty()) {
                        problems.add("unit " + card.unit() + " scores unknown criterion " + s.criterion());
                    } else if (s.self().compareTo(c.get().max()) > 0
                            || (s.assessed() != null && s.assessed().compareTo(c.get().max()) > 0)) {
                        problems.add("unit " + card.unit() + " scores above the maximum " + c.get().max().toPlainString()
                                + " of criterion " + s.criterion());
                    }
                }
            }
        }
        duplicates(scorecards, Scorecard::unit, "scorecard unit", problems);
        ratings.forEach(r -> requireMember(members, r.unit(), "rating unit", problems));
        duplicates(ratings, r -> r.unit() + "@" + r.year(), "rating (unit@year)", problems);
        facts.forEach(f -> requireMember(members, f.unit(), "facts unit", problems));
        duplicates(facts, f -> f.unit() + "@" + f.year(), "facts (unit@year)", problems);
        history.forEach(h -> requireMember(members, h.unit(), "history unit", problems));
        votes.forEach(v -> requireMember(members, v.unit(), "vote unit", problems));
        duplicates(votes, v -> v.unit() + "/" + v.award(), "vote (unit/award)", problems);
        if (election != null) {
            requireMember(members, election.head(), "elected head", problems);
            requireMember(members, election.deputy(), "elected deputy", problems);
        }
        if (decisions != null) {
            decisions.leaders().forEach(u -> requireMember(members, u, "chosen leader", problems));
            decisions.proposals().forEach(p -> requireMember(members, p.unit(), "proposal unit", problems));
        }
        exclusions.forEach(x -> requireMember(members, x.unit(), "exclusion unit", problems));
        attestations.forEach(a -> requireMember(members, a.unit(), "attestation unit", problems));
        duplicates(attestations, a -> a.unit() + "@" + a.year() + "/" + a.condition(), "attestation", problems);
        unitReviews.forEach(r -> requireMember(members, r.unit(), "unit review of", problems));
        duplicates(unitReviews, UnitReviewRef::unit, "unit review of", problems);
        for (UnitReviewRef r : unitReviews) {
            if (r.review().year() != year) {
                problems.add("unit review " + r.file() + " is of " + r.review().year() + ", the bloc review of " + year);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Whether the bloc's decisions are recorded: then the review is appraised, not suggested. */
    public boolean hasDecisions() {
        return decisions != null;
    }

    /** The same review with the bloc's decisions replaced (null: none, suggest mode). */
    public BlocReview withDecisions(BlocDecisions newDecisions) {
        return new BlocReview(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, ratings, facts, history,
                votes, election, profile, illustrative, note, dossierReceivedDate, newDecisions, exclusions, attestations,
                unitReviews);
    }

    /**
     * The same review with other ratings and facts, the unit review references kept: what the engine uses once it
     * has taken the members' statistics from their unit reviews.
     */
    public BlocReview withRatingsAndFacts(List<YearRating> newRatings, List<UnitYearFacts> newFacts) {
        return new BlocReview(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, newRatings, newFacts,
                history, votes, election, profile, illustrative, note, dossierReceivedDate, decisions, exclusions,
                attestations, unitReviews);
    }

    /** {@link #withRatingsAndFacts} with other attestations too. */
    public BlocReview withRatingsFactsAndAttestations(List<YearRating> newRatings, List<UnitYearFacts> newFacts,
                                                      List<Attestation> newAttestations) {
        return new BlocReview(stage, year, reviewDate, bloc, term, pact, scheme, scorecards, newRatings, newFacts,
                history, votes, election, profile, illustrative, note, dossierReceivedDate, decisions, exclusions,
                newAttestations, unitReviews);
    }

    /** The unit review a member's statistics come from, if the review references one. */
    public Optional<UnitReviewRef> unitReview(UnitId unit) {
        return unitReviews.stream().filter(r -> r.unit().equals(unit)).findFirst();
    }

    /** The attestation of a condition for a unit and year, if any. */
    public Optional<Attestation> attestation(UnitId unit, int attestedYear, AttestedCondition condition) {
        return attestations.stream().filter(a -> a.unit().equals(unit) && a.year() == attestedYear
                && a.condition() == condition).findFirst();
    }

    /** The exclusion facts about one unit. */
    public List<ExclusionFact> exclusions(UnitId unit) {
        return exclusions.stream().filter(x -> x.unit().equals(unit)).toList();
    }

    private static void requireMember(Set<UnitId> members, UnitId unit, String what, List<String> problems) {
        if (unit != null && !members.contains(unit)) {
            problems.add(what + " " + unit + " is not a member of the bloc");
        }
    }

    /** Adds "duplicate {what}: key" to {@code problems} once for each key that occurs more than once. */
    private static <T, K> void duplicates(List<T> values, Function<T, K> key, String what, List<String> problems) {
        Set<K> seen = new HashSet<>();
        Set<K> reported = new HashSet<>();
        for (T v : values) {
            K k = key.apply(v);
            if (!seen.add(k) && reported.add(k)) {
                problems.add("duplicate " + what + ": " + k);
            }
        }
    }

    /** The rule set (regime) of the review: that of its legal period. */
    public Regime regime() {
        return period().ruleSet();
    }

    /**
     * The legal period that governs the review: by achievement year, and from 01/10/2026 by the date the dossier
     * was received (the decision date when none is given).
     */
    public LegalPeriod period() {
        return LegalPeriod.of(year, dossierReceivedDate, decisionDate());
    }

    /** The date decisions are taken: the review date, or 31 December of the year when none is given. */
    public LocalDate decisionDate() {
        return reviewDate != null ? reviewDate : LocalDate.of(year, 12, 31);
    }

    public Optional<Scorecard> scorecard(UnitId unit) {
        return scorecards.stream().filter(s -> s.unit().equals(unit)).findFirst();
    }

    public Optional<UnitYearFacts> facts(UnitId unit, int factsYear) {
        return facts.stream().filter(f -> f.unit().equals(unit) && f.year() == factsYear).findFirst();
    }

    public Optional<TaskRating> rating(UnitId unit, int ratingYear) {
        return ratings.stream().filter(r -> r.unit().equals(unit) && r.year() == ratingYear)
                .map(YearRating::rating).findFirst();
    }

    public List<AwardRecord> history(UnitId unit) {
        return history.stream().filter(h -> h.unit().equals(unit)).toList();
    }
}
