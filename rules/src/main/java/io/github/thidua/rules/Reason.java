package io.github.thidua.rules;

import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Citation;
import java.util.List;
import java.util.Objects;

/**
 * Why a decision came out as it did: the rule that said so, the provision it rests on, how sure that is, a message
 * in Vietnamese and English, what kind of reason it is, and the provision as structured citations of the legal
 * catalogue.
 *
 * @param ruleId     the rule's {@code @ruleId}
 * @param legalBasis the legal basis in Vietnamese: the citations rendered by the citation formatter
 *                   ({@code io.github.thidua.core.law.CitationFormatter}), then the parameters the rule used
 *                   ({@code name = value}); for a rule whose {@code @legalBasis} is prose (not catalogue ids), that
 *                   text
 * @param certainty  the weakest certainty of what the reason rests on: the rule's, the parameters' it used, and —
 *                   for a deciding reason of an award or an eligibility — the conditions the unit met
 * @param vi         message in Vietnamese
 * @param en         message in English
 * @param kind       what the rule recorded: a condition, the deciding rule, a quota place, a note… (set by the
 *                   collector method the rule called, never guessed from the rule id)
 * @param citations  the legal basis as citations of the catalogue ({@code io.github.thidua.core.law.LegalCatalogue}),
 *                   as far as the basis names catalogue documents; empty when it names none. The
 *                   {@code legalBasis} text stays the complete statement. In a result, only citations of documents
 *                   in force on the decision date and belonging to the governing legal period
 * @param assumption when the reason rests on an assumption: the anchor in docs/legal-notes.md that records its
 *                   provenance (e.g. {@code assumption-bloc-leaderCount}), else null
 * @param legalBasisEn the legal basis in English (as {@code legalBasis}), or null when only the Vietnamese text is
 *                   known
 */
public record Reason(String ruleId, String legalBasis, Certainty certainty, String vi, String en, Kind kind,
                     List<Citation> citations, String assumption, String legalBasisEn) {
    public Reason {
        Objects.requireNonNull(kind, "kind");
        citations = List.copyOf(citations);
    }

    /** A reason without an assumption anchor and with the legal basis in Vietnamese only. */
    public Reason(String ruleId, String legalBasis, Certainty certainty, String vi, String en, Kind kind,
                  List<Citation> citations) {
        this(ruleId, legalBasis, certainty, vi, en, kind, citations, null, null);
    }

    /** A reason of kind {@link Kind#NOTE} without structured citations. */
    public Reason(String ruleId, String legalBasis, Certainty certainty, String vi, String en) {
        this(ruleId, legalBasis, certainty, vi, en, Kind.NOTE, List.of());
    }

    /** A reason of the given kind without structured citations. */
    public Reason(String ruleId, String legalBasis, Certainty certainty, String vi, String en, Kind kind) {
        this(ruleId, legalBasis, certainty, vi, en, kind, List.of());
    }

    /** The message in the given language ("vi" or "en"). */
    public String message(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    /** This reason as another kind. */
    public Reason as(Kind other) {
        return other == kind ? this
                : new Reason(ruleId, legalBasis, certainty, vi, en, other, citations, assumption, legalBasisEn);
    }

    /** The legal basis in the given language ("vi" or "en"; English falls back to the Vietnamese text). */
    public String basis(String lang) {
        return "en".equals(lang) && legalBasisEn != null ? legalBasisEn : legalBasis;
    }

    /**
     * This reason resting also on something of certainty {@code other} (with its assumption anchor, or null): the
     * weaker certainty is kept, and the anchor of the assumption when this reason has none.
     */
    public Reason restingOn(Certainty other, String otherAssumption) {
        if (other == null || other.ordinal() <= certainty.ordinal()) {
            return this;
        }
        String anchor = assumption != null ? assumption : otherAssumption;
        return new Reason(ruleId, legalBasis, other, vi, en, kind, citations, anchor, legalBasisEn);
    }

    /** Whether this reason states a condition (of an award, the bloc's vote on it, or general such as an exclusion). */
    public boolean isCondition() {
        return kind == Kind.CONDITION || kind == Kind.LEADERSHIP || kind == Kind.VOTE || kind == Kind.EXCLUSION;
    }

    /** What a reason records. */
    public enum Kind {
        /** A legal condition of one award, met or not. */
        CONDITION("điều kiện", "condition"),
        /** The unit leads the bloc (chosen by the bloc's review), a condition of an award reserved to leaders. */
        LEADERSHIP("đơn vị dẫn đầu", "bloc leader"),
        /** The bloc's vote on a nomination, a condition of the award it nominates (met or not). */
        VOTE("biểu quyết", "vote"),
        /** A general condition of every award (an exclusion, or the unit's data missing), met or not. */
        EXCLUSION("điều kiện chung", "general condition"),
        /** The rule that decided the outcome (e.g. recommended, not eligible, fallback award). */
        DECIDING("quyết định", "decision"),
        /** A place under a quota, inside (a note) or outside (the deciding reason). */
        QUOTA("chỉ tiêu", "quota"),
        /** The award set aside for a higher one for the same achievement (one achievement, one award). */
        SUPERSEDED("một thành tích một hình thức", "one achievement, one award"),
        /** A remark on a case that does not decide it. */
        NOTE("ghi chú", "note"),
        /** Next year's head or deputy. */
        TERM("nhiệm kỳ", "term"),
        /** A check the engine made outside the rules (appraisal of a recorded decision, authority, council). */
        CHECK("kiểm tra", "check");

        private final String vi;
        private final String en;

        Kind(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String vi() {
            return vi;
        }

        public String en() {
            return en;
        }
    }
}
