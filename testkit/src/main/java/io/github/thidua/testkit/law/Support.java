package io.github.thidua.testkit.law;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.json.ResultJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Helpers shared by the laws. */
final class Support {
    private Support() {
    }

    /** The decision for a unit and award, or null. */
    static Decision decision(ReviewResult r, UnitId unit, AwardType award) {
        for (Decision d : r.decisions()) {
            if (d.unit().equals(unit) && d.award() == award) {
                return d;
            }
        }
        return null;
    }

    static Outcome outcome(ReviewResult r, UnitId unit, AwardType award) {
        Decision d = decision(r, unit, award);
        return d == null ? null : d.outcome();
    }

    /** The highest-precedence award the unit receives (RECOMMENDED or PENDING_PROVINCE). */
    static Optional<AwardType> best(ReviewResult r, UnitId unit) {
        AwardType best = null;
        for (Decision d : r.decisions()) {
            if (d.unit().equals(unit) && d.outcome().isAward() && (best == null || d.award().outranks(best))) {
                best = d.award();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Precedence of a best award: 0 for the Government flag, …, 7 for none (higher is worse). */
    static int precedence(Optional<AwardType> best) {
        return best.map(Enum::ordinal).orElse(AwardType.values().length);
    }

    static String show(Optional<AwardType> best) {
        return best.map(Enum::name).orElse("nothing");
    }

    /** Units with the award in the given outcome. */
    static List<UnitId> units(ReviewResult r, AwardType award, Outcome outcome) {
        List<UnitId> list = new ArrayList<>();
        for (Decision d : r.decisions()) {
            if (d.award() == award && d.outcome() == outcome) {
                list.add(d.unit());
            }
        }
        return list;
    }

    /** An integer parameter as the engine reads it (31 December of the year, truncated). */
    static int intParam(Profile profile, String name, int year, int blocSize) {
        return profile.get(name, LocalDate.of(year, 12, 31), blocSize).decimalValue().intValue();
    }

    /** floor(share × base) for a share parameter. */
    static int floorShare(Profile profile, String name, int year, int sizeForLookup, int base) {
        BigDecimal share = profile.get(name, LocalDate.of(year, 12, 31), sizeForLookup).decimalValue();
        return share.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /** The first line where two texts differ, with a little context, for determinism messages. */
    static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": '" + x[i].strip() + "' vs '" + y[i].strip() + "'";
            }
        }
        return "lengths differ: " + x.length + " vs " + y.length + " lines";
    }

    /**
     * A consolidation as text independent of the order of the blocs: the quota, then each bloc's result JSON in bloc
     * id order.
     */
    static String canonical(ConsolidationResult c) {
        StringBuilder sb = new StringBuilder();
        ConsolidationResult.GovernmentFlagQuota q = c.quota();
        sb.append("quota leaders=").append(q.leaders()).append(" share=").append(q.share()).append(" cap=")
                .append(q.cap()).append(" proposed=").append(q.proposed()).append(" confirmed=").append(q.confirmed())
                .append('\n');
        List<ReviewResult> blocs = new ArrayList<>(c.blocs());
        blocs.sort(Comparator.comparing(ReviewResult::bloc));
        for (ReviewResult r : blocs) {
            sb.append(ResultJson.write(r, false));
        }
        return sb.toString();
    }

    static <T> List<T> capped(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }
}
