package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every award the engine grants, proposes or calls eligible (RECOMMENDED, PENDING_PROVINCE,
 * ELIGIBLE_NOT_SELECTED) has all its conditions met, re-checked from the input by the reference evaluator,
 * independently of the DRL.
 */
public final class Soundness implements Law {
    /** The law's name. */
    public static final String NAME = "soundness";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every recommended, pending or eligible-not-selected award meets all its conditions, re-checked from"
                + " the input";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            check(s.result(), s.reference(), out);
        } else {
            ConsolidationResult c = s.consolidation();
            for (ReviewResult r : c.blocs()) {
                ReferenceResult ref = null;
                for (ReferenceResult x : s.referenceConsolidation().blocs()) {
                    if (x.review().bloc().id().equals(r.bloc())) {
                        ref = x;
                    }
                }
                check(r, ref, out);
            }
        }
        return out;
    }

    private static void check(ReviewResult r, ReferenceResult ref, List<Violation> out) {
        BlocReview review = ref.review();
        for (Decision d : r.decisions()) {
            if (d.outcome() == Outcome.NOT_ELIGIBLE) {
                continue;
            }
            if (!ref.eligible(d.unit(), d.award())) {
                out.add(new Violation(NAME, "bloc " + review.bloc().id() + ": " + d.unit() + " is " + d.outcome()
                        + " for " + d.award() + " but does not meet " + ref.explainUnmet(d.unit(), d.award())));
            }
        }
    }
}
