package io.github.thidua.core;

/**
 * What kind of body manages a unit (cơ quan quản lý trực tiếp). It decides who awards the unit's lower titles
 * (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80; Nghị định 129/2025/NĐ-CP, Điều 59).
 */
public enum AgencyKind {
    /** Directly under the provincial People's Committee (e.g. a provincial association). */
    PROVINCIAL_PEOPLES_COMMITTEE,
    /** A provincial specialised agency (sở) or an equivalent provincial body. */
    PROVINCIAL_DEPARTMENT,
    /** A district People's Committee (abolished from 01/07/2025). */
    DISTRICT,
    /** A commune, ward or special-zone People's Committee. */
    COMMUNE,
    /** A central ministry, sector or organisation. */
    CENTRAL_AGENCY,
    /** The unit is an enterprise or cooperative; its director decides. */
    ENTERPRISE,
    /** Another kind of body; the catalogue then names the managing agency's head in general terms. */
    OTHER
}
