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

    /** Whether the dated procedure bars an award decided on {@code date} (it runs, or ended finding a violation). */
    public static boolean bars(io.github.thidua.core.ExclusionFact x, java.time.LocalDate date) {
        return x.barsOn(date);
    }

    /** Whether the dated procedure had started by {@code date} (a later one is not considered at all). */
    public static boolean started(io.github.thidua.core.ExclusionFact x, java.time.LocalDate date) {
        return !date.isBefore(x.from());
    }

    private static String kindVi(io.github.thidua.core.ExclusionKind k) {
        return switch (k) {
            case DISCIPLINE_REVIEW -> "xem xét kỷ luật";
            case INVESTIGATION -> "thanh tra, kiểm tra, điều tra";
            case COMPLAINT -> "xác minh khiếu nại, tố cáo";
            case PRESS_VERIFICATION -> "xác minh vấn đề báo chí nêu";
            case DISCIPLINE -> "chấp hành kỷ luật";
        };
    }

    private static String kindEn(io.github.thidua.core.ExclusionKind k) {
        return switch (k) {
            case DISCIPLINE_REVIEW -> "discipline review";
            case INVESTIGATION -> "inspection or investigation";
            case COMPLAINT -> "complaint verification";
            case PRESS_VERIFICATION -> "verification of a press report";
            case DISCIPLINE -> "discipline being served";
        };
    }

    /** The message of a dated procedure as of {@code date} (Vietnamese). */
    public static String datedVi(io.github.thidua.core.ExclusionFact x, java.time.LocalDate date) {
        String span = "từ " + vi(x.from()) + (x.to() == null ? "" : " đến " + vi(x.to()));
        if (!x.barsOn(date)) {
            return "Thủ tục " + kindVi(x.kind()) + " (" + span + ") đã kết thúc, không có vi phạm: tiếp tục xét khen thưởng";
        }
        return x.to() != null && x.to().isBefore(date)
                ? "Thủ tục " + kindVi(x.kind()) + " (" + span + ") kết luận có vi phạm: chưa khen thưởng, chưa đề nghị"
                : "Đang trong thủ tục " + kindVi(x.kind()) + " (" + span + "): chưa khen thưởng, chưa đề nghị";
    }

    /** English counterpart of {@link #datedVi}. */
    public static String datedEn(io.github.thidua.core.ExclusionFact x, java.time.LocalDate date) {
        String span = "from " + x.from() + (x.to() == null ? "" : " to " + x.to());
        if (!x.barsOn(date)) {
            return "The " + kindEn(x.kind()) + " (" + span + ") ended with no violation: the award proceeds";
        }
        return x.to() != null && x.to().isBefore(date)
                ? "The " + kindEn(x.kind()) + " (" + span + ") found a violation: no award or proposal"
                : "A " + kindEn(x.kind()) + " is running (" + span + "): no award or proposal";
    }

    private static String vi(java.time.LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
