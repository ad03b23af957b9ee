package io.github.thidua.rules;

/** The outcome of a unit's case for one award. */
public enum Outcome {
    /** The bloc (or council) recommends the award. */
    RECOMMENDED("đề nghị khen thưởng", "recommended"),
    /** The unit met every condition but was not selected: a quota, or a higher award for the same achievement. */
    ELIGIBLE_NOT_SELECTED("đủ điều kiện nhưng không được chọn", "eligible, not selected"),
    /** At least one legal condition is not met; {@link Decision#unmet()} lists them. */
    NOT_ELIGIBLE("không đủ điều kiện", "not eligible"),
    /** The unit qualifies, but only the provincial council can decide whether to propose it. */
    PENDING_PROVINCE("chờ Hội đồng Thi đua - Khen thưởng tỉnh xem xét", "pending the provincial council"),
    /**
     * The unit meets the conditions of a title the bloc does not propose: another authority (the head of its
     * managing agency) decides it. Information for that authority, never one of the bloc's proposals.
     */
    ELIGIBLE_OTHER_AUTHORITY("đủ điều kiện; do cấp có thẩm quyền khác quyết định",
            "eligible; decided by another authority");

    private final String vi;
    private final String en;

    Outcome(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** Whether the unit receives (or is proposed for) the award. */
    public boolean isAward() {
        return this == RECOMMENDED || this == PENDING_PROVINCE;
    }
}
