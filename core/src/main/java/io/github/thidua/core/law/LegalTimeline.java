package io.github.thidua.core.law;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the legal timeline says about one review: the documents that govern it (the review-level citations) and
 * the notices a reader must see — a document past its recorded end of validity, a decision taken after the
 * period's own Law ceased, the 2026 amendment whose criteria are not verified, a period chosen without the
 * dossier-received date. Pure; the engine turns notices into warnings and findings.
 */
public final class LegalTimeline {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<DocumentKind> GOVERNING = Set.of(DocumentKind.LAW, DocumentKind.DECREE,
            DocumentKind.CIRCULAR, DocumentKind.PROVINCIAL_DECISION);

    /**
     * A notice about the legal timeline of a review.
     *
     * @param code    stable code, e.g. {@code DOCUMENT_PAST_END}
     * @param finding whether it is a finding about the legal basis of the decisions (otherwise a warning)
     * @param anchor  the docs/legal-notes.md anchor that explains it, or null
     * @param vi      message in Vietnamese
     * @param en      message in English
     */
    public record Notice(String code, boolean finding, String anchor, String vi, String en) {
    }

    private final LegalCatalogue catalogue;

    public LegalTimeline(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static LegalTimeline standard() {
        return new LegalTimeline(LegalCatalogue.standard());
    }

    /**
     * The documents that govern a decision of {@code period} on {@code decisionDate}: the laws, decrees, circulars
     * and — for a province among {@code provinces} (profile names) — provincial decisions that the period may cite
     * on that date.
     */
    public List<LegalDocument> governing(LegalPeriod period, LocalDate decisionDate, Collection<String> provinces) {
        List<LegalDocument> out = new ArrayList<>();
        for (LegalDocument d : catalogue.documents()) {
            if (!GOVERNING.contains(d.kind()) || !d.governs() || (d.province() != null && !provinces.contains(d.province()))) {
                continue;
            }
            if (period.mayCite(d, decisionDate, catalogue)) {
                out.add(d);
            }
        }
        return out;
    }

    /** {@link #governing} as legal sources (the review-level citations of a result). */
    public List<LegalSource> sources(LegalPeriod period, LocalDate decisionDate, Collection<String> provinces) {
        return governing(period, decisionDate, provinces).stream().map(d -> LegalDocuments.source(d.id())).toList();
    }

    /**
     * The notices for a review.
     *
     * @param period          the governing period
     * @param year            the achievement year
     * @param decisionDate    the decision date
     * @param dossierReceived the dossier-received date given in the scenario, or null
     * @param cited           ids of the documents the review's reasons cite (their end dates are checked)
     */
    public List<Notice> notices(LegalPeriod period, int year, LocalDate decisionDate, LocalDate dossierReceived,
                                Collection<String> cited) {
        List<Notice> out = new ArrayList<>();
        if (period.transitional(decisionDate, catalogue)) {
            LegalDocument law = catalogue.get(period.lawId());
            out.add(new Notice("PERIOD_ENDED_BEFORE_DECISION", false, "transition-2024",
                    "Thành tích năm " + year + " thuộc thời kỳ " + law.shortVi() + ", văn bản này hết hiệu lực sau ngày "
                            + VI.format(law.inForceUntil().date()) + "; quyết định ngày " + VI.format(decisionDate)
                            + " áp dụng các văn bản của thời kỳ đó như tại ngày cuối cùng còn hiệu lực, theo quy ước của"
                            + " thư viện (quy định chuyển tiếp chưa được xác minh).",
                    "The achievements of " + year + " belong to the period of " + law.shortEn() + ", in force until "
                            + VI.format(law.inForceUntil().date()) + "; the decision of " + VI.format(decisionDate)
                            + " applies that period's documents as on their last day, by the library's convention"
                            + " (the transitional rule is not verified)."));
        } else {
            for (String id : cited) {
                LegalDocument d = catalogue.get(id);
                if (d.endedBefore(decisionDate)) {
                    String certVi = d.inForceUntil().certainty() == Certainty.CONFIRMED ? "" : " (theo nguồn thứ cấp)";
                    String certEn = d.inForceUntil().certainty() == Certainty.CONFIRMED ? "" : " (secondary source)";
                    out.add(new Notice("DOCUMENT_PAST_END", false, "catalogue",
                            d.shortVi() + " được ghi nhận hết hiệu lực sau ngày " + VI.format(d.inForceUntil().date())
                                    + certVi + "; quyết định ngày " + VI.format(decisionDate)
                                    + " vẫn dẫn chiếu văn bản này vì danh mục chưa có văn bản thay thế. Cần kiểm tra văn bản"
                                    + " đang có hiệu lực.",
                            d.shortEn() + " is recorded as in force until " + VI.format(d.inForceUntil().date()) + certEn
                                    + "; the decision of " + VI.format(decisionDate) + " still cites it because the"
                                    + " catalogue knows no replacement. Check which text is in force."));
                }
            }
        }
        if (period.criteriaUnverified()) {
            LegalDocument amendment = catalogue.get(period.lawId());
            String received = dossierReceived != null ? VI.format(dossierReceived) : null;
            out.add(new Notice("AMENDED_LAW_CRITERIA_UNVERIFIED", true, "period-2026",
                    (received != null ? "Hồ sơ được tiếp nhận ngày " + received
                            : "Không có ngày tiếp nhận hồ sơ; lấy ngày quyết định " + VI.format(decisionDate))
                            + ", từ ngày " + VI.format(amendment.inForceFrom().date()) + ": áp dụng Luật Thi đua, khen thưởng"
                            + " đã được sửa đổi, bổ sung bởi " + amendment.shortVi() + " (ngày có hiệu lực theo nguồn thứ cấp)."
                            + " Chưa đối chiếu được văn bản luật sửa đổi nên các tiêu chí sau chưa được xác minh và đang"
                            + " áp dụng theo Luật 06/2022/QH15: tiêu chí mới \"đi đầu trong đổi mới sáng tạo, chuyển đổi số\";"
                            + " nguyên tắc ưu tiên tập thể, cá nhân ở vùng đồng bào dân tộc thiểu số, miền núi; hai hình thức"
                            + " khen thưởng mới (khen thưởng phong trào thi đua theo chuyên đề, khen thưởng chuyên đề);"
                            + " tiêu chuẩn Chiến sĩ thi đua cơ sở và các tiêu chuẩn danh hiệu tập thể (Điều 23, 25 - 28)."
                            + " Hồ sơ tiếp nhận trước ngày đó vẫn theo luật cũ, trừ khi quy định mới có lợi hơn.",
                    (received != null ? "Dossier received on " + received
                            : "No dossier-received date; the decision date " + VI.format(decisionDate) + " stands for it")
                            + ", on or after " + VI.format(amendment.inForceFrom().date()) + ": the Law on Emulation and"
                            + " Commendation as amended by " + amendment.shortEn() + " applies (effective date from"
                            + " secondary sources). The amending text was not seen, so these criteria are not verified and"
                            + " are applied as in Law 06/2022/QH15: the new criterion \"leading in innovation and digital"
                            + " transformation\"; the priority for ethnic-minority and mountainous areas; the two new kinds"
                            + " of commendation (thematic movements, thematic commendation); the standards of the"
                            + " grassroots emulation fighter and of the collective titles (Articles 23, 25-28). Dossiers"
                            + " received earlier stay under the old text unless the new one is more favourable."));
        }
        return out;
    }
}
