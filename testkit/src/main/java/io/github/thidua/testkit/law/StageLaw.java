package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Only the year-end review decides: a MID_YEAR or PACT review yields no decisions and no next term; a YEAR_END review
 * decides every award for every member exactly once and names next year's term.
 */
public final class StageLaw implements Law {
    /** The law's name. */
    public static final String NAME = "stage";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a mid-year review decides nothing; a year-end review decides every award for every member";
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        BlocReview review = s.review();
        ReviewResult r = s.result();
        if (r.stage() != review.stage()) {
            out.add(new Violation(NAME, "the result is for stage " + r.stage() + ", the review for " + review.stage()));
        }
        if (review.stage() != Stage.YEAR_END) {
            if (!r.decisions().isEmpty()) {
                out.add(new Violation(NAME, "a " + review.stage() + " review yields " + r.decisions().size()
                        + " decisions, e.g. " + r.decisions().get(0).unit() + " " + r.decisions().get(0).award() + " "
                        + r.decisions().get(0).outcome()));
            }
            if (r.nextTerm() != null) {
                out.add(new Violation(NAME, "a " + review.stage() + " review names next year's term"));
            }
            return out;
        }
        int expected = review.bloc().size() * AwardType.values().length;
        if (r.decisions().size() != expected) {
            List<String> missing = new ArrayList<>();
            for (Unit u : review.bloc().members()) {
                for (AwardType a : AwardType.values()) {
                    if (Support.decision(r, u.id(), a) == null) {
                        missing.add(u.id() + "/" + a);
                    }
                }
            }
            out.add(new Violation(NAME, "a YEAR_END review of " + review.bloc().size() + " members yields "
                    + r.decisions().size() + " decisions, expected " + expected + "; undecided: "
                    + Support.capped(missing, 10)));
        }
        if (r.nextTerm() == null) {
            out.add(new Violation(NAME, "a YEAR_END review names no next term"));
        }
        return out;
    }
}
