package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.Certainty;

/**
 * A problem the rules found in the bloc's paperwork or process (an unsigned pact, an invalid scheme, a head
 * re-elected against the rotation rule), as opposed to an award decision.
 *
 * @param ruleId     the rule that found it
 * @param severity   error, warning or information
 * @param unit       the unit concerned, or null for the bloc as a whole
 * @param legalBasis the rule's legal basis
 * @param certainty  the rule's certainty
 * @param vi         message in Vietnamese
 * @param en         message in English
 * @param legalBasisEn the legal basis in English, or null when only the Vietnamese text is known
 */
public record Finding(String ruleId, Severity severity, UnitId unit, String legalBasis, Certainty certainty,
                      String vi, String en, String legalBasisEn) {
    /** A finding whose legal basis is known in Vietnamese only. */
    public Finding(String ruleId, Severity severity, UnitId unit, String legalBasis, Certainty certainty, String vi,
                   String en) {
        this(ruleId, severity, unit, legalBasis, certainty, vi, en, null);
    }

    /** The legal basis in the given language ("vi" or "en"; English falls back to the Vietnamese text). */
    public String basis(String lang) {
        return "en".equals(lang) && legalBasisEn != null ? legalBasisEn : legalBasis;
    }
}
