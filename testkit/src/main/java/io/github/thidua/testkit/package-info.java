/**
 * Consistency testing of thidua rule packs: {@link io.github.thidua.testkit.RuleConsistencySuite} (JUnit 5 base class)
 * and {@link io.github.thidua.testkit.ConsistencyCheck} (programmatic, no test framework) run the laws of
 * {@link io.github.thidua.testkit.law} on inputs from {@link io.github.thidua.testkit.gen} against an engine, with
 * {@link io.github.thidua.testkit.reference.ReferenceEvaluator} as the differential oracle. See docs/testkit.md.
 */
package io.github.thidua.testkit;
