package io.github.thidua.rules.facts;

import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Citation;
import java.util.List;
import java.util.Objects;

/**
 * The law a rule stated, carried by a fact so that the generic rules that apply it cite that law: the defining
 * rule's id, its legal basis (with the parameters it used), certainty and catalogue citations.
 */
public record StatedLaw(String ruleId, String legalBasis, Certainty certainty, List<Citation> citations,
                        String assumption, String legalBasisEn) {
    public StatedLaw {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(certainty, "certainty");
        citations = List.copyOf(citations);
    }

    /** A stated law without an assumption anchor or an English basis. */
    public StatedLaw(String ruleId, String legalBasis, Certainty certainty, List<Citation> citations) {
        this(ruleId, legalBasis, certainty, citations, null, null);
    }

    /** A stated law without catalogue citations. */
    public StatedLaw(String ruleId, String legalBasis, Certainty certainty) {
        this(ruleId, legalBasis, certainty, List.of());
    }
}
