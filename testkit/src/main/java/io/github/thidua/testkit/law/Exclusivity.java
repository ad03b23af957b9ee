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
 * One achievement, one form, as the law words it: at most one decision per unit and award; at most one awarded
 * (RECOMMENDED or PENDING_PROVINCE) form of commendation per unit and year; never two state-level forms; never both
 * labour-collective titles; the Government flag beside the provincial flag only where the profile lets a leader keep
 * it; and no state-level form for a year that already has one granted, proposed or pending (other than an irregular
 * one) in the unit's history. A title beside a form (a leader's provincial flag and a pending PM certificate) is no
 * violation.
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
        return "one form of commendation per unit and year, never two state-level forms, a flag beside the Government flag only where the profile allows";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            check(s.review(), s.profile(), s.result(), out);
        } else {
            List<ReviewResult> results = s.consolidation().blocs();
            for (ReviewResult r : results) {
                for (BlocReview b : s.province().blocs()) {
                    if (b.bloc().id().equals(r.bloc())) {
                        check(b, s.profile(), r, out);
                    }
                }
            }
        }
        return out;
    }

    private static void check(BlocReview review, io.github.thidua.core.profile.Profile profile, ReviewResult r,
                              List<Violation> out) {
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
        boolean keepsFlag = profile == null || profile.find("bloc.leaderKeepsFlagWhenProposedForGovernmentFlag",
                java.time.LocalDate.of(review.year(), 12, 31), review.bloc().size())
                .map(io.github.thidua.core.profile.ResolvedParameter::booleanValue).orElse(true);
        for (Map.Entry<UnitId, List<AwardType>> e : awarded.entrySet()) {
            List<AwardType> awards = e.getValue();
            long forms = awards.stream().filter(a -> a.form() == io.github.thidua.core.law.AwardForm.COMMENDATION).count();
            if (forms > 1) {
                out.add(new Violation(NAME, e.getKey() + " receives " + forms + " forms of commendation for "
                        + review.year() + ": " + awards));
            }
            if (awards.contains(AwardType.EXCELLENT_LABOUR_COLLECTIVE) && awards.contains(AwardType.ADVANCED_LABOUR_COLLECTIVE)) {
                out.add(new Violation(NAME, e.getKey() + " receives both labour-collective titles for " + review.year()));
            }
            if (!keepsFlag && awards.contains(AwardType.GOVERNMENT_FLAG) && awards.contains(AwardType.PROVINCIAL_FLAG)) {
                out.add(new Violation(NAME, e.getKey() + " holds the provincial flag beside the Government flag for "
                        + review.year() + " although the profile says the proposal replaces it"));
            }
            long state = awards.stream().filter(AwardType::isStateLevel).count();
            if (state > 1) {
                out.add(new Violation(NAME, e.getKey() + " receives two state-level forms for " + review.year()
                        + ": " + awards));
            }
            if (state > 0) {
                for (AwardRecord h : review.history(e.getKey())) {
                    if (h.achievementYear() == review.year() && h.award().isStateLevel()
                            && (h.status() == AwardStatus.GRANTED || h.status().isOpen())
                            && h.kind() != AwardKind.IRREGULAR) {
                        out.add(new Violation(NAME, e.getKey() + " receives " + awards + " for " + review.year()
                                + " but already holds or awaits a " + h.kind() + " " + h.award() + " for that year"));
                    }
                }
            }
        }
    }
}
