package io.github.thidua.core;

/**
 * Whether an award was regular (thường xuyên, for the year's work), irregular (đột xuất) or thematic
 * (chuyên đề). Irregular and thematic awards never count toward merit-based awards
 * (Nghị định 98/2023/NĐ-CP, Điều 4, khoản 3; Nghị định 91/2017/NĐ-CP, Điều 3).
 */
public enum AwardKind {
    REGULAR,
    IRREGULAR,
    THEMATIC
}
