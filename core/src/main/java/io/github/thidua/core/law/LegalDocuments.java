package io.github.thidua.core.law;

import java.time.LocalDate;

/**
 * The legal documents thidua cites, with their validity (legal-rules.md §1, §9.3). Dates tagged [S] in the
 * research note carry {@link Certainty#SECONDARY}.
 */
public final class LegalDocuments {
    private LegalDocuments() {
    }

    /** Luật Thi đua, khen thưởng 15/2003/QH11, amended 2005 and 2013 (consolidated 16/VBHN-VPQH). */
    public static final LegalSource LAW_2003 = LegalSource.of("Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013)",
            null, null, LocalDate.of(2004, 1, 1), LocalDate.of(2023, 12, 31), Certainty.CONFIRMED);
    /** Nghị định 91/2017/NĐ-CP, in force 01/10/2017, replaced by ND 98/2023 from 01/01/2024. */
    public static final LegalSource DECREE_91_2017 = LegalSource.of("Nghị định 91/2017/NĐ-CP", null, null,
            LocalDate.of(2017, 10, 1), LocalDate.of(2023, 12, 31), Certainty.CONFIRMED);
    /** Thông tư 08/2017/TT-BNV, in force 15/12/2017, replaced by TT 12/2019 from 01/01/2020. */
    public static final LegalSource CIRCULAR_08_2017 = LegalSource.of("Thông tư 08/2017/TT-BNV", null, null,
            LocalDate.of(2017, 12, 15), LocalDate.of(2019, 12, 31), Certainty.CONFIRMED);
    /** Thông tư 12/2019/TT-BNV, in force 01/01/2020. */
    public static final LegalSource CIRCULAR_12_2019 = LegalSource.of("Thông tư 12/2019/TT-BNV", null, null,
            LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), Certainty.CONFIRMED);
    /** Công văn 5007/BNV-TĐKT of 05/09/2023 (Government-flag quota base: bloc leaders). */
    public static final LegalSource OFFICIAL_LETTER_5007_2023 = LegalSource.of("Công văn 5007/BNV-TĐKT ngày 05/09/2023",
            null, null, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 12, 31), Certainty.CONFIRMED);
    /** Luật Thi đua, khen thưởng 06/2022/QH15, in force 01/01/2024. */
    public static final LegalSource LAW_2022 = LegalSource.of("Luật Thi đua, khen thưởng 06/2022/QH15", null, null,
            LocalDate.of(2024, 1, 1), null, Certainty.CONFIRMED);
    /** Nghị định 98/2023/NĐ-CP, in force 01/01/2024; replaced by ND 152/2025 from 01/07/2025 [S]. */
    public static final LegalSource DECREE_98_2023 = LegalSource.of("Nghị định 98/2023/NĐ-CP", null, null,
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), Certainty.CONFIRMED);
    /** Nghị định 152/2025/NĐ-CP, dated 14/06/2025, in force 01/07/2025, validity to 01/03/2027 per vbpl metadata [S]. */
    public static final LegalSource DECREE_152_2025 = LegalSource.of("Nghị định 152/2025/NĐ-CP", null, null,
            LocalDate.of(2025, 7, 1), LocalDate.of(2027, 3, 1), Certainty.SECONDARY);
}
