package io.github.thidua.core.law;

import io.github.thidua.core.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A document of the legal catalogue: a law, decree, circular, provincial decision or guidance the pack cites.
 *
 * @param id           stable catalogue id, e.g. {@code LAW_2022}, {@code ND_152_2025}
 * @param number       the official number ("06/2022/QH15"), or null for rules without one
 * @param kind         law, decree, circular…
 * @param certainty    how sure the project is that the document exists as described (number, issuer, title)
 * @param issuerVi     issuing body in Vietnamese
 * @param issuerEn     issuing body in English
 * @param titleVi      full title in Vietnamese
 * @param titleEn      full title in English
 * @param shortVi      the name used in citations, in Vietnamese ("Nghị định 152/2025/NĐ-CP")
 * @param shortEn      the name used in citations, in English
 * @param signed       date signed or passed, or null when not recorded
 * @param inForceFrom  first day in force, or null when the document has no recorded start (internal rules)
 * @param inForceUntil last day in force, or null when no end is recorded
 * @param replacedBy   id of the document that replaced it, or null
 * @param province     profile name of the province that issued it ("bac-ninh"), or null for national documents
 * @param periods      codes of the legal periods whose rules may cite it ({@link LegalPeriod#code()})
 * @param governs      whether it governs emulation reviews and is listed among a review's governing documents
 *                     ({@link LegalTimeline#governing}); false for texts some rules cite without governing the review
 *                     (e.g. the decree on rating public employees)
 */
public record LegalDocument(String id, String number, DocumentKind kind, Certainty certainty, String issuerVi, String issuerEn,
                            String titleVi, String titleEn, String shortVi, String shortEn, LegalDate signed,
                            LegalDate inForceFrom, LegalDate inForceUntil, String replacedBy, String province,
                            List<String> periods, boolean governs) {
    public LegalDocument {
        Checks.notBlank(id, "document id");
        Checks.notNull(kind, "kind");
        Checks.notNull(certainty, "certainty");
        Checks.notBlank(shortVi, "short name (vi)");
        Checks.notBlank(shortEn, "short name (en)");
        periods = List.copyOf(periods);
        if (inForceFrom != null && inForceUntil != null && inForceUntil.date().isBefore(inForceFrom.date())) {
            throw new IllegalArgumentException(id + ": in force until " + inForceUntil.date() + " is before "
                    + inForceFrom.date());
        }
    }

    /** A document that governs emulation reviews ({@code governs} true). */
    public LegalDocument(String id, String number, DocumentKind kind, Certainty certainty, String issuerVi,
                         String issuerEn, String titleVi, String titleEn, String shortVi, String shortEn,
                         LegalDate signed, LegalDate inForceFrom, LegalDate inForceUntil, String replacedBy,
                         String province, List<String> periods) {
        this(id, number, kind, certainty, issuerVi, issuerEn, titleVi, titleEn, shortVi, shortEn, signed, inForceFrom,
                inForceUntil, replacedBy, province, periods, true);
    }

    /** Whether the document is in force on {@code date} (a document without recorded dates always is). */
    public boolean inForceOn(LocalDate date) {
        return (inForceFrom == null || !date.isBefore(inForceFrom.date()))
                && (inForceUntil == null || !date.isAfter(inForceUntil.date()));
    }

    /** Whether the document is past a recorded end of validity on {@code date}. */
    public boolean endedBefore(LocalDate date) {
        return inForceUntil != null && date.isAfter(inForceUntil.date());
    }

    /** Whether rules of {@code period} may cite it. */
    public boolean belongsTo(LegalPeriod period) {
        return periods.contains(period.code());
    }

    /** The name used in citations, in "vi" or "en". */
    public String shortName(String lang) {
        return "en".equals(lang) ? shortEn : shortVi;
    }

    /**
     * How sure a citation of it is: the weaker of the document's own certainty and that of its recorded end
     * (the start of every catalogued document precedes the reviews thidua handles, except where the document's
     * own certainty already says secondary).
     */
    public Certainty citationCertainty() {
        if (inForceUntil != null && inForceUntil.certainty().ordinal() > certainty.ordinal()) {
            return inForceUntil.certainty();
        }
        return certainty;
    }
}
