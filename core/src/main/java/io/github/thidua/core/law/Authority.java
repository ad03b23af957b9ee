package io.github.thidua.core.law;

/** Who decides an award for a collective in a provincial bloc. */
public enum Authority {
    PRIME_MINISTER("Thủ tướng Chính phủ", "the Prime Minister"),
    PROVINCIAL_CHAIRMAN("Chủ tịch Ủy ban nhân dân tỉnh", "the Chairman of the provincial People's Committee"),
    HEAD_OF_AGENCY("Thủ trưởng cơ quan, đơn vị (cấp sở) hoặc Chủ tịch UBND cấp xã",
            "the head of the department-level agency, or the commune chairman");

    private final String vi;
    private final String en;

    Authority(String vi, String en) {
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
