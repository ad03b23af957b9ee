package io.github.thidua.rules;

/** How serious a finding is. ERROR findings make the CLI exit with 1. */
public enum Severity {
    ERROR("lỗi", "error"),
    WARNING("cảnh báo", "warning"),
    INFO("thông tin", "information");

    private final String vi;
    private final String en;

    Severity(String vi, String en) {
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
