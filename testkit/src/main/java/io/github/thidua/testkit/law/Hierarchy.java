package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The award hierarchy holds: Government-flag proposals and provincial flags go only to bloc leaders (the best-ranked
 * units meeting the provincial-flag standard, by the engine's own ranking and decisions, at most
 * {@code bloc.leaderCount}); units barred by an exclusion (missing facts, something pending, a year not countable
 * after discipline) get NOT_ELIGIBLE for every award; only the provincial council decides the PM certificate (never
 * RECOMMENDED by a bloc).
 */
public final class Hierarchy implements Law {
    /** The law's name. */
    public static final String NAME = "hierarchy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "flags only for bloc leaders, nothing for excluded units, the PM certificate left to the province";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            check(s.review(), s.profile(), s.result(), s.reference(), out);
        } else {
            for (ReviewResult r : s.consolidation().blocs()) {
                for (ReferenceResult ref : s.referenceConsolidation().blocs()) {
                    if (ref.review().bloc().id().equals(r.bloc())) {
                        check(ref.review(), s.profile(), r, ref, out);
                    }
                }
            }
        }
        return out;
    }

    private static void check(BlocReview review, Profile profile, ReviewResult r, ReferenceResult ref,
                              List<Violation> out) {
        if (review.stage() != Stage.YEAR_END) {
            return;
        }
        String where = "bloc " + review.bloc().id() + ": ";
        int leaderCount = Support.intParam(profile, "bloc.leaderCount", review.year(), review.bloc().size());
        Set<UnitId> leaders = new LinkedHashSet<>();
        for (RankedUnit u : r.ranking().units()) {
            Outcome pf = Support.outcome(r, u.unit(), AwardType.PROVINCIAL_FLAG);
            if (pf != null && pf != Outcome.NOT_ELIGIBLE && leaders.size() < leaderCount) {
                leaders.add(u.unit());
            }
        }
        for (Decision d : r.decisions()) {
            boolean flag = d.award() == AwardType.GOVERNMENT_FLAG || d.award() == AwardType.PROVINCIAL_FLAG;
            if (flag && d.outcome() == Outcome.RECOMMENDED && !leaders.contains(d.unit())) {
                out.add(new Violation(NAME, where + d.unit() + " is RECOMMENDED for " + d.award()
                        + " but is not a bloc leader (leaders, the first " + leaderCount
                        + " units meeting the provincial-flag standard by rank: " + leaders + ")"));
            }
            if (d.award() == AwardType.PRIME_MINISTER_CERTIFICATE && d.outcome() == Outcome.RECOMMENDED) {
                out.add(new Violation(NAME, where + d.unit() + " is RECOMMENDED for the PM certificate by the bloc;"
                        + " only the provincial council decides it (PENDING_PROVINCE expected)"));
            }
            if (d.outcome() != Outcome.NOT_ELIGIBLE && ref.excluded(d.unit())) {
                out.add(new Violation(NAME, where + d.unit() + " is excluded ("
                        + ref.explainUnmet(d.unit(), d.award()) + ") but is " + d.outcome() + " for " + d.award()));
            }
        }
    }
}
