package io.github.thidua.core;

/**
 * The bloc's officers for a year: head (Trưởng khối / Cụm trưởng) and deputy (Phó khối), elected by the members
 * at the previous year-end review or appointed by the province.
 *
 * @param year   the year of office
 * @param head   the head unit
 * @param deputy the deputy unit, or null when the bloc has none
 * @param method elected or appointed
 */
public record BlocTerm(int year, UnitId head, UnitId deputy, TermMethod method) {
    public BlocTerm {
        Checks.year(year, "term year");
        Checks.notNull(head, "head");
        Checks.notNull(method, "term method");
        if (head.equals(deputy)) {
            throw new IllegalArgumentException("head and deputy must differ, both were " + head);
        }
    }
}
