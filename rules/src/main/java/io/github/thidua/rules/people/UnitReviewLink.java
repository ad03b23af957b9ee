package io.github.thidua.rules.people;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.people.UnitReviewRef;
import io.github.thidua.core.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a bloc review to its members' unit reviews: each member's statistics for the year come from the member's
 * own review of its people instead of being typed in. When the bloc review also types statistics for that member
 * and they differ from the derived ones, that is a validation error naming both. When the bloc review has no facts
 * for the member, the unit review's collective facts are used; when it has no rating of the member for the year,
 * the unit review's unit rating (a rating given in both that differs is an error too).
 *
 * <p>The engine links a bloc review that references unit reviews ({@link BlocReview#unitReviews()}, the scenario
 * format's {@code members[].unitReview}) itself, with {@link #link}; {@link #apply} is for hosts that hold the unit
 * reviews in memory.
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
        List<Linked> linked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, UnitReview> e : reviews.entrySet()) {
            UnitReview r = e.getValue();
            UnitId unit = r.unit().id();
            if (!bloc.bloc().memberIds().contains(unit)) {
                problems.add("unit review " + e.getKey() + " is of '" + unit + "', not a member of bloc "
                        + bloc.bloc().id());
            } else if (r.year() != bloc.year()) {
                problems.add("unit review " + e.getKey() + " is of " + r.year() + ", the bloc review of " + bloc.year());
            } else {
                linked.add(new Linked(unit, e.getKey(), null, null, r));
            }
        }
        if (!problems.isEmpty()) {
            throw new MismatchException(problems);
        }
        Result result = link(bloc, linked, engine, profile);
        if (!result.problems().isEmpty()) {
            throw new MismatchException(result.problems().stream().map(ScenarioError::message).toList());
        }
        return result.review();
    }

    /**
     * The bloc review with the statistics of each member that references its unit review
     * ({@link BlocReview#unitReviews()}) taken from it; the review itself when it references none. The references
     * are kept, so linking again gives the same review.
     *
     * @param bloc    the bloc review
     * @param engine  the engine that evaluates the unit reviews
     * @param profile the profile to evaluate them with (the bloc's)
     * @throws ScenarioException with one error per disagreement, each naming the bloc review's file and the JSON
     *                           path of the typed value, the unit review's file and both values, and the fix
     */
    public static BlocReview link(BlocReview bloc, UnitReviewEngine engine, Profile profile) {
        if (bloc.unitReviews().isEmpty()) {
            return bloc;
        }
        List<Linked> linked = bloc.unitReviews().stream()
                .map(r -> new Linked(r.unit(), r.file(), r.source(), r.path(), r.review())).toList();
        Result result = link(bloc, linked, engine, profile);
        if (!result.problems().isEmpty()) {
            throw new ScenarioException(result.problems());
        }
        return result.review();
    }

    /** A unit review to link: the member, its name for messages, where it was referenced (or null), the review. */
    private record Linked(UnitId unit, String file, String source, String path, UnitReview review) {
        /** The JSON path of a field of the bloc review that holds the reference, e.g. {@code $.facts[2].members}. */
        String blocPath(String field) {
            if (path == null) {
                return field;
            }
            int members = path.lastIndexOf(".members[");
            return (members < 0 ? "$" : path.substring(0, members)) + "." + field;
        }
    }

    private record Result(BlocReview review, List<ScenarioError> problems) {
    }

    private static Result link(BlocReview bloc, List<Linked> linked, UnitReviewEngine engine, Profile profile) {
        List<ScenarioError> problems = new ArrayList<>();
        Map<UnitId, UnitYearFacts> facts = new LinkedHashMap<>();
        bloc.facts().forEach(f -> facts.put(f.unit(), f));
        List<YearRating> ratings = new ArrayList<>(bloc.ratings());
        List<io.github.thidua.core.Attestation> attestations = new ArrayList<>(bloc.attestations());
        for (Linked l : linked) {
            UnitReview r = l.review();
            UnitId unit = l.unit();
            MemberStatistics derived = engine.review(r, profile).statistics();
            int index = -1;
            for (int i = 0; i < bloc.facts().size(); i++) {
                UnitYearFacts f = bloc.facts().get(i);
                if (f.unit().equals(unit) && f.year() == bloc.year()) {
                    index = i;
                }
            }
            if (index >= 0) {
                UnitYearFacts typed = bloc.facts().get(index);
                if (!typed.members().equals(derived)) {
                    problems.add(new ScenarioError(source(l, bloc), l.blocPath("facts[" + index + "].members"),
                            "the statistics typed for '" + unit + "' for " + bloc.year() + " disagree with unit review '"
                                    + l.file() + "', which derives them from its people: " + differences(typed.members(),
                                    derived) + " / số liệu nhập tay khác số liệu tính từ tệp bình xét cá nhân",
                            "correct the typed statistics or the unit review, or remove this facts entry to take the"
                                    + " member's statistics and facts from " + l.file()));
                }
            } else {
                CollectiveFacts c = r.facts();
                if (c == null) {
                    problems.add(new ScenarioError(source(l, bloc), l.path() == null ? "facts" : l.path(),
                            "unit review '" + l.file() + "' has no \"facts\" and the bloc review none for '" + unit
                                    + "' for " + bloc.year(), "add the unit's \"facts\" to the unit review, or a facts"
                                    + " entry for the member to the bloc review"));
                    continue;
                }
                facts.put(unit, new UnitYearFacts(unit, bloc.year(), c.targetsExceeded(), c.partyCleanStrong(),
                        c.solidarity(), c.underDisciplineReview(), c.underInvestigation(), c.pendingComplaint(),
                        c.pressIssueUnderVerification(), c.disciplineEndedOn(), derived,
                        c.partyOrganisationExcellent()));
            }
            // the unit's attested conditions, where the bloc review states none for the member and the year
            if (r.facts() != null) {
                for (io.github.thidua.core.AttestedCondition c : r.facts().attested()) {
                    var stated = bloc.attestation(unit, bloc.year(), c);
                    if (stated.isEmpty()) {
                        attestations.add(new io.github.thidua.core.Attestation(unit, bloc.year(), c, true,
                                "unit review " + l.file()));
                    } else if (!stated.get().met()) {
                        int k = bloc.attestations().indexOf(stated.get());
                        problems.add(new ScenarioError(source(l, bloc), l.blocPath("attestations[" + k + "].met"),
                                "'" + unit + "' is stated here not to meet " + c + " for " + bloc.year()
                                        + ", but unit review '" + l.file() + "' attests it (\"facts\".\"attested\")"
                                        + " / hai tệp xác nhận khác nhau",
                                "correct one of them, or remove this attestation to take the unit review's"));
                    }
                }
            }
            TaskRating own = r.unitRating();
            if (own != null) {
                int ratingIndex = -1;
                for (int i = 0; i < bloc.ratings().size(); i++) {
                    YearRating y = bloc.ratings().get(i);
                    if (y.unit().equals(unit) && y.year() == bloc.year()) {
                        ratingIndex = i;
                    }
                }
                if (ratingIndex < 0) {
                    ratings.add(new YearRating(unit, bloc.year(), own));
                } else if (bloc.ratings().get(ratingIndex).rating() != own) {
                    problems.add(new ScenarioError(source(l, bloc), l.blocPath("ratings[" + ratingIndex + "].rating"),
                            "'" + unit + "' is rated " + bloc.ratings().get(ratingIndex).rating() + " for "
                                    + bloc.year() + " here, but " + own + " in unit review '" + l.file()
                                    + "' (\"unitRating\") / xếp loại đơn vị khác nhau giữa hai tệp",
                            "correct one of them, or remove this rating to take the unit review's"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(bloc, problems);
        }
        return new Result(bloc.withRatingsFactsAndAttestations(ratings, List.copyOf(facts.values()), attestations),
                List.of());
    }

    private static String source(Linked l, BlocReview bloc) {
        return l.source() != null ? l.source() : "bloc review " + bloc.bloc().id();
    }

    /** The fields that differ, each with both values: "Lao động tiên tiến: typed 30, derived 34". */
    private static String differences(MemberStatistics typed, MemberStatistics derived) {
        List<String> out = new ArrayList<>();
        diff(out, "headcount", typed.headcount(), derived.headcount());
        diff(out, "completed tasks", typed.completedTasks(), derived.completedTasks());
        diff(out, "Lao động tiên tiến", typed.advancedLabour(), derived.advancedLabour());
        diff(out, "Chiến sĩ thi đua cơ sở", typed.emulationFighters(), derived.emulationFighters());
        diff(out, "disciplined at warning or above", typed.disciplinedWarningOrAbove(),
                derived.disciplinedWarningOrAbove());
        diff(out, "women", typed.women(), derived.women());
        return String.join(", ", out);
    }

    private static void diff(List<String> out, String what, int typed, int derived) {
        if (typed != derived) {
            out.add(what + " typed " + typed + ", derived " + derived);
        }
    }
}
