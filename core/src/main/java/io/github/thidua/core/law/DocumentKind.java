package io.github.thidua.core.law;

/** The kind of a legal document, which fixes how it is named in Vietnamese and English. */
public enum DocumentKind {
    LAW("Luật", "Law"),
    RESOLUTION("Nghị quyết", "Resolution"),
    DECREE("Nghị định", "Decree"),
    CIRCULAR("Thông tư", "Circular"),
    PRIME_MINISTER_DECISION("Quyết định", "Decision"),
    PROVINCIAL_DECISION("Quyết định", "Decision"),
    OFFICIAL_LETTER("Công văn", "Official Letter"),
    GUIDANCE("Hướng dẫn", "Guidance"),
    /** A regulation of the Party Central Committee (e.g. on rating party members). */
    PARTY_REGULATION("Quy định", "Regulation"),
    /** Rules a bloc or province sets itself where the law leaves it to them; no number, no dates. */
    INTERNAL_RULES("Quy chế", "Rules");

    private final String vi;
    private final String en;

    DocumentKind(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The kind's name in Vietnamese ("Nghị định") or English ("Decree"). */
    public String label(String lang) {
        return "en".equals(lang) ? en : vi;
    }
}
