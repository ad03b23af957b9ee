package io.github.thidua.core.people;

/**
 * A judgment the law asks for that no data can prove ("outstanding", "influential", "solidarity"): the unit
 * attests it in the review, and every decision that rests on it says so.
 */
public enum Attestation {
    /** Luật 2022 Điều 24 khoản 1 điểm b (Luật 2003/2013 Điều 24): self-reliance, solidarity, active in movements, good ethics. */
    CONDUCT("có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua, đạo đức tốt",
            "self-reliant, solidary, active in emulation movements, of good conduct"),
    /** Luật 2022 Điều 23: combat ingenuity recognised by the unit (armed forces). */
    COMBAT_INGENUITY("mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận",
            "combat ingenuity recognised by the unit"),
    /** Luật 2022 Điều 22 khoản 1 điểm a: outstanding among the grassroots fighters. */
    OUTSTANDING("tiêu biểu xuất sắc trong số những cá nhân có 3 lần liên tục đạt Chiến sĩ thi đua cơ sở",
            "outstanding among those with 3 consecutive grassroots fighter titles"),
    /** Luật 2022 Điều 74 khoản 1 điểm a: outstanding in movements launched by the province. */
    PROVINCIAL_MOVEMENT("gương mẫu, tiêu biểu trong các phong trào thi đua do tỉnh phát động",
            "exemplary in emulation movements launched by the province"),
    /** Luật 2022 Điều 74 khoản 1 điểm b: many or irregular achievements with influence in a provincial field. */
    INFLUENTIAL_ACHIEVEMENT("lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc tỉnh",
            "many or irregular achievements with influence in a provincial field"),
    /** Luật 2022 Điều 74 khoản 1 điểm c: contribution to socio-economic development, science, social or charitable work. */
    CONTRIBUTION("có đóng góp vào sự phát triển kinh tế - xã hội, khoa học, công tác xã hội, từ thiện",
            "contribution to socio-economic development, science, social or charitable work"),
    /** Luật 2022 Điều 74 khoản 1 điểm đ: workers and farmers with achievements influential at commune or unit level. */
    GRASSROOTS_INFLUENCE("công nhân, nông dân, người lao động có nhiều thành tích, ảnh hưởng trong phạm vi xã hoặc cơ sở",
            "a worker or farmer with many achievements influential at commune or unit level"),
    /** Luật 2022 Điều 75: an achievement recognised in a movement, or achievements with influence on the agency. */
    MOVEMENT_ACHIEVEMENT("có thành tích được công nhận trong phong trào thi đua hoặc thành tích ảnh hưởng trong cơ quan, đơn vị",
            "an achievement recognised in a movement, or achievements influencing the agency");

    private final String vi;
    private final String en;

    Attestation(String vi, String en) {
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
