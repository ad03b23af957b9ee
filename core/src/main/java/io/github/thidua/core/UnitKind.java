package io.github.thidua.core;

/** What kind of body a member unit is; blocs usually group units of one kind. */
public enum UnitKind {
    /** Cơ quan của Đảng (Party committee boards and agencies). */
    PARTY_AGENCY("cơ quan Đảng", "Party agency"),
    /** Cơ quan nhà nước (departments and agencies of the provincial People's Committee). */
    STATE_AGENCY("cơ quan nhà nước", "state agency"),
    /** Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. */
    MASS_ORGANISATION("tổ chức chính trị - xã hội", "mass organisation"),
    /** Tổ chức xã hội, tổ chức xã hội - nghề nghiệp, hội đặc thù. */
    SOCIAL_PROFESSIONAL_ASSOCIATION("tổ chức xã hội - nghề nghiệp", "social or professional association"),
    /** Đơn vị sự nghiệp công lập (schools, hospitals, institutes). */
    PUBLIC_SERVICE_UNIT("đơn vị sự nghiệp công lập", "public service unit"),
    /** Doanh nghiệp. */
    ENTERPRISE("doanh nghiệp", "enterprise"),
    /** Xã, phường, đặc khu (communes and wards; clusters group them since 2025). */
    COMMUNE("xã, phường, đặc khu", "commune or ward"),
    /** Huyện, thị xã, thành phố thuộc tỉnh (abolished as a tier on 01/07/2025). */
    DISTRICT("huyện, thị xã, thành phố", "district"),
    /** Cơ quan Trung ương đóng trên địa bàn (central agency located in the province). */
    CENTRAL_AGENCY("cơ quan Trung ương trên địa bàn", "central agency in the province"),
    OTHER("khác", "other");

    private final String vi;
    private final String en;

    UnitKind(String vi, String en) {
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
