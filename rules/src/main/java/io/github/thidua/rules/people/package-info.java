/**
 * The unit review of people: {@link io.github.thidua.rules.people.UnitReviewEngine} runs the individuals rules
 * (DRL package {@code io.github.thidua.rules.individuals} of the bundled pack) on a
 * {@link io.github.thidua.core.people.UnitReview}, derives the collective's member statistics from its people,
 * evaluates the unit's collective titles with the bloc rules, and computes the bonus amounts.
 */
package io.github.thidua.rules.people;
