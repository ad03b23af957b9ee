package io.github.thidua.rules;

/** A DRL file of a {@link RulePack}: its path inside the pack (e.g. {@code regime2024/exclusions.drl}) and text. */
public record DrlSource(String path, String text) {
}
