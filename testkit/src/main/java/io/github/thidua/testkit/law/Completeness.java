package io.github.thidua.testkit.law;

import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit meeting every condition of an award is not refused it (never NOT_ELIGIBLE), and a unit meeting every
 * condition, within the quota (as the reference evaluator selects) and selected for nothing higher receives it.
 */
public final class Completeness implements Law {
    /** The law's name. */
    public static final String NAME = "completeness";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a unit meeting every condition is never NOT_ELIGIBLE, and within the quota it receives the award";
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.review().stage() != Stage.YEAR_END) {
            return out;
        }
        ReviewResult r = s.result();
        ReferenceResult ref = s.reference();
        for (UnitId u : ref.ranking()) {
            Optional<AwardType> best = ref.best(u);
            for (AwardType a : AwardType.values()) {
                if (!ref.eligible(u, a)) {
                    continue;
                }
                Outcome o = Support.outcome(r, u, a);
                if (o == null || o == Outcome.NOT_ELIGIBLE) {
                    out.add(new Violation(NAME, u + " meets every condition of " + a + " (re-checked from the input)"
                            + " but the engine says " + (o == null ? "nothing" : o + " (unmet: "
                            + Support.decision(r, u, a).unmet().stream().map(x -> x.ruleId()).toList() + ")")));
                } else if (best.isPresent() && best.get() == a && !o.isAward() && o != Outcome.ELIGIBLE_OTHER_AUTHORITY) {
                    out.add(new Violation(NAME, u + " meets every condition of " + a + ", is within its quota and"
                            + " selected for nothing higher, but the engine says " + o + " ("
                            + Support.decision(r, u, a).reasons().stream().map(x -> x.ruleId()).toList() + ")"));
                }
            }
        }
        return out;
    }
}
