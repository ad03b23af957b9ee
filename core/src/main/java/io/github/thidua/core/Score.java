package io.github.thidua.core;

import java.math.BigDecimal;

/**
 * A unit's points on one criterion: its self score (tự chấm) and, where the bloc cross-checked, the assessed
 * score (chấm chéo / thẩm định), which then prevails.
 *
 * @param criterion the criterion id
 * @param self      the self score, not negative
 * @param assessed  the assessed score, or null when not cross-checked
 */
public record Score(String criterion, BigDecimal self, BigDecimal assessed) {
    public Score {
        Checks.notBlank(criterion, "score criterion");
        Checks.nonNegative(self, "self score");
        if (assessed != null) {
            Checks.nonNegative(assessed, "assessed score");
        }
    }

    /** The score that counts: the assessed score where present, else the self score. */
    public BigDecimal effective() {
        return assessed != null ? assessed : self;
    }
}
