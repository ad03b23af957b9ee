package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ConsolidationResult.GovernmentFlagQuota;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.facts.Quotas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Why one unit of a bloc got what it got ({@code thidua explain}): its rank, its position under each quota of the
 * bloc (and of the province, after a consolidation), and for each award the outcome with every reason and every
 * unmet condition, each with its rule, legal basis and certainty.
 *
 * <p>Everything is derived from the engine's result: the decisions' {@link Decision#reasons() reasons} (the
 * deciding rule's first, then the rules' notes and the conditions met) and {@link Decision#unmet() unmet}
 * conditions; quota positions from the reasons of the quota rules ({@code SEL_*}, {@code CONS*_*}) and the
 * ranking; quota limits from the parameter profile, as the rules read it (31 December of the year).
 *
 * @param review   the bloc's review, as read from the scenario
 * @param result   the engine's result for the bloc (after the province-wide quotas, when consolidated)
 * @param unit     the unit explained
 * @param name     the unit's name
 * @param rank     the unit's rank, or null when nothing was ranked (pact signing)
 * @param members  the bloc's size
 * @param ranked   the unit's ranking line, or null
 * @param leader   the lowest-ranked unit recommended for an emulation flag (the "leader line"), or null
 * @param verdict  the award the unit ends with (recommended or pending the council), or null for none
 * @param quotas   the unit's position under each quota
 * @param awards   the decisions explained, in award precedence
 */
public record Explanation(BlocReview review, ReviewResult result, UnitId unit, String name, Integer rank, int members,
                   RankedUnit ranked, RankedUnit leader, Decision verdict, List<QuotaPosition> quotas,
                   List<Decision> awards) {

    /** A quota of the bloc or province that a unit can be inside or outside of. */
    enum Quota {
        /** The bloc's leaders ({@code bloc.leaderCount}): only leaders receive an emulation flag. */
        LEADERS(AwardType.PROVINCIAL_FLAG, "bloc.leaderCount", "SEL_LEADERS", "SEL_LEADERS_CUT", null,
                "Đơn vị dẫn đầu khối (Cờ thi đua cấp tỉnh)", "Bloc leaders (provincial flag)"),
        /** The bloc's Government-flag proposals ({@code bloc.governmentFlagMax}). */
        GOVERNMENT_FLAG(AwardType.GOVERNMENT_FLAG, "bloc.governmentFlagMax", "SEL_GOVERNMENT_FLAG",
                "SEL_GOVERNMENT_FLAG_CUT", null,
                "Đề nghị Cờ thi đua của Chính phủ (khối)", "Government-flag proposals (bloc)"),
        /** The bloc's provincial certificates: floor({@code bloc.certificateShare} × members). */
        CERTIFICATES(AwardType.PROVINCIAL_CERTIFICATE, "bloc.certificateShare", "SEL_CERTIFICATES",
                "SEL_CERTIFICATES_CUT", "SEL_CERTIFICATE_SUPERSEDED",
                "Chỉ tiêu Bằng khen của Chủ tịch UBND tỉnh", "Provincial certificate quota"),
        /** The province's Government flags: floor({@code province.governmentFlagShare} × bloc leaders). */
        PROVINCE_GOVERNMENT_FLAG(AwardType.GOVERNMENT_FLAG, "province.governmentFlagShare",
                "_GOVERNMENT_FLAG_WITHIN_CAP", "_GOVERNMENT_FLAG_CAP", null,
                "Tỷ lệ Cờ thi đua của Chính phủ toàn tỉnh", "Province-wide Government-flag cap");

        final AwardType award;
        final String parameter;
        private final String within;
        private final String outside;
        private final String superseded;
        final String vi;
        final String en;

        Quota(AwardType award, String parameter, String within, String outside, String superseded, String vi,
              String en) {
            this.award = award;
            this.parameter = parameter;
            this.within = within;
            this.outside = outside;
            this.superseded = superseded;
            this.vi = vi;
            this.en = en;
        }

        /** The province's rules are named per regime ({@code CONS17_…}, {@code CONS24_…}): matched by suffix. */
        boolean isWithin(Reason r) {
            return this == PROVINCE_GOVERNMENT_FLAG ? r.ruleId().endsWith(within) : r.ruleId().equals(within);
        }

        boolean isOutside(Reason r) {
            return this == PROVINCE_GOVERNMENT_FLAG ? r.ruleId().endsWith(outside) : r.ruleId().equals(outside);
        }

        boolean isSuperseded(Reason r) {
            return superseded != null && r.ruleId().equals(superseded);
        }
    }

    /** Where a unit stands under a quota. */
    enum Status {
        WITHIN("trong chỉ tiêu", "within the limit"),
        OUTSIDE("ngoài chỉ tiêu", "outside the limit"),
        SUPERSEDED("không tính (đã có hình thức cao hơn)", "not counted (a higher award)"),
        NOT_CANDIDATE("không xét (chưa đạt tiêu chuẩn)", "not a candidate (standard not met)"),
        NOT_CONSIDERED("không xét", "not considered"),
        NOT_DECIDED("không xét ở kỳ này", "not decided at this stage");

        final String vi;
        final String en;

        Status(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    /**
     * A unit's position under one quota.
     *
     * @param quota      the quota
     * @param limit      how many the quota allows, or null when the profile does not set it
     * @param limitText  how the limit is computed, e.g. {@code 12 = ⌊0.5 × 24⌋}
     * @param parameter  the profile parameter behind the limit, or null
     * @param position   the unit's place among the quota's candidates in rank order (1 = first), or null when it
     *                   is not a candidate or the place is not known (the province's order is in the reason)
     * @param candidates how many units competed for the quota (in the bloc), or null for the province's quota
     * @param status     inside, outside, or not counted
     * @param reason     the quota rule's reason for this unit, or null
     */
    record QuotaPosition(Quota quota, Integer limit, String limitText, ResolvedParameter parameter, Integer position,
                         Integer candidates, Status status, Reason reason) {
    }

    /**
     * Explains one unit.
     *
     * @param review   the bloc review
     * @param result   the engine's result for it (a bloc of a consolidation, when {@code province} is given)
     * @param profile  the profile the result was computed with
     * @param unit     a member of the bloc
     * @param award    only this award, or null for all
     * @param province the province's Government-flag quota when the bloc was consolidated, else null
     */
    public static Explanation of(BlocReview review, ReviewResult result, Profile profile, UnitId unit, AwardType award,
                          GovernmentFlagQuota province) {
        Objects.requireNonNull(unit, "unit");
        Unit member = review.bloc().member(unit)
                .orElseThrow(() -> new IllegalArgumentException(unit + " is not a member of " + review.bloc().id()));
        RankedUnit ranked = result.ranking().of(unit).orElse(null);
        List<Decision> mine = result.decisionsFor(unit);
        Decision verdict = mine.stream().filter(d -> d.outcome().isAward()).findFirst().orElse(null);
        List<QuotaPosition> quotas = new ArrayList<>();
        LocalDate on = LocalDate.of(review.year(), 12, 31);
        int size = review.bloc().size();
        for (Quota q : Quota.values()) {
            if (q == Quota.PROVINCE_GOVERNMENT_FLAG && province == null) {
                continue;
            }
            if (award != null && !relevant(q, award)) {
                continue;
            }
            quotas.add(position(q, result, unit, profile, on, size, province));
        }
        List<Decision> awards = award == null ? mine : mine.stream().filter(d -> d.award() == award).toList();
        return new Explanation(review, result, unit, member.name(), ranked == null ? null : ranked.rank(), size,
                ranked, leaderLine(result).orElse(null), verdict, List.copyOf(quotas), awards);
    }

    /** The quotas that bear on an award: its own, and the leaders' for both flags. */
    private static boolean relevant(Quota q, AwardType award) {
        if (q.award == award) {
            return true;
        }
        return q == Quota.LEADERS && award == AwardType.GOVERNMENT_FLAG;
    }

    private static QuotaPosition position(Quota q, ReviewResult result, UnitId unit, Profile profile, LocalDate on,
                                          int size, GovernmentFlagQuota province) {
        ResolvedParameter parameter = profile.find(q.parameter, on, q == Quota.PROVINCE_GOVERNMENT_FLAG ? 1 : size)
                .orElse(null);
        Integer limit = null;
        String limitText = null;
        if (q == Quota.PROVINCE_GOVERNMENT_FLAG) {
            limit = province.cap();
            limitText = province.cap() + " = ⌊" + province.share().stripTrailingZeros().toPlainString() + " × "
                    + province.leaders() + "⌋";
        } else if (parameter != null && parameter.value() instanceof java.math.BigDecimal) {
            if (q == Quota.CERTIFICATES) {
                limit = Quotas.floorShare(parameter.decimalValue(), size);
                limitText = limit + " = ⌊" + parameter.display() + " × " + size + "⌋";
            } else {
                limit = parameter.decimalValue().intValue();
                limitText = Integer.toString(limit);
            }
        }
        Predicate<Decision> ofQuota = d -> d.award() == q.award;
        Decision decision = result.decisionsFor(unit).stream().filter(ofQuota).findFirst().orElse(null);
        if (decision == null) {
            return new QuotaPosition(q, limit, limitText, parameter, null, null, Status.NOT_DECIDED, null);
        }
        Reason within = first(decision, q::isWithin);
        Reason outside = first(decision, q::isOutside);
        Reason superseded = first(decision, q::isSuperseded);
        Integer position = null;
        Integer candidates = null;
        if (q != Quota.PROVINCE_GOVERNMENT_FLAG) {
            // The quota's candidates: the units a quota rule placed inside or outside, in rank order.
            List<UnitId> order = result.decisions().stream().filter(ofQuota)
                    .filter(d -> first(d, q::isWithin) != null || first(d, q::isOutside) != null)
                    .map(Decision::unit).toList();
            candidates = order.size();
            int i = order.indexOf(unit);
            position = i < 0 ? null : i + 1;
        }
        Status status;
        Reason reason;
        if (within != null) {
            status = Status.WITHIN;
            reason = within;
        } else if (outside != null) {
            status = Status.OUTSIDE;
            reason = outside;
        } else if (superseded != null) {
            status = Status.SUPERSEDED;
            reason = superseded;
        } else if (decision.outcome() == Outcome.NOT_ELIGIBLE) {
            status = Status.NOT_CANDIDATE;
            reason = decision.reasons().isEmpty() ? null : decision.reasons().get(0);
        } else {
            // Eligible but never put to this quota, e.g. not proposed by the bloc for the province's cap.
            status = Status.NOT_CONSIDERED;
            reason = decision.reasons().isEmpty() ? null : decision.reasons().get(0);
        }
        return new QuotaPosition(q, limit, limitText, parameter, position, candidates, status, reason);
    }

    private static Reason first(Decision d, Predicate<Reason> test) {
        return d.reasons().stream().filter(test).findFirst().orElse(null);
    }

    /**
     * The leader line: the lowest-ranked unit whose provincial or Government flag is recommended, the last of the
     * bloc's leaders.
     */
    static Optional<RankedUnit> leaderLine(ReviewResult result) {
        RankedUnit last = null;
        for (RankedUnit u : result.ranking().units()) {
            boolean flag = result.decisionsFor(u.unit()).stream()
                    .anyMatch(d -> (d.award() == AwardType.PROVINCIAL_FLAG || d.award() == AwardType.GOVERNMENT_FLAG)
                            && d.outcome() == Outcome.RECOMMENDED);
            if (flag && (last == null || u.rank() >= last.rank())) {
                last = u;
            }
        }
        return Optional.ofNullable(last);
    }
}
