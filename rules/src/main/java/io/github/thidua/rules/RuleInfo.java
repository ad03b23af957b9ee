package io.github.thidua.rules;

import io.github.thidua.core.law.Certainty;
import java.time.LocalDate;

/**
 * A rule of the loaded pack with its metadata.
 *
 * @param ruleId        {@code @ruleId}
 * @param name          the rule's name (a sentence)
 * @param packageName   the DRL package (folder)
 * @param legalBasis    {@code @legalBasis}
 * @param certainty     {@code @certainty}
 * @param effectiveFrom {@code @effectiveFrom}, or null
 * @param effectiveTo   {@code @effectiveTo}, or null
 */
public record RuleInfo(String ruleId, String name, String packageName, String legalBasis, Certainty certainty,
                       LocalDate effectiveFrom, LocalDate effectiveTo) {
    /** Whether the rule may fire for a decision on {@code date}. */
    public boolean effectiveOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom)) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
