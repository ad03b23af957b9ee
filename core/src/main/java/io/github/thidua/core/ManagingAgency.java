package io.github.thidua.core;

/**
 * The agency that manages a unit directly (cơ quan quản lý trực tiếp): an input, because the head of that agency,
 * not the bloc, decides the unit's lower titles.
 *
 * @param kind what kind of body it is
 * @param name its name as written in Vietnamese, or null
 */
public record ManagingAgency(AgencyKind kind, String name) {
    public ManagingAgency {
        Checks.notNull(kind, "managing agency kind");
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("managing agency name must not be blank when given");
        }
    }
}
