package io.github.thidua.rules;

/** Name and version of the rule pack that produced a result. */
public record RulePackInfo(String name, String version) {
    @Override
    public String toString() {
        return name + " " + version;
    }
}
