package io.github.thidua.core;

/**
 * A member unit (đơn vị thành viên) of an emulation bloc: an agency, association, enterprise or locality
 * that signs the pact, scores itself and may be proposed for collective awards.
 *
 * @param id             the unit's identifier, unique in its bloc
 * @param name           the unit's name as written in Vietnamese (NFC)
 * @param kind           what kind of body it is
 * @param managingAgency the agency managing it directly, or null when not given; its head decides the unit's
 *                       lower titles
 */
public record Unit(UnitId id, String name, UnitKind kind, ManagingAgency managingAgency) {
    public Unit {
        Checks.notNull(id, "unit id");
        Checks.notBlank(name, "unit name");
        Checks.notNull(kind, "unit kind");
    }

    /** A unit whose managing agency is not given. */
    public Unit(UnitId id, String name, UnitKind kind) {
        this(id, name, kind, null);
    }
}
