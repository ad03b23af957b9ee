package io.github.thidua.testkit.law;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One achievement, one award: at most one decision per unit and award, at most one awarded decision
 * (RECOMMENDED or PENDING_PROVINCE) per unit and year, never two state-level forms, and no state-level form for a
 * year that already has one (other than an irregular one) in the unit's history.
 */
public final class Exclusivity implements Law {
    /** The law's name. */
    public static final String NAME = "exclusivity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "at most one award per unit per year, never two state-level forms";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            check(s.review(), s.result(), out);
        } else {
            List<ReviewResult> results = s.consolidation().blocs();
            for (ReviewResult r : results) {
                for (BlocReview b : s.province().blocs()) {
                    if (b.bloc().id().equals(r.bloc())) {
                        check(b, r, out);
                    }
                }
            }
        }
        return out;
    }

    private static void check(BlocReview review, ReviewResult r, List<Violation> out) {
        Map<UnitId, List<AwardType>> awarded = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Decision d : r.decisions()) {
            if (!seen.add(d.unit() + "/" + d.award())) {
                out.add(new Violation(NAME, d.unit() + " has more than one decision for " + d.award()));
            }
            if (d.outcome().isAward()) {
                awarded.computeIfAbsent(d.unit(), k -> new ArrayList<>()).add(d.award());
            }
        }
        for (Map.Entry<UnitId, List<AwardType>> e : awarded.entrySet()) {
            List<AwardType> awards = e.getValue();
            if (awards.size() > 1) {
                out.add(new Violation(NAME, e.getKey() + " receives " + awards.size() + " awards for "
                        + review.year() + ": " + awards));
            }
            long state = awards.stream().filter(AwardType::isStateLevel).count();
            if (state > 1) {
                out.add(new Violation(NAME, e.getKey() + " receives two state-level forms for " + review.year()
                        + ": " + awards));
            }
            if (state > 0) {
                for (AwardRecord h : review.history(e.getKey())) {
                    if (h.achievementYear() == review.year() && h.award().isStateLevel()
                            && h.status() == AwardStatus.GRANTED && h.kind() != AwardKind.IRREGULAR) {
                        out.add(new Violation(NAME, e.getKey() + " receives " + awards + " for " + review.year()
                                + " but already holds a " + h.kind() + " " + h.award() + " for that year"));
                    }
                }
            }
        }
    }
}
