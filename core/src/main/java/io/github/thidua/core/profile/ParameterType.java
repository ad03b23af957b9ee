package io.github.thidua.core.profile;

/** The type of a parameter's values. */
public enum ParameterType {
    NUMBER,
    BOOLEAN,
    TEXT
}
