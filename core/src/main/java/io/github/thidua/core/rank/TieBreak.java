package io.github.thidua.core.rank;

import io.github.thidua.core.Checks;
import io.github.thidua.core.UnitId;
import java.util.List;

/**
 * Why a unit was ranked directly ahead of another with the same total: the tie-break that separated them,
 * with a message in Vietnamese and in English that names the values compared.
 *
 * @param by   the tie-break that decided: {@value #FEWER_PENALTY}, {@value #PREVIOUS_YEAR_AWARD},
 *             {@value #WOMEN_PRIORITY} or {@value #UNIT_ID}
 * @param over the unit it was ranked ahead of (the next unit in the ranking)
 * @param vi   the explanation in Vietnamese, e.g. "Xếp trên hoa-binh do ít điểm trừ hơn (0 so với 2)"
 * @param en   the explanation in English, e.g. "Ranked ahead of hoa-binh: fewer penalty points (0 vs 2)"
 */
public record TieBreak(String by, UnitId over, String vi, String en) {
    /** Fewer penalty points (điểm trừ) wins. */
    public static final String FEWER_PENALTY = "FEWER_PENALTY";
    /** The higher award (by precedence) for the previous achievement year wins; having one beats none. */
    public static final String PREVIOUS_YEAR_AWARD = "PREVIOUS_YEAR_AWARD";
    /**
     * A collective whose share of women reaches the profile's threshold wins over one below it
     * (Nghị định 98/2023/NĐ-CP, Điều 4, khoản 6).
     */
    public static final String WOMEN_PRIORITY = "WOMEN_PRIORITY";
    /** The smaller unit id wins: the last resort, always at the end of the chain. */
    public static final String UNIT_ID = "UNIT_ID";
    /** Every tie-break name, in the default order. */
    public static final List<String> NAMES = List.of(FEWER_PENALTY, PREVIOUS_YEAR_AWARD, WOMEN_PRIORITY, UNIT_ID);

    // by must name a tie-break; the other fields must be present.
    public TieBreak {
        Checks.notNull(by, "tie-break");
        if (!NAMES.contains(by)) {
            throw new IllegalArgumentException("unknown tie-break '" + by + "'; valid tie-breaks: "
                    + String.join(", ", NAMES));
        }
        Checks.notNull(over, "tie-break unit ranked over");
        Checks.notBlank(vi, "tie-break message (vi)");
        Checks.notBlank(en, "tie-break message (en)");
    }
}
