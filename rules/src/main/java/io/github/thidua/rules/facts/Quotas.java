package io.github.thidua.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quota arithmetic used by rules: exact decimal, rounded down (a quota is a ceiling). */
public final class Quotas {
    private Quotas() {
    }

    /** floor(share × base), computed exactly. */
    public static int floorShare(BigDecimal share, int base) {
        return share.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }
}
