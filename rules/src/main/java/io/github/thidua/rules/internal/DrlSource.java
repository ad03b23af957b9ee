package io.github.thidua.rules.internal;

/** A DRL file of a rule pack: its path inside the pack (e.g. {@code regime2024/exclusions.drl}) and text. */
public record DrlSource(String path, String text) {
}
