package io.github.thidua.rules.people;

/** The outcome of one person's case for one title or form. */
public enum PersonOutcome {
    /** Every condition is met and the council's ballot (where one is needed) passed: the unit proposes or decides it. */
    RECOMMENDED("đề nghị khen thưởng", "recommended"),
    /** Every condition is met but the council has not voted yet: a suggestion, the council decides. */
    AWAITING_BALLOT("đủ điều kiện, chờ Hội đồng bỏ phiếu", "eligible, awaiting the council's ballot"),
    /** Every legal standard is met, but the ballot fell short or a quota cut the person. */
    NOT_SELECTED("đủ tiêu chuẩn nhưng không được chọn", "meets the standard, not selected"),
    /** At least one legal condition is not met. */
    NOT_ELIGIBLE("không đủ điều kiện", "not eligible");

    private final String vi;
    private final String en;

    PersonOutcome(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : vi;
    }
}
