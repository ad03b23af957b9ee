package io.github.thidua.core.law;

import java.time.LocalDate;

/**
 * The legal documents the review-level citations name, as {@link LegalSource}s read from the
 * {@link LegalCatalogue} (one source of truth for numbers and dates).
 */
public final class LegalDocuments {
    private LegalDocuments() {
    }

    /** Luật Thi đua, khen thưởng 15/2003/QH11, amended 2005 and 2013. */
    public static final LegalSource LAW_2003 = source("LAW_2003");
    /** Nghị định 91/2017/NĐ-CP, in force 01/10/2017, replaced by ND 98/2023 from 01/01/2024. */
    public static final LegalSource DECREE_91_2017 = source("ND_91_2017");
    /** Thông tư 08/2017/TT-BNV, in force 15/12/2017, replaced by TT 12/2019 from 01/01/2020. */
    public static final LegalSource CIRCULAR_08_2017 = source("TT_08_2017");
    /** Thông tư 12/2019/TT-BNV, in force 01/01/2020. */
    public static final LegalSource CIRCULAR_12_2019 = source("TT_12_2019");
    /** Công văn 5007/BNV-TĐKT of 05/09/2023 (Government-flag quota base: bloc leaders). */
    public static final LegalSource OFFICIAL_LETTER_5007_2023 = source("CV_5007_2023");
    /** Luật Thi đua, khen thưởng 06/2022/QH15, in force 01/01/2024. */
    public static final LegalSource LAW_2022 = source("LAW_2022");
    /** Luật 06/2026/QH16 amending the Law, in force 01/10/2026 (secondary sources). */
    public static final LegalSource LAW_2026 = source("LAW_2026");
    /** Nghị định 98/2023/NĐ-CP, in force 01/01/2024 to 30/06/2025 (replaced by ND 152/2025, its Art 59). */
    public static final LegalSource DECREE_98_2023 = source("ND_98_2023");
    /** Nghị định 152/2025/NĐ-CP, in force 01/07/2025; end of validity 01/03/2027 recorded by a secondary source. */
    public static final LegalSource DECREE_152_2025 = source("ND_152_2025");
    /** Thông tư 15/2025/TT-BNV, guiding the Law and ND 152/2025. */
    public static final LegalSource CIRCULAR_15_2025 = source("TT_15_2025");

    /** The catalogue document {@code id} as a legal source (its Vietnamese short name, dates and certainty). */
    public static LegalSource source(String id) {
        LegalDocument d = LegalCatalogue.standard().get(id);
        LocalDate from = d.inForceFrom() == null ? LocalDate.MIN : d.inForceFrom().date();
        LocalDate to = d.inForceUntil() == null ? null : d.inForceUntil().date();
        return LegalSource.of(d.shortVi(), null, null, from, to, d.citationCertainty());
    }
}
