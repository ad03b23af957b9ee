package io.github.thidua.rules;

import java.util.List;
import java.util.Objects;

/**
 * A quota as the rules stated and applied it in one review (or consolidation): its parameter, its limit and how the
 * limit was computed, and where each unit the quota rules considered was placed.
 *
 * @param kind           which quota
 * @param parameter      the profile parameter behind the limit, e.g. {@code bloc.leaderCount}
 * @param parameterValue the parameter's value as displayed, e.g. {@code 0.5}
 * @param limit          how many the quota allows (null only when a pack placed units without stating the quota)
 * @param formula        how the limit is computed, e.g. {@code 12 = ⌊0.5 × 24⌋} (just the number when it is the
 *                       parameter itself)
 * @param reason         the rule that stated the quota, with its legal basis
 * @param positions      the units the quota rules placed, by place (then the units set aside, by id)
 */
public record Quota(QuotaKind kind, String parameter, String parameterValue, Integer limit, String formula, Reason reason,
                    List<QuotaPosition> positions) {
    public Quota {
        Objects.requireNonNull(kind, "kind");
        positions = List.copyOf(positions);
    }

    /** The same quota with other positions. */
    public Quota withPositions(List<QuotaPosition> other) {
        return new Quota(kind, parameter, parameterValue, limit, formula, reason, other);
    }
}
