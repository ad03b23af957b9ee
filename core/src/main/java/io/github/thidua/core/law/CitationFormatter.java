package io.github.thidua.core.law;

/**
 * Renders citations for people, in Vietnamese ("điểm a khoản 1 Điều 25 Luật Thi đua, khen thưởng 06/2022/QH15")
 * or English ("Law on Emulation and Commendation 06/2022/QH15, Article 25(1)(a)"). The one place citations
 * become text: results, reports and documents all go through it.
 */
public final class CitationFormatter {
    private final LegalCatalogue catalogue;

    public CitationFormatter(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A formatter over the bundled catalogue. */
    public static CitationFormatter standard() {
        return new CitationFormatter(LegalCatalogue.standard());
    }

    /** The citation in {@code lang} ("vi" or "en"; anything else is Vietnamese). */
    public String format(Citation c, String lang) {
        LegalDocument doc = catalogue.get(c.document());
        if ("en".equals(lang)) {
            StringBuilder sb = new StringBuilder(doc.shortEn());
            if (c.article() != null) {
                sb.append(", Article ").append(c.article());
                if (c.clause() != null) {
                    sb.append('(').append(c.clause()).append(')');
                    if (c.point() != null) {
                        sb.append('(').append(c.point()).append(')');
                    }
                }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (c.point() != null) {
            sb.append("điểm ").append(c.point()).append(' ');
        }
        if (c.clause() != null) {
            sb.append("khoản ").append(c.clause()).append(' ');
        }
        if (c.article() != null) {
            sb.append("Điều ").append(c.article()).append(' ');
        }
        sb.append(doc.shortVi());
        return sb.toString();
    }

    /** Several citations joined with "; ". */
    public String format(Iterable<Citation> citations, String lang) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(format(c, lang));
        }
        return sb.toString();
    }
}
