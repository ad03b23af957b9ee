package io.github.thidua.rules;

/** How serious a finding is. ERROR findings make the CLI exit with 1. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
