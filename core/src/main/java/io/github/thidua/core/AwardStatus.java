package io.github.thidua.core;

/**
 * Where an award stands. Only {@link #GRANTED} awards count toward streaks; {@link #REVOKED} ones count for
 * nothing (Luật 06/2022/QH15, Điều 93). {@link #PROPOSED} and {@link #PENDING} awards are not granted yet, but a
 * pending state-level proposal still counts for "no two state-level forms within one year" (Thông tư 08/2017/TT-BNV).
 */
public enum AwardStatus {
    /** Proposed by the unit's bloc or agency, not yet submitted to the deciding authority. */
    PROPOSED,
    /** Submitted to the deciding authority, not yet decided. */
    PENDING,
    GRANTED,
    REVOKED;

    /** Whether the award is proposed or pending, i.e. neither decided nor revoked. */
    public boolean isOpen() {
        return this == PROPOSED || this == PENDING;
    }
}
