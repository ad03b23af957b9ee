package io.github.thidua.core;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bloc's scoring scheme for the year: a base maximum (such as 100 or 1000) shared among regular criteria
 * in groups, plus bonus and penalty criteria whose totals are capped separately. Schemes are set by each bloc
 * or province and renewed yearly.
 *
 * @param maxBase    the base maximum of the regular criteria, positive
 * @param criteria   the criteria, unique ids
 * @param bonusCap   the most bonus points a unit can add in total
 * @param penaltyCap the most penalty points a unit can lose in total
 */
public record ScoringScheme(BigDecimal maxBase, List<Criterion> criteria, BigDecimal bonusCap, BigDecimal penaltyCap) {
    public ScoringScheme {
        Checks.nonNegative(maxBase, "scheme maxBase");
        if (maxBase.signum() == 0) {
            throw new IllegalArgumentException("scheme maxBase must be positive");
        }
        criteria = Checks.list(criteria, "scheme criteria");
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("scheme has no criteria");
        }
        Checks.unique(criteria, Criterion::id, "criterion id");
        Checks.nonNegative(bonusCap, "scheme bonusCap");
        Checks.nonNegative(penaltyCap, "scheme penaltyCap");
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Sum of the regular criteria's maxima; a well-formed scheme makes this equal {@link #maxBase()}. */
    public BigDecimal regularMaxSum() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.REGULAR)
                .map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The group names in order of first appearance. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        criteria.forEach(c -> groups.add(c.group()));
        return groups;
    }
}
