package io.github.thidua.rules.people;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a bloc review to its members' unit reviews: each member's statistics for the year come from the member's
 * own review of its people instead of being typed in. When the bloc review also types statistics for that member
 * and they differ from the derived ones, that is a validation error naming both.
 */
public final class UnitReviewLink {
    /** The bloc review's typed statistics and a unit review's derived ones disagree, or a unit review does not fit. */
    public static final class MismatchException extends IllegalArgumentException {
        private final List<String> problems;

        MismatchException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        /** One message per problem. */
        public List<String> problems() {
            return problems;
        }
    }

    private UnitReviewLink() {
    }

    /**
     * The bloc review with each reviewed member's statistics (and, when the bloc review has no facts for it, its
     * collective facts) taken from its unit review.
     *
     * @param bloc     the bloc review
     * @param reviews  unit reviews of some of its members, named for messages (e.g. by file)
     * @param engine   the engine that evaluates the unit reviews
     * @param profile  the profile to evaluate them with
     * @throws MismatchException naming both sides of each disagreement, or a review of a non-member, another
     *                           year, or without facts where the bloc review has none
     */
    public static BlocReview apply(BlocReview bloc, Map<String, UnitReview> reviews, UnitReviewEngine engine,
                                   Profile profile) {
        List<String> problems = new ArrayList<>();
        Map<UnitId, UnitYearFacts> facts = new LinkedHashMap<>();
        bloc.facts().forEach(f -> facts.put(f.unit(), f));
        for (Map.Entry<String, UnitReview> e : reviews.entrySet()) {
            UnitReview r = e.getValue();
            UnitId unit = r.unit().id();
            if (!bloc.bloc().memberIds().contains(unit)) {
                problems.add("unit review " + e.getKey() + " is of '" + unit + "', not a member of bloc "
                        + bloc.bloc().id());
                continue;
            }
            if (r.year() != bloc.year()) {
                problems.add("unit review " + e.getKey() + " is of " + r.year() + ", the bloc review of " + bloc.year());
                continue;
            }
            MemberStatistics derived = engine.review(r, profile).statistics();
            UnitYearFacts typed = bloc.facts().stream().filter(f -> f.unit().equals(unit) && f.year() == bloc.year())
                    .findFirst().orElse(null);
            if (typed != null) {
                if (!typed.members().equals(derived)) {
                    problems.add("bloc review facts of '" + unit + "' for " + bloc.year() + " type the members as "
                            + describe(typed.members()) + ", but unit review " + e.getKey() + " derives "
                            + describe(derived) + " from its people; correct one of them or drop the typed statistics");
                }
                continue;
            }
            CollectiveFacts c = r.facts();
            if (c == null) {
                problems.add("unit review " + e.getKey() + " has no \"facts\" and the bloc review none for '" + unit + "'");
                continue;
            }
            facts.put(unit, new UnitYearFacts(unit, bloc.year(), c.targetsExceeded(), c.partyCleanStrong(),
                    c.solidarity(), c.underDisciplineReview(), c.underInvestigation(), c.pendingComplaint(),
                    c.pressIssueUnderVerification(), c.disciplineEndedOn(), derived));
        }
        if (!problems.isEmpty()) {
            throw new MismatchException(problems);
        }
        return new BlocReview(bloc.stage(), bloc.year(), bloc.reviewDate(), bloc.bloc(), bloc.term(), bloc.pact(),
                bloc.scheme(), bloc.scorecards(), bloc.ratings(), List.copyOf(facts.values()), bloc.history(),
                bloc.votes(), bloc.election(), bloc.profile(), bloc.illustrative(), bloc.note());
    }

    private static String describe(MemberStatistics s) {
        return "headcount " + s.headcount() + ", completed tasks " + s.completedTasks() + ", Lao động tiên tiến "
                + s.advancedLabour() + ", Chiến sĩ thi đua cơ sở " + s.emulationFighters()
                + ", disciplined at warning or above " + s.disciplinedWarningOrAbove() + ", women " + s.women();
    }
}
