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
 */
public record Finding(String ruleId, Severity severity, UnitId unit, String legalBasis, Certainty certainty,
                      String vi, String en) {
}
