package io.github.thidua.core;

/** Whether an award stands or was revoked (Luật 06/2022/QH15, Điều 93). Revoked awards count for nothing. */
public enum AwardStatus {
    GRANTED,
    REVOKED
}
