package io.github.thidua.core.law;

/**
 * Who decides (or proposes) an award for a collective. The deciding authority of each award per legal period is
 * catalogued in {@link AuthorityCatalogue}.
 */
public enum Authority {
    PRIME_MINISTER("Thủ tướng Chính phủ", "the Prime Minister"),
    PROVINCIAL_CHAIRMAN("Chủ tịch Ủy ban nhân dân tỉnh", "the Chairman of the provincial People's Committee"),
    /** The head of the unit's managing agency when the scenario does not say which kind of agency it is. */
    HEAD_OF_AGENCY("Thủ trưởng cơ quan, đơn vị (cấp sở) hoặc Chủ tịch UBND cấp xã",
            "the head of the department-level agency, or the commune chairman"),
    /** Head of a provincial specialised agency (sở) or an equivalent provincial body (Luật 2022, Điều 80, khoản 1). */
    DEPARTMENT_HEAD("Thủ trưởng cơ quan chuyên môn, tổ chức tương đương cấp tỉnh quản lý đơn vị",
            "the head of the provincial department or equivalent body managing the unit"),
    /** Chairman of the district People's Committee (until 30/06/2025). */
    DISTRICT_CHAIRMAN("Chủ tịch Ủy ban nhân dân cấp huyện", "the Chairman of the district People's Committee"),
    /** Chairman of the commune People's Committee (from 01/07/2025 with the former district powers). */
    COMMUNE_CHAIRMAN("Chủ tịch Ủy ban nhân dân cấp xã", "the Chairman of the commune People's Committee"),
    /** General director or director of an enterprise or cooperative (Luật 2022, Điều 80, khoản 4). */
    ENTERPRISE_DIRECTOR("Tổng giám đốc, giám đốc doanh nghiệp, hợp tác xã",
            "the general director or director of the enterprise or cooperative"),
    /** The head of a central ministry, sector or organisation managing the unit. */
    MINISTER("Bộ trưởng, Thủ trưởng cơ quan, tổ chức trung ương quản lý đơn vị",
            "the minister or head of the central body managing the unit"),
    /** The emulation bloc (khối, cụm thi đua) through its year-end review and vote. */
    BLOC("Khối, cụm thi đua (bình xét, suy tôn tại hội nghị tổng kết)",
            "the emulation bloc (its year-end review and vote)"),
    /** The unit's managing agency, which proposes its titles upward. */
    MANAGING_AGENCY("Cơ quan quản lý trực tiếp của đơn vị", "the unit's managing agency"),
    /** The provincial emulation and commendation council (Hội đồng Thi đua - Khen thưởng tỉnh). */
    PROVINCIAL_COUNCIL("Hội đồng Thi đua - Khen thưởng tỉnh (trình Chủ tịch UBND tỉnh)",
            "the provincial emulation and commendation council (through the provincial Chairman)");

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
