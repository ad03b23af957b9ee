package io.github.thidua.core.law;

/** An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
public enum AwardForm {
    TITLE,
    COMMENDATION
}
