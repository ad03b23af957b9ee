package io.github.thidua.rules;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalDocument;
import io.github.thidua.core.law.LegalPeriod;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.law.LegalTimeline;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ProvinceLineage;
import io.github.thidua.core.profile.ResolvedParameter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The legal timeline of a review as the engine reports it: the governing documents (review-level citations) of
 * its legal period on its decision date, and the warnings and findings the timeline calls for (a document past its
 * recorded end, a decision after the period's Law ceased, the 2026 amendment's unverified criteria, a profile of a
 * province that no longer exists on the decision date, a bloc dossier after the province's deadline).
 */
final class ReviewTimeline {
    static final String DEADLINE_PARAM = "province.blocDossierDeadline";
    private static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();
    private static final LegalTimeline TIMELINE = new LegalTimeline(CATALOGUE);
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReviewTimeline() {
    }

    /** The governing documents of a bloc review. */
    static List<LegalSource> citations(BlocReview review, Profile profile) {
        return TIMELINE.sources(review.period(), review.decisionDate(), profile.chain());
    }

    /** The governing documents of a provincial council's consolidation. */
    static List<LegalSource> citations(ProvinceReview province, Profile profile) {
        return TIMELINE.sources(period(province), province.decisionDate(), profile.chain());
    }

    static LegalPeriod period(ProvinceReview province) {
        return LegalPeriod.of(province.year(), null, province.decisionDate());
    }

    /** Adds the timeline's warnings and findings for a bloc review. */
    static void report(BlocReview review, Profile profile, List<Warning> warnings, List<Finding> findings) {
        LegalPeriod period = review.period();
        LocalDate date = review.decisionDate();
        List<String> cited = TIMELINE.governing(period, date, profile.chain()).stream().map(LegalDocument::id).toList();
        add(TIMELINE.notices(period, review.year(), date, review.dossierReceivedDate(), cited), period, warnings, findings);
        lineage(profile, date, warnings);
        if (review.stage() == Stage.YEAR_END) {
            deadline(profile, review.year(), date, review.bloc().members().size(), warnings);
        }
    }

    /** Adds the timeline's notices for a consolidation, as findings (a consolidation has no warnings). */
    static void report(ProvinceReview province, Profile profile, List<Finding> findings) {
        LegalPeriod period = period(province);
        LocalDate date = province.decisionDate();
        List<String> cited = TIMELINE.governing(period, date, profile.chain()).stream().map(LegalDocument::id).toList();
        List<Warning> warnings = new java.util.ArrayList<>();
        add(TIMELINE.notices(period, province.year(), date, null, cited), period, warnings, findings);
        lineage(profile, date, warnings);
        String basis = CATALOGUE.get(period.lawId()).shortVi();
        for (Warning w : warnings) {
            findings.add(new Finding(w.code(), Severity.WARNING, null, basis, Certainty.CONFIRMED, w.vi(), w.en()));
        }
    }

    private static void add(List<LegalTimeline.Notice> notices, LegalPeriod period, List<Warning> warnings,
                            List<Finding> findings) {
        for (LegalTimeline.Notice n : notices) {
            if (n.finding()) {
                LegalDocument law = CATALOGUE.get(period.lawId());
                findings.add(new Finding(n.code(), Severity.WARNING, null, law.shortVi(), law.citationCertainty(),
                        n.vi(), n.en()));
            } else {
                warnings.add(new Warning(n.code(), n.vi(), n.en()));
            }
        }
    }

    /** A profile used outside the dates its province existed names the province that succeeded it. */
    private static void lineage(Profile profile, LocalDate date, List<Warning> warnings) {
        Optional<ProvinceLineage> p = profile.province();
        if (p.isEmpty() || p.get().appliesOn(date)) {
            return;
        }
        ProvinceLineage l = p.get();
        boolean after = l.validUntil() != null && date.isAfter(l.validUntil());
        String when = after ? "đến " + VI.format(l.validUntil()) : "từ " + VI.format(l.validFrom());
        String whenEn = after ? "until " + VI.format(l.validUntil()) : "from " + VI.format(l.validFrom());
        String next = after && l.successor() != null ? "; từ sau ngày đó dùng hồ sơ tham số \"" + l.successor() + "\"" : "";
        String nextEn = after && l.successor() != null ? "; after that date use the profile \"" + l.successor() + "\"" : "";
        warnings.add(new Warning("PROFILE_OUTSIDE_PROVINCE_DATES",
                "Hồ sơ tham số \"" + profile.name() + "\" áp dụng cho tỉnh " + l.name() + " " + when
                        + ", nhưng ngày quyết định là " + VI.format(date) + next + ".",
                "Profile \"" + profile.name() + "\" applies to " + l.name() + " province " + whenEn
                        + ", but the decision date is " + VI.format(date) + nextEn + "."));
    }

    /** A year-end review decided after the province's bloc dossier deadline gets a warning. */
    private static void deadline(Profile profile, int year, LocalDate date, int blocSize, List<Warning> warnings) {
        Optional<ResolvedParameter> p = profile.find(DEADLINE_PARAM, date, Math.max(1, blocSize));
        if (p.isEmpty()) {
            return;
        }
        String mmdd = String.valueOf(p.get().value());
        LocalDate due;
        try {
            due = LocalDate.parse(year + "-" + mmdd);
        } catch (RuntimeException e) {
            return; // the profile reader checks values; an unparsable deadline is not this review's problem
        }
        if (date.isAfter(due)) {
            String cert = p.get().certainty() == Certainty.CONFIRMED ? "" : " (giả định)";
            String certEn = p.get().certainty() == Certainty.CONFIRMED ? "" : " (assumption)";
            warnings.add(new Warning("DOSSIER_DEADLINE_PASSED",
                    "Hội nghị tổng kết của khối ngày " + VI.format(date) + ", sau hạn gửi hồ sơ của cụm, khối thi đua ngày "
                            + VI.format(due) + cert + " (" + p.get().reference() + "): hồ sơ đề nghị khen thưởng nộp muộn.",
                    "The bloc's year-end meeting on " + VI.format(date) + " is after the bloc dossier deadline of "
                            + VI.format(due) + certEn + " (" + p.get().reference() + "): the award dossier is late."));
        }
    }
}
