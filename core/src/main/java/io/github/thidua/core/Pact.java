package io.github.thidua.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The emulation pact (giao ước thi đua) the members sign early in the year, adopting the bloc's plan,
 * operating rules and scoring scheme.
 *
 * @param year        the pact year
 * @param signedOn    the signing date, or null if unknown
 * @param signatories the units that signed, unique
 * @param targets     targets the members registered
 */
public record Pact(int year, LocalDate signedOn, List<UnitId> signatories, List<PactTarget> targets) {
    public Pact {
        Checks.year(year, "pact year");
        signatories = Checks.list(signatories, "pact signatories");
        Checks.unique(signatories, s -> s, "pact signatory");
        targets = Checks.list(targets, "pact targets");
    }
}
