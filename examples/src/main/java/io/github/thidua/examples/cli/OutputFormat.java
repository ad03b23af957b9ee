package io.github.thidua.examples.cli;

/** What {@code thidua review} and {@code thidua consolidate} print: an aligned text report or a JSON document. */
public enum OutputFormat {
    /** A text report for people: aligned tables of the ranking, decisions and summary. */
    TABLE,
    /** The JSON result contract for programs ({@link io.github.thidua.rules.json.ResultJson}). */
    JSON
}
