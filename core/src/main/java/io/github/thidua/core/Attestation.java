package io.github.thidua.core;

/**
 * An explicit statement that a unit met (or did not meet) a condition for a year that no score shows.
 *
 * @param unit      the unit
 * @param year      the achievement year
 * @param condition the condition
 * @param met       whether it is met
 * @param evidence  what shows it (e.g. a report or minutes), or null
 */
public record Attestation(UnitId unit, int year, AttestedCondition condition, boolean met, String evidence) {
    public Attestation {
        Checks.notNull(unit, "attestation unit");
        Checks.year(year, "attestation year");
        Checks.notNull(condition, "attested condition");
    }
}
