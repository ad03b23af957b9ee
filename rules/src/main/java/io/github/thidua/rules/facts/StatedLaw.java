package io.github.thidua.rules.facts;

import io.github.thidua.core.law.Certainty;
import java.util.Objects;

/**
 * The law a rule stated, carried by a fact so that the generic rules that apply it cite that law: the defining
 * rule's id, its legal basis (with the parameters it used) and certainty.
 */
public record StatedLaw(String ruleId, String legalBasis, Certainty certainty) {
    public StatedLaw {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(certainty, "certainty");
    }
}
