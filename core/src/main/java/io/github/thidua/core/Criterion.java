package io.github.thidua.core;

import java.math.BigDecimal;

/**
 * One criterion of a bloc's scoring scheme (tiêu chí, thang điểm).
 *
 * @param id    identifier, unique in the scheme
 * @param group the group it belongs to (e.g. "Thực hiện nhiệm vụ chính trị")
 * @param name  what is assessed
 * @param kind  regular, bonus or penalty
 * @param max   the most points it can give (for a penalty, the most it can deduct); positive
 */
public record Criterion(String id, String group, String name, CriterionKind kind, BigDecimal max) {
    public Criterion {
        Checks.notBlank(id, "criterion id");
        Checks.notBlank(group, "criterion group");
        Checks.notBlank(name, "criterion name");
        Checks.notNull(kind, "criterion kind");
        Checks.nonNegative(max, "criterion max");
        if (max.signum() == 0) {
            throw new IllegalArgumentException("criterion " + id + " max must be positive");
        }
    }
}
