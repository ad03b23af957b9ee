package io.github.thidua.core.law;

/** The level of an award: state (nhà nước), provincial/ministerial (cấp bộ, tỉnh), or grassroots (cơ sở). */
public enum AwardLevel {
    STATE,
    PROVINCIAL,
    GRASSROOTS
}
