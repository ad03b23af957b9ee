package io.github.thidua.core;

/** Which meeting of the emulation year a review is: pact signing, interim (sơ kết) or final (tổng kết). */
public enum Stage {
    PACT("ký giao ước thi đua", "pact signing"),
    MID_YEAR("sơ kết", "mid-year review"),
    YEAR_END("tổng kết", "year-end review");

    private final String vi;
    private final String en;

    Stage(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
