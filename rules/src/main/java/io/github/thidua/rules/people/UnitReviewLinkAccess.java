package io.github.thidua.rules.people;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.people.UnitReview;

/** For test suites: the one-member bloc review the engine evaluates a unit review's collective titles on. */
public final class UnitReviewLinkAccess {
    private UnitReviewLinkAccess() {
    }

    /** The one-member year-end bloc review of {@code review} with {@code stats} as its member statistics. */
    public static BlocReview bloc(UnitReview review, MemberStatistics stats) {
        return UnitReviewEngine.collectiveBloc(review, stats);
    }
}
