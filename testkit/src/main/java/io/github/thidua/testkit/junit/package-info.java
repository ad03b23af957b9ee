/**
 * The JUnit 5 adapter ({@link io.github.thidua.testkit.junit.Samples}) for {@code @ParameterizedTest} and
 * {@code @RepeatedTest}.
 */
package io.github.thidua.testkit.junit;
