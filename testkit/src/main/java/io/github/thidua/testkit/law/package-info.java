/**
 * The consistency laws ({@link io.github.thidua.testkit.law.Laws}): plain-Java properties checked on a
 * {@link io.github.thidua.testkit.law.Subject} (an input, the engine and both evaluations), each returning readable
 * {@link io.github.thidua.testkit.law.Violation}s.
 */
package io.github.thidua.testkit.law;
