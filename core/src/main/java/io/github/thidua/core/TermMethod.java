package io.github.thidua.core;

/** How a bloc's head and deputy came to office: elected by the members, or appointed by the province. */
public enum TermMethod {
    ELECTED,
    APPOINTED
}
