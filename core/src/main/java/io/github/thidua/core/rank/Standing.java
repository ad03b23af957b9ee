package io.github.thidua.core.rank;

import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;

/**
 * What the ranking compares for one unit: its points and the facts the tie-breaks read.
 *
 * @param unit          the unit
 * @param regular       capped regular points
 * @param bonus         capped bonus points
 * @param penalty       capped penalty points
 * @param total         regular + bonus - penalty
 * @param previousAward the highest merit-counting award for the previous achievement year, or null
 * @param members       member statistics for the review year, or null when the review has no facts for it
 */
record Standing(UnitId unit, BigDecimal regular, BigDecimal bonus, BigDecimal penalty, BigDecimal total,
                AwardType previousAward, MemberStatistics members) {
}
