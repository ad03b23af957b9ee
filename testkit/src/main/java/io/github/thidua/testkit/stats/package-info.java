/** How often generated cases reach each outcome and each law's interesting branch. */
package io.github.thidua.testkit.stats;
