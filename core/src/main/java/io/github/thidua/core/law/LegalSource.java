package io.github.thidua.core.law;

import io.github.thidua.core.Checks;
import java.time.LocalDate;

/**
 * A provision of law (or guidance) a rule, parameter or award rests on, with its validity and certainty.
 *
 * @param document   the document, e.g. "Luật 06/2022/QH15" or "Nghị định 98/2023/NĐ-CP"
 * @param article    the article, e.g. "Điều 25", or null for the whole document
 * @param clause     the clause, e.g. "khoản 1", or null
 * @param validFrom  first day it applies
 * @param validTo    last day it applies, or null if open-ended
 * @param certainty  how sure the project is of it
 */
public record LegalSource(String document, String article, String clause, LocalDate validFrom, LocalDate validTo,
                          Certainty certainty) {
    public LegalSource {
        Checks.notBlank(document, "legal document");
        Checks.notNull(validFrom, "validFrom");
        Checks.notNull(certainty, "certainty");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(document + ": validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    public static LegalSource of(String document, String article, String clause, LocalDate validFrom,
                                 LocalDate validTo, Certainty certainty) {
        return new LegalSource(document, article, clause, validFrom, validTo, certainty);
    }

    /** Whether the provision applies on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The citation in the usual Vietnamese order: "Luật 06/2022/QH15, Điều 25, khoản 1". */
    public String citation() {
        StringBuilder sb = new StringBuilder(document);
        if (article != null) {
            sb.append(", ").append(article);
        }
        if (clause != null) {
            sb.append(", ").append(clause);
        }
        return sb.toString();
    }

    /** The same provision narrowed to an article and clause. */
    public LegalSource at(String article, String clause) {
        return new LegalSource(document, article, clause, validFrom, validTo, certainty);
    }

    /** The same provision with another certainty (e.g. a confirmed document whose article is unconfirmed). */
    public LegalSource withCertainty(Certainty other) {
        return new LegalSource(document, article, clause, validFrom, validTo, other);
    }

    @Override
    public String toString() {
        return citation();
    }
}
