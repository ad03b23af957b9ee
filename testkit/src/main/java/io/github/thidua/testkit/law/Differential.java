package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceConsolidation;
import io.github.thidua.testkit.reference.ReferenceResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine and the reference evaluator agree: the same ranking, the same outcome for every unit and award, the same
 * next head, deputy and election flag, and in a province the same council outcomes and quota figures.
 */
public final class Differential implements Law {
    /** The law's name. */
    public static final String NAME = "differential";
    private static final int SHOWN = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the engine and the plain-Java reference evaluator agree on every outcome and next year's term";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<String> diffs = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            compare(s.result(), s.reference(), null, diffs);
        } else {
            ConsolidationResult c = s.consolidation();
            ReferenceConsolidation ref = s.referenceConsolidation();
            for (ReviewResult r : c.blocs()) {
                for (ReferenceResult b : ref.blocs()) {
                    if (b.review().bloc().id().equals(r.bloc())) {
                        compare(r, b, ref, diffs);
                    }
                }
            }
            ConsolidationResult.GovernmentFlagQuota q = c.quota();
            if (q.leaders() != ref.leaders() || q.cap() != ref.cap() || q.proposed() != ref.proposals().size()
                    || q.confirmed() != ref.confirmed()) {
                diffs.add("quota: engine leaders " + q.leaders() + ", cap " + q.cap() + ", proposed " + q.proposed()
                        + ", confirmed " + q.confirmed() + "; reference leaders " + ref.leaders() + ", cap "
                        + ref.cap() + ", proposed " + ref.proposals().size() + ", confirmed " + ref.confirmed());
            }
        }
        if (diffs.isEmpty()) {
            return List.of();
        }
        String more = diffs.size() > SHOWN ? " … and " + (diffs.size() - SHOWN) + " more" : "";
        return List.of(new Violation(NAME, diffs.size() + " disagreement(s): "
                + String.join("; ", Support.capped(diffs, SHOWN)) + more));
    }

    private static void compare(ReviewResult r, ReferenceResult ref, ReferenceConsolidation council,
                                List<String> diffs) {
        BlocReview review = ref.review();
        String where = "bloc " + review.bloc().id() + ": ";
        List<UnitId> engineOrder = r.ranking().units().stream().map(RankedUnit::unit).toList();
        if (!engineOrder.equals(ref.ranking())) {
            diffs.add(where + "ranking " + engineOrder + " vs reference " + ref.ranking());
        }
        for (UnitId u : ref.decided() ? ref.ranking() : List.<UnitId>of()) {
            for (AwardType a : AwardType.values()) {
                Outcome e = Support.outcome(r, u, a);
                Outcome x = council != null ? council.outcome(u, a) : ref.outcome(u, a);
                if (e != x) {
                    diffs.add(where + u + " " + a + ": engine " + e + ", reference " + x + " ("
                            + (ref.eligible(u, a) ? "eligible" + (ref.selected(u, a) ? ", selected" : ", not selected")
                            + (ref.isLeader(u) ? ", leader" : "")
                            : "unmet " + ref.explainUnmet(u, a)) + ")");
                }
            }
        }
        if (!ref.decided() && !r.decisions().isEmpty()) {
            diffs.add(where + "engine decides " + r.decisions().size() + " cases at stage " + review.stage());
        }
        NextTerm t = r.nextTerm();
        UnitId head = t == null ? null : t.head();
        UnitId deputy = t == null ? null : t.deputy();
        boolean elected = t != null && t.elected();
        if (!Objects.equals(head, ref.nextHead()) || !Objects.equals(deputy, ref.nextDeputy())
                || elected != ref.nextElected()) {
            diffs.add(where + "next term: engine head " + head + ", deputy " + deputy + ", elected " + elected
                    + "; reference head " + ref.nextHead() + ", deputy " + ref.nextDeputy() + ", elected "
                    + ref.nextElected());
        }
    }
}
