/**
 * The {@code thidua} command line: {@link io.github.thidua.examples.cli.ThiduaCli} and its subcommands, with the
 * renderers in {@link io.github.thidua.examples.cli.render} they print through (JSON is
 * {@link io.github.thidua.rules.json.ResultJson}, the stable contract).
 */
package io.github.thidua.examples.cli;
