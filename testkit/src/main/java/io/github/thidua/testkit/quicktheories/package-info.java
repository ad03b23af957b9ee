/**
 * The QuickTheories adapter ({@link io.github.thidua.testkit.quicktheories.QuickTheoriesGenerators}); QuickTheories is
 * an optional dependency of the testkit, needed only by hosts that use this package.
 */
package io.github.thidua.testkit.quicktheories;
