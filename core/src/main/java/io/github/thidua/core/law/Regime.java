package io.github.thidua.core.law;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal regime that governs an achievement year. Chosen by the <em>achievement year</em>, not the decision
 * date: achievements up to 2023 fall under the Law of 2003/2013 with Decree 91/2017; from 2024 under
 * Law 06/2022/QH15 with Decree 98/2023, and decisions from 01/07/2025 cite Decree 152/2025 (docs/legal-notes.md#legal-periods).
 */
public enum Regime {
    /** Luật Thi đua, khen thưởng 2003/2013 + Nghị định 91/2017/NĐ-CP: achievement years up to 2023. */
    REGIME_2017("2017", LegalDocuments.LAW_2003),
    /** Luật Thi đua, khen thưởng 06/2022/QH15 + Nghị định 98/2023/NĐ-CP (then 152/2025): from 2024. */
    REGIME_2024("2024", LegalDocuments.LAW_2022);

    /** First achievement year of the 2024 regime: the year Law 06/2022/QH15 took effect (legal catalogue). */
    public static final int FIRST_YEAR_2024 = LegalPeriod.firstYearOfLaw2022(LegalCatalogue.standard());
    /** First decision date on which Decree 152/2025 is cited instead of Decree 98/2023 (legal catalogue). */
    public static final LocalDate DECREE_152_FROM = LegalCatalogue.standard().get("ND_152_2025").inForceFrom().date();

    private final String code;
    private final LegalSource law;

    Regime(String code, LegalSource law) {
        this.code = code;
        this.law = law;
    }

    /** The regime for achievements of {@code year}. */
    public static Regime forAchievementYear(int year) {
        return year >= FIRST_YEAR_2024 ? REGIME_2024 : REGIME_2017;
    }

    /** Short code used in JSON and rule-pack folders: "2017" or "2024". */
    public String code() {
        return code;
    }

    /** The Law of the regime. */
    public LegalSource law() {
        return law;
    }

    /** The implementing decree to cite for a decision taken on {@code decisionDate}. */
    public LegalSource decree(LocalDate decisionDate) {
        if (this == REGIME_2017) {
            return LegalDocuments.DECREE_91_2017;
        }
        return decisionDate.isBefore(DECREE_152_FROM) ? LegalDocuments.DECREE_98_2023 : LegalDocuments.DECREE_152_2025;
    }

    /** The Law and the decree to cite for a decision taken on {@code decisionDate}. */
    public List<LegalSource> sources(LocalDate decisionDate) {
        return List.of(law, decree(decisionDate));
    }

    /** Human-readable name of the regime's law and decree, in Vietnamese, for a decision on {@code decisionDate}. */
    public String describe(LocalDate decisionDate) {
        return law.document() + " + " + decree(decisionDate).document();
    }
}
