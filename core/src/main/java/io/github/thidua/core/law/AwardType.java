package io.github.thidua.core.law;

import static io.github.thidua.core.law.LegalDocuments.DECREE_91_2017;
import static io.github.thidua.core.law.LegalDocuments.DECREE_98_2023;
import static io.github.thidua.core.law.LegalDocuments.LAW_2003;
import static io.github.thidua.core.law.LegalDocuments.LAW_2022;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of collective awards a provincial bloc review deals with. Declared from
 * the highest precedence to the lowest: when a unit qualifies for several awards for one year's achievement,
 * it receives the first of them it is selected for ("one achievement, one award").
 */
public enum AwardType {
    /** Cờ thi đua của Chính phủ. */
    GOVERNMENT_FLAG("Cờ thi đua của Chính phủ", "Government Emulation Flag", AwardLevel.STATE, AwardForm.TITLE,
            Authority.PRIME_MINISTER, "12.0",
            List.of(LAW_2003.at("Điều 25", null), DECREE_91_2017.at("Điều 11", null)),
            List.of(LAW_2022.at("Điều 25", "khoản 1"), DECREE_98_2023.at("Điều 54", null))),
    /** Bằng khen của Thủ tướng Chính phủ. */
    PRIME_MINISTER_CERTIFICATE("Bằng khen của Thủ tướng Chính phủ", "Prime Minister's Certificate of Merit",
            AwardLevel.STATE, AwardForm.COMMENDATION, Authority.PRIME_MINISTER, null,
            List.of(DECREE_91_2017.at("Điều 38", "khoản 2").withCertainty(Certainty.ASSUMPTION)),
            List.of(LAW_2022.at("Điều 73", "khoản 2").withCertainty(Certainty.ASSUMPTION))),
    /** Cờ thi đua của Ủy ban nhân dân tỉnh (cấp bộ, ban, ngành, tỉnh). */
    PROVINCIAL_FLAG("Cờ thi đua của Ủy ban nhân dân tỉnh", "Provincial Emulation Flag", AwardLevel.PROVINCIAL,
            AwardForm.TITLE, Authority.PROVINCIAL_CHAIRMAN, "8.0",
            List.of(LAW_2003.at("Điều 26", null), DECREE_91_2017.at("Điều 12", null)),
            List.of(LAW_2022.at("Điều 26", "khoản 1"), DECREE_98_2023.at("Điều 54", null))),
    /** Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh. */
    PROVINCIAL_CERTIFICATE("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Provincial Chairman's Certificate of Merit",
            AwardLevel.PROVINCIAL, AwardForm.COMMENDATION, Authority.PROVINCIAL_CHAIRMAN, null,
            List.of(DECREE_91_2017.at("Điều 39", null).withCertainty(Certainty.ASSUMPTION)),
            List.of(LAW_2022.at("Điều 74", null))),
    /** Tập thể lao động xuất sắc. */
    EXCELLENT_LABOUR_COLLECTIVE("Tập thể lao động xuất sắc", "Excellent Labour Collective", AwardLevel.PROVINCIAL,
            AwardForm.TITLE, Authority.PROVINCIAL_CHAIRMAN, "1.5",
            List.of(LAW_2003.at("Điều 27", null).withCertainty(Certainty.SECONDARY)),
            List.of(LAW_2022.at("Điều 27", "khoản 1"), DECREE_98_2023.at("Điều 54", null))),
    /** Tập thể lao động tiên tiến. */
    ADVANCED_LABOUR_COLLECTIVE("Tập thể lao động tiên tiến", "Advanced Labour Collective", AwardLevel.GRASSROOTS,
            AwardForm.TITLE, Authority.HEAD_OF_AGENCY, "0.8",
            List.of(LAW_2003.at("Điều 28", null)),
            List.of(LAW_2022.at("Điều 28", "khoản 1"), LAW_2022.at("Điều 80", null), DECREE_98_2023.at("Điều 54", null))),
    /** Giấy khen. */
    CERTIFICATE_OF_COMMENDATION("Giấy khen", "Certificate of Commendation", AwardLevel.GRASSROOTS,
            AwardForm.COMMENDATION, Authority.HEAD_OF_AGENCY, null,
            List.of(LAW_2003.at("Điều 75", null).withCertainty(Certainty.ASSUMPTION)),
            List.of(LAW_2022.at("Điều 75", null).withCertainty(Certainty.SECONDARY), LAW_2022.at("Điều 80", null)));

    private final String vi;
    private final String en;
    private final AwardLevel level;
    private final AwardForm form;
    private final Authority authority;
    private final BigDecimal bonusMultiple;
    private final List<LegalSource> sources2017;
    private final List<LegalSource> sources2024;

    AwardType(String vi, String en, AwardLevel level, AwardForm form, Authority authority, String bonusMultiple,
              List<LegalSource> sources2017, List<LegalSource> sources2024) {
        this.vi = vi;
        this.en = en;
        this.level = level;
        this.form = form;
        this.authority = authority;
        this.bonusMultiple = bonusMultiple == null ? null : new BigDecimal(bonusMultiple);
        this.sources2017 = sources2017;
        this.sources2024 = sources2024;
    }

    /** Vietnamese name. */
    public String vi() {
        return vi;
    }

    /** English name. */
    public String en() {
        return en;
    }

    public AwardLevel level() {
        return level;
    }

    public AwardForm form() {
        return form;
    }

    /** Who decides the award for a collective of a provincial bloc. */
    public Authority authority() {
        return authority;
    }

    /** Whether this is a state-level form (at most one per subject per year, Thông tư 12/2019/TT-BNV). */
    public boolean isStateLevel() {
        return level == AwardLevel.STATE;
    }

    /**
     * Cash multiple of the statutory base salary for a collective (Nghị định 98/2023/NĐ-CP, Điều 54, carried
     * over unchanged by Nghị định 152/2025/NĐ-CP [S]); empty where the research did not confirm one.
     */
    public Optional<BigDecimal> bonusMultiple() {
        return Optional.ofNullable(bonusMultiple);
    }

    /** The legal sources of the award's standards under {@code regime}. */
    public List<LegalSource> sources(Regime regime) {
        return regime == Regime.REGIME_2017 ? sources2017 : sources2024;
    }

    /** Whether this award takes precedence over {@code other} for the same achievement. */
    public boolean outranks(AwardType other) {
        return ordinal() < other.ordinal();
    }

    /** Parses an award code, or fails naming the valid codes. */
    public static AwardType parse(String code) {
        for (AwardType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown award code '" + code + "', expected one of "
                + java.util.Arrays.toString(values()));
    }
}
