package io.github.thidua.rules.facts;

import java.math.BigDecimal;

/**
 * A percentage threshold and whether reaching it exactly is enough ("từ 70 % trở lên") or the share must exceed it
 * ("trên 50 %"): the two profile parameters of a share condition, bound once in the rule's conditions.
 *
 * @param percent   the threshold, in percent
 * @param inclusive true: at least {@code percent}; false: more than {@code percent}
 */
public record Threshold(BigDecimal percent, boolean inclusive) {
    /** The threshold of a percentage parameter and a boolean "inclusive" parameter. */
    public static Threshold of(Param percent, Param inclusive) {
        return new Threshold(percent.getDecimalValue(), inclusive.getBooleanValue());
    }

    /** Whether {@code count} of {@code total} reaches the threshold, exactly (100 × count against percent × total). */
    public boolean reachedBy(int count, int total) {
        int c = BigDecimal.valueOf(100L * count).compareTo(percent.multiply(BigDecimal.valueOf(total)));
        return inclusive ? c >= 0 : c > 0;
    }

    /** "từ 70 % trở lên" / "trên 50 %". */
    public String vi() {
        String p = percent.stripTrailingZeros().toPlainString();
        return inclusive ? "từ " + p + " % trở lên" : "trên " + p + " %";
    }

    /** "at least 70 %" / "more than 50 %". */
    public String en() {
        String p = percent.stripTrailingZeros().toPlainString();
        return inclusive ? "at least " + p + " %" : "more than " + p + " %";
    }
}
