package io.github.thidua.core.people;

import io.github.thidua.core.law.AwardForm;

/** The emulation titles and commendation forms for individuals that a unit review decides or proposes. */
public enum IndividualAward {
    ADVANCED_LABOUR("Lao động tiên tiến", "Advanced Labourer", AwardForm.TITLE, 1),
    GRASSROOTS_FIGHTER("Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter", AwardForm.TITLE, 2),
    PROVINCIAL_FIGHTER("Chiến sĩ thi đua cấp tỉnh", "Provincial Emulation Fighter", AwardForm.TITLE, 3),
    NATIONAL_FIGHTER("Chiến sĩ thi đua toàn quốc", "National Emulation Fighter", AwardForm.TITLE, 4),
    CERTIFICATE_OF_COMMENDATION("Giấy khen", "Certificate of Commendation", AwardForm.COMMENDATION, 1),
    PROVINCIAL_CERTIFICATE("Bằng khen của Chủ tịch UBND tỉnh", "Provincial Chairman's Certificate of Merit",
            AwardForm.COMMENDATION, 2),
    PRIME_MINISTER_CERTIFICATE("Bằng khen của Thủ tướng Chính phủ", "Prime Minister's Certificate of Merit",
            AwardForm.COMMENDATION, 3);

    private final String vi;
    private final String en;
    private final AwardForm form;
    private final int rank;

    IndividualAward(String vi, String en, AwardForm form, int rank) {
        this.vi = vi;
        this.en = en;
        this.form = form;
        this.rank = rank;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    public String name(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    /** An emulation title (danh hiệu) or a form of commendation (hình thức khen thưởng). */
    public AwardForm form() {
        return form;
    }

    /** Order within its form, 1 the lowest. */
    public int rank() {
        return rank;
    }
}
