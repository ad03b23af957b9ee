package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An agency's year-end review of its people (bình xét thi đua cá nhân), with what the unit's own collective
 * titles need. Immutable; every ballot names a person of the review, and initiative ids are unique across people.
 *
 * @param year           the achievement year
 * @param reviewDate     the date of the council meeting (decides the decree cited), or null: 31/12 of the year
 * @param decisionDate   the expected date of the award decisions (decides the base salary of the bonus), or
 *                       null: the review date
 * @param province       the province
 * @param profile        the parameter profile, e.g. "national"
 * @param unit           the agency (its kind decides who gives the lower titles)
 * @param unitRating     the unit's own rating for the year, or null when not yet rated
 * @param outstandingUnit whether the unit is itself rated outstanding, which raises the share of excellent ratings
 * @param facts          the unit's collective facts, or null when its collective titles are not reviewed
 * @param councilMembers members of the unit's emulation council (Hội đồng thi đua - khen thưởng), or null
 * @param people         the people, at least one
 * @param ballots        the council's ballots
 * @param illustrative   whether the data is (partly) invented
 * @param note           free text, or null
 */
public record UnitReview(int year, LocalDate reviewDate, LocalDate decisionDate, String province, String profile,
                         Unit unit, TaskRating unitRating, boolean outstandingUnit, CollectiveFacts facts,
                         Integer councilMembers, List<Person> people, List<CouncilBallot> ballots,
                         boolean illustrative, String note) {
    public UnitReview {
        Checks.year(year, "year");
        Checks.notBlank(province, "province");
        Checks.notBlank(profile, "profile");
        Checks.notNull(unit, "unit");
        people = Checks.list(people, "people");
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a unit review needs at least one person");
        }
        Checks.unique(people, Person::id, "person id");
        ballots = Checks.list(ballots, "ballots");
        if (councilMembers != null && councilMembers < 1) {
            throw new IllegalArgumentException("councilMembers must be at least 1, was " + councilMembers);
        }
        Set<String> ids = people.stream().map(Person::id).collect(Collectors.toSet());
        Set<String> initiativeIds = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Person p : people) {
            for (Initiative i : p.initiatives()) {
                if (!initiativeIds.add(i.id())) {
                    problems.add("initiative id " + i.id() + " is used by more than one person");
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (CouncilBallot b : ballots) {
            if (!ids.contains(b.person())) {
                problems.add("ballot names unknown person " + b.person());
            }
            if (!seen.add(b.person() + "/" + b.award())) {
                problems.add("two ballots for " + b.person() + " on " + b.award());
            }
            if (councilMembers == null) {
                problems.add("ballots are given but not councilMembers");
            } else if (b.votesFor() > councilMembers) {
                problems.add("ballot for " + b.person() + " counts " + b.votesFor() + " votes, more than the "
                        + councilMembers + " council members");
            }
        }
        if (reviewDate != null && (reviewDate.getYear() < year || reviewDate.getYear() > year + 1)) {
            problems.add("reviewDate " + reviewDate + " is not in " + year + " or " + (year + 1));
        }
        if (decisionDate != null && reviewDate != null && decisionDate.isBefore(reviewDate)) {
            problems.add("decisionDate " + decisionDate + " is before reviewDate " + reviewDate);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The meeting date: {@code reviewDate}, or 31 December of the year. */
    public LocalDate effectiveReviewDate() {
        return reviewDate != null ? reviewDate : LocalDate.of(year, 12, 31);
    }

    /** The decision date the bonus uses: {@code decisionDate}, else the review date. */
    public LocalDate effectiveDecisionDate() {
        return decisionDate != null ? decisionDate : effectiveReviewDate();
    }

    /** People by id, in review order. */
    public Map<String, Person> peopleById() {
        return people.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
