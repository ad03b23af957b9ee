package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one unit of a bloc got what it got: its rank, its position under each quota of the bloc (and of the province,
 * after a consolidation), and for each award the outcome with every reason and every unmet condition, each with
 * its rule, kind, legal basis and certainty. Built by {@link ReviewResult#explain(UnitId)} from what the rules
 * recorded (reasons with their {@link Reason.Kind kind}, {@link Quota quotas} with their positions); nothing is
 * reconstructed from rule ids or re-read from the profile.
 *
 * @param result  the result the explanation is drawn from (a bloc of a consolidation, after the province's quotas)
 * @param unit    the unit explained
 * @param name    the unit's name
 * @param rank    the unit's rank, or null when nothing was ranked (pact signing)
 * @param members the bloc's size
 * @param ranked  the unit's ranking line, or null
 * @param leader  the lowest-ranked unit recommended for an emulation flag (the "leader line"), or null
 * @param verdict the award the unit ends with (its first decision that is an award), or null for none
 * @param quotas  the unit's position under each quota the rules stated, in {@link QuotaKind} order
 * @param awards  the decisions explained, in award precedence
 * @param mode    the review's mode when explained from an {@link Appraisal} (suggest: the decisions are a
 *                suggestion; appraise: recorded proposals were appraised), or null when explained from a result alone
 * @param verdicts the appraisal's verdicts on the unit's recorded proposals (appraise mode), in recorded order
 * @param council the provincial council's verdicts on the unit's proposals (a province with a recorded session)
 * @param differences where the bloc's recorded decisions about the unit differ from the score ranking
 */
public record Explanation(ReviewResult result, UnitId unit, String name, Integer rank, int members, RankedUnit ranked,
                          RankedUnit leader, Decision verdict, List<QuotaLine> quotas, List<Decision> awards,
                          Appraisal.Mode mode, List<Verdict> verdicts, List<CouncilVerdict> council,
                          List<Reason> differences) {
    public Explanation {
        quotas = List.copyOf(quotas);
        awards = List.copyOf(awards);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        council = council == null ? List.of() : List.copyOf(council);
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** An explanation drawn from a result alone (no mode, verdicts or differences). */
    public Explanation(ReviewResult result, UnitId unit, String name, Integer rank, int members, RankedUnit ranked,
                       RankedUnit leader, Decision verdict, List<QuotaLine> quotas, List<Decision> awards) {
        this(result, unit, name, rank, members, ranked, leader, verdict, quotas, awards, null, List.of(), List.of(),
                List.of());
    }

    /**
     * This explanation with the review's mode: the appraisal's verdicts on the unit's recorded proposals (only
     * {@code award}'s when not null), the council's verdicts on them, and the differences from the ranking that name
     * the unit.
     */
    Explanation in(Appraisal appraisal, CouncilAppraisal province, AwardType award) {
        List<Verdict> mine = appraisal == null ? List.of() : appraisal.verdicts().stream()
                .filter(v -> v.unit().equals(unit) && (award == null || v.award() == award)).toList();
        List<CouncilVerdict> ballots = province == null ? List.of() : province.verdicts().stream()
                .filter(v -> v.unit().equals(unit) && (award == null || v.award() == award)).toList();
        List<Reason> diffs = appraisal == null ? List.of() : appraisal.differences().stream()
                .filter(d -> d.vi().contains(name) || d.en().contains(name)).toList();
        Appraisal.Mode m = province != null && province.mode() == Appraisal.Mode.APPRAISE ? Appraisal.Mode.APPRAISE
                : appraisal == null ? null : appraisal.mode();
        return new Explanation(result, unit, name, rank, members, ranked, leader, verdict, quotas, awards, m, mine,
                ballots, diffs);
    }

    /**
     * A unit's line under one quota.
     *
     * @param quota      the quota, with its parameter, limit and formula
     * @param position   where the unit stands: as the quota rule placed it, or, for a unit it did not place, derived
     *                   from the unit's decision on the quota's award (not a candidate, not considered, not decided)
     * @param candidates how many units the quota placed, or null when the unit's award was not decided
     */
    public record QuotaLine(Quota quota, QuotaPosition position, Integer candidates) {
        public QuotaLine {
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(position, "position");
        }
    }

    /** Explains {@code unit} from {@code result}, for every award or only {@code award} (null: all). */
    static Explanation of(ReviewResult result, UnitId unit, AwardType award) {
        Objects.requireNonNull(unit, "unit");
        if (result.unit(unit).isEmpty() && result.ranking().of(unit).isEmpty()) {
            throw new IllegalArgumentException(unit + " is not a member of " + result.bloc());
        }
        RankedUnit ranked = result.ranking().of(unit).orElse(null);
        List<Decision> mine = result.decisionsFor(unit);
        Decision verdict = mine.stream().filter(d -> d.outcome().isAward()).findFirst().orElse(null);
        List<QuotaLine> lines = new ArrayList<>();
        for (Quota q : result.quotas()) {
            if (award == null || q.kind().bearsOn(award)) {
                lines.add(line(q, result, unit));
            }
        }
        List<Decision> awards = award == null ? mine : mine.stream().filter(d -> d.award() == award).toList();
        int members = !result.units().isEmpty() ? result.units().size() : result.ranking().size();
        return new Explanation(result, unit, result.nameOf(unit), ranked == null ? null : ranked.rank(), members,
                ranked, leaderLine(result).orElse(null), verdict, lines, awards);
    }

    private static QuotaLine line(Quota q, ReviewResult result, UnitId unit) {
        Decision decision = result.decision(unit, q.kind().award()).orElse(null);
        if (decision == null) {
            return new QuotaLine(q, new QuotaPosition(q.kind(), unit, null, null, QuotaPosition.Status.NOT_DECIDED,
                    null), null);
        }
        // Every placed position carries the quota's candidate count (a province's quota in a bloc's result lists only
        // the bloc's units, so the count is not the number of positions).
        int candidates = q.positions().stream().filter(p -> p.of() != null).mapToInt(QuotaPosition::of).findFirst()
                .orElse(0);
        Reason first = decision.reasons().isEmpty() ? null : decision.reasons().get(0);
        QuotaPosition placed = q.positions().stream().filter(p -> p.unit().equals(unit)).findFirst()
                .orElseGet(() -> new QuotaPosition(q.kind(), unit, null, null,
                        decision.outcome() == Outcome.NOT_ELIGIBLE ? QuotaPosition.Status.NOT_CANDIDATE
                                : QuotaPosition.Status.NOT_CONSIDERED, first));
        return new QuotaLine(q, placed, candidates);
    }

    /**
     * The leader line: the lowest-ranked unit whose provincial or Government flag is recommended, the last of the
     * bloc's leaders.
     */
    public static Optional<RankedUnit> leaderLine(ReviewResult result) {
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
