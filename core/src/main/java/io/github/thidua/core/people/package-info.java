/**
 * The people of one agency and their year: the domain of the unit review (Lao động tiên tiến, Chiến sĩ thi đua,
 * Bằng khen and Giấy khen for individuals) that feeds the collective's own titles. Immutable records; the
 * {@code unit-review} JSON format reads and writes them ({@code io.github.thidua.core.json.UnitReviews}).
 */
package io.github.thidua.core.people;
