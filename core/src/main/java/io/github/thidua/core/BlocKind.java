package io.github.thidua.core;

/** Whether an emulation grouping is a bloc (khối, agencies of similar function) or a cluster (cụm, localities). */
public enum BlocKind {
    KHOI("khối thi đua", "emulation bloc"),
    CUM("cụm thi đua", "emulation cluster");

    private final String vi;
    private final String en;

    BlocKind(String vi, String en) {
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
