package io.github.thidua.core;

/**
 * Why a unit may not be awarded or proposed while a procedure runs (Thông tư 08/2017/TT-BNV; Nghị định
 * 98/2023/NĐ-CP, Điều 4; Nghị định 152/2025/NĐ-CP, Điều 4).
 */
public enum ExclusionKind {
    /** A competent body is considering discipline against it. */
    DISCIPLINE_REVIEW,
    /** It is investigated, inspected or audited on signs of violation. */
    INVESTIGATION,
    /** A complaint or denunciation against it is being verified. */
    COMPLAINT,
    /** An issue reported by the press is being verified (from 2024). */
    PRESS_VERIFICATION,
    /** A discipline period being served; the next award counts from its end. */
    DISCIPLINE
}
