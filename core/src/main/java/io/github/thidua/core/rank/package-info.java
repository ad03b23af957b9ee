/**
 * Ranking of a bloc's members (xếp hạng thi đua) from their scorecards: totals under the bloc's scoring scheme,
 * ties broken by a chain of tie-breaks the parameter profile orders. Entry point: {@link Ranker#rank}.
 */
package io.github.thidua.core.rank;
