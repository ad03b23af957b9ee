package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitYearFacts;
import java.util.ArrayList;
import java.util.List;

/** Message builders for the exclusion rules, so every regime's rule words them the same way. */
public final class Exclusions {
    public static final String NONE_VI = "Không đang bị xem xét kỷ luật, thanh tra, điều tra hay xác minh khiếu nại, tố cáo";
    public static final String NONE_EN = "Not under discipline review, inspection, investigation, or complaint verification";

    private Exclusions() {
    }

    /** What is pending against the unit, in Vietnamese, or null if nothing is. */
    /**
     * True if nothing is pending against the unit: no discipline review, inspection, investigation or complaint
     * being verified (and, when {@code pressCounts}, no press report being verified).
     */
    public static boolean nonePending(UnitYearFacts f, boolean pressCounts) {
        return pendingVi(f, pressCounts) == null;
    }

    public static String pendingVi(UnitYearFacts f, boolean pressCounts) {
        List<String> items = new ArrayList<>();
        if (f.underDisciplineReview()) {
            items.add("đang bị xem xét kỷ luật");
        }
        if (f.underInvestigation()) {
            items.add("đang bị thanh tra, kiểm tra, điều tra do có dấu hiệu vi phạm");
        }
        if (f.pendingComplaint()) {
            items.add("đang xác minh đơn khiếu nại, tố cáo");
        }
        if (pressCounts && f.pressIssueUnderVerification()) {
            items.add("đang xác minh vấn đề báo chí nêu");
        }
        return items.isEmpty() ? null : "Đơn vị " + String.join("; ", items) + ": chưa khen thưởng, chưa đề nghị";
    }

    /** What is pending against the unit, in English, or null if nothing is. */
    public static String pendingEn(UnitYearFacts f, boolean pressCounts) {
        List<String> items = new ArrayList<>();
        if (f.underDisciplineReview()) {
            items.add("under discipline review");
        }
        if (f.underInvestigation()) {
            items.add("under inspection or investigation for signs of violation");
        }
        if (f.pendingComplaint()) {
            items.add("a complaint or denunciation is being verified");
        }
        if (pressCounts && f.pressIssueUnderVerification()) {
            items.add("an issue reported by the press is being verified");
        }
        return items.isEmpty() ? null : "The unit is " + String.join("; ", items) + ": no award and no proposal yet";
    }

    public static String clockVi(Member m, int year) {
        var end = m.getFacts().disciplineEndedOn();
        if (end == null) {
            return "Không có thời hạn kỷ luật trong kỳ tính thành tích";
        }
        return "Thành tích tính từ khi hết thời hạn kỷ luật (" + end + "): năm " + year
                + (m.firstCountableYear() <= year ? " được tính" : " chưa được tính đủ");
    }

    public static String clockEn(Member m, int year) {
        var end = m.getFacts().disciplineEndedOn();
        if (end == null) {
            return "No discipline period in the achievement period";
        }
        return "Achievements count from the end of the discipline period (" + end + "): year " + year
                + (m.firstCountableYear() <= year ? " counts" : " does not count in full");
    }
}
