package io.github.thidua.rules;

/** Something the reader of a result should know that is not a rule decision (e.g. data missing, invented data). */
public record Warning(String code, String vi, String en) {
}
