package io.github.thidua.rules;

import io.github.thidua.core.law.Certainty;

/**
 * Why a decision came out as it did: the rule that said so, the provision it rests on, how sure that is, and
 * a message in Vietnamese and English.
 *
 * @param ruleId     the rule's {@code @ruleId}
 * @param legalBasis the rule's {@code @legalBasis}, plus the parameters it used and their references
 * @param certainty  the weaker of the rule's certainty and the certainty of the parameters it used
 * @param vi         message in Vietnamese
 * @param en         message in English
 */
public record Reason(String ruleId, String legalBasis, Certainty certainty, String vi, String en) {
    /** The message in the given language ("vi" or "en"). */
    public String message(String lang) {
        return "en".equals(lang) ? en : vi;
    }
}
