package io.github.thidua.examples.cli;

/** What the commands print: an aligned text report, a JSON document, an HTML report, or DOCX documents to sign. */
public enum OutputFormat {
    /** A text report for people: aligned tables of the ranking, decisions and summary. */
    TABLE,
    /** The JSON result contract for programs ({@link io.github.thidua.rules.json.ResultJson}). */
    JSON,
    /** One self-contained HTML file (no network access): tables, an inline SVG chart, reasons and citations. */
    HTML,
    /** The documents to sign, as DOCX (Nghị định 30/2020/NĐ-CP layout); written to {@code --out} only. */
    DOCX
}
