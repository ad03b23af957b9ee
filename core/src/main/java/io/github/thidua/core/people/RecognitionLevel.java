package io.github.thidua.core.people;

/**
 * The reach at which an initiative or a science result was recognised: grassroots (the unit), the ministry or
 * province, or the whole country (Luật 06/2022/QH15, Điều 21–23).
 */
public enum RecognitionLevel {
    UNIT("cấp cơ sở", "grassroots"),
    PROVINCE("cấp bộ, ngành, tỉnh", "ministry or province"),
    NATIONAL("toàn quốc", "nationwide");

    private final String vi;
    private final String en;

    RecognitionLevel(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** Whether this reach is at least {@code other} (NATIONAL is the widest). */
    public boolean atLeast(RecognitionLevel other) {
        return ordinal() >= other.ordinal();
    }
}
