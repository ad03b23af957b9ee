package io.github.thidua.core;

/**
 * Statutory conditions the scores and ratings do not show, which must be attested explicitly; absent an
 * attestation the decision says "not attested" (unless the profile states what absence means).
 */
public enum AttestedCondition {
    /** Active in the emulation movements (Luật 06/2022/QH15, Điều 27 điểm b, Điều 28 điểm b). */
    ACTIVE_IN_MOVEMENTS("tích cực tham gia các phong trào thi đua", "active in the emulation movements"),
    /** New factors or new models others can learn from (provincial flag, regime 2017). */
    NEW_MODEL("có nhân tố mới, mô hình mới để các tập thể khác học tập",
            "new factors or models other collectives can learn from");

    private final String vi;
    private final String en;

    AttestedCondition(String vi, String en) {
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
