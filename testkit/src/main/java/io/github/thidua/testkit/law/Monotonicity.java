package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.gen.Mutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Doing better never hurts a unit, doing worse never helps it, other things equal. For the probed unit:
 * <ul>
 *   <li>raising one of its scores, or improving one of its conditions ({@link Mutation}: one that a higher award
 *       lacks, else the probe's or the next that can improve), never makes an award it was
 *       eligible for NOT_ELIGIBLE and never lowers its best award;</li>
 *   <li>worsening one of its conditions never makes an award it was NOT_ELIGIBLE for eligible and never raises its
 *       best award.</li>
 * </ul>
 * Outcomes are ordered NOT_ELIGIBLE &lt; ELIGIBLE_NOT_SELECTED &lt; RECOMMENDED = PENDING_PROVINCE per award; the best
 * award is the highest-precedence award RECOMMENDED or PENDING_PROVINCE (none is lowest). The per-award order itself
 * is not monotone: a unit that rises from the provincial to the Government flag sees its provincial flag become
 * ELIGIBLE_NOT_SELECTED, which is why the law compares eligibility and the best award.
 */
public final class Monotonicity implements Law {
    /** The law's name. */
    public static final String NAME = "monotonicity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "raising a unit's score or improving a condition never worsens its own outcome; worsening never grants";
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        BlocReview review = s.review();
        if (review.stage() != Stage.YEAR_END) {
            return out;
        }
        UnitId u = review.bloc().members().get(s.probe().unit() % review.bloc().size()).id();
        ReviewResult before = s.result();
        Mutation up = s.probe().improve();
        Mutation down = s.probe().worsen();
        Perturbations.raiseScore(review, u).ifPresent(r -> better(u, "raising its score", before, s.evaluate(r), out));
        Perturbations.targetedImprovement(review, u, s.reference())
                .or(() -> Perturbations.firstImprovement(review, u, up))
                .ifPresent(c -> better(u, "improving " + c.mutation(), before, s.evaluate(c.review()), out));
        Perturbations.firstWorsening(review, u, down).ifPresent(c -> worse(u, "worsening " + c.mutation(), before,
                s.evaluate(c.review()), out));
        return out;
    }

    private static void better(UnitId u, String change, ReviewResult before, ReviewResult after, List<Violation> out) {
        for (AwardType a : AwardType.values()) {
            Outcome b = Support.outcome(before, u, a);
            Outcome c = Support.outcome(after, u, a);
            if (b != null && b != Outcome.NOT_ELIGIBLE && c == Outcome.NOT_ELIGIBLE) {
                out.add(new Violation(NAME, change + " made " + u + " NOT_ELIGIBLE for " + a + " (was " + b + ")"));
            }
        }
        Optional<AwardType> b = Support.best(before, u);
        Optional<AwardType> c = Support.best(after, u);
        if (Support.precedence(c) > Support.precedence(b)) {
            out.add(new Violation(NAME, change + " lowered " + u + "'s award from " + Support.show(b) + " to "
                    + Support.show(c)));
        }
    }

    private static void worse(UnitId u, String change, ReviewResult before, ReviewResult after, List<Violation> out) {
        for (AwardType a : AwardType.values()) {
            Outcome b = Support.outcome(before, u, a);
            Outcome c = Support.outcome(after, u, a);
            if (b == Outcome.NOT_ELIGIBLE && c != null && c != Outcome.NOT_ELIGIBLE) {
                out.add(new Violation(NAME, change + " made " + u + " " + c + " for " + a + " (was NOT_ELIGIBLE)"));
            }
        }
        Optional<AwardType> b = Support.best(before, u);
        Optional<AwardType> c = Support.best(after, u);
        if (Support.precedence(c) < Support.precedence(b)) {
            out.add(new Violation(NAME, change + " raised " + u + "'s award from " + Support.show(b) + " to "
                    + Support.show(c)));
        }
    }
}
