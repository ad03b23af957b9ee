package io.github.thidua.rules.engine;

import java.util.List;

/**
 * The phases a review fires in, in order. Each phase only reads what earlier phases derived, so no rule
 * can act on a half-derived state (e.g. a quota counted before every candidate is known).
 *
 * <p>A rule names its phase with the DRL attribute {@code ruleflow-group} (Drools 10 deprecates {@code agenda-group}
 * and recommends {@code ruleflow-group} instead). The executable model gives such a rule the agenda group of the
 * same name, so the engine activates a phase by giving that group the focus; no process is involved.
 */
public enum Phase {
    /** One rule per legal condition derives a met/failed {@code Condition}; pact findings. */
    CONDITIONS("conditions"),
    /** Awards whose conditions are all known become {@code Eligible} or NOT_ELIGIBLE. */
    ELIGIBILITY("eligibility"),
    /** Bloc leaders are chosen among units meeting the flag standard, by rank, within the leader count. */
    LEADERS("leaders"),
    /** Conditions that depend on leadership (the Government flag is for leaders). */
    LEADER_CONDITIONS("leader-conditions"),
    /** Government-flag eligibility. */
    STATE_ELIGIBILITY("state-eligibility"),
    /** Government-flag selection within the bloc's proposal limit. */
    STATE_SELECTION("state-selection"),
    /** Provincial flags for leaders, PM certificates, titles without quota. */
    SELECTION("selection"),
    /** Certificate candidates: eligible and not selected for anything higher. */
    CANDIDATES("candidates"),
    /** Certificate quota. */
    QUOTAS("quotas"),
    /** One achievement, one award: the highest selection wins. */
    DECISION("decision"),
    /** Next year's head and deputy. */
    ROTATION("rotation");

    /** The phase of a provincial council's consolidation. */
    public static final String CONSOLIDATION = "consolidation";

    private final String group;

    Phase(String group) {
        this.group = group;
    }

    /** The {@code ruleflow-group} name used in DRL. */
    public String group() {
        return group;
    }

    /** Every {@code ruleflow-group} name a rule may use. */
    public static List<String> groups() {
        List<String> all = new java.util.ArrayList<>(java.util.Arrays.stream(values()).map(Phase::group).toList());
        all.add(CONSOLIDATION);
        return all;
    }
}
