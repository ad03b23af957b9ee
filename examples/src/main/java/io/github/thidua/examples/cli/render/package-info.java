/**
 * Rendering of the CLI's results: plain-text tables and reports, self-contained HTML reports with their score
 * chart, and the explanation of one unit. The commands in {@code io.github.thidua.examples.cli} choose what to
 * render; the classes here only turn results into text.
 */
package io.github.thidua.examples.cli.render;
