package io.github.thidua.rules.facts;

import io.github.thidua.core.Pact;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.UnitId;
import java.math.BigDecimal;
import java.util.Set;

/** What the pact-stage rules check: the pact and scheme as given (either may be missing). */
public final class PactCheck {
    private final Pact pact;
    private final ScoringScheme scheme;

    public PactCheck(Pact pact, ScoringScheme scheme) {
        this.pact = pact;
        this.scheme = scheme;
    }

    public boolean isHasPact() {
        return pact != null;
    }

    public boolean isHasScheme() {
        return scheme != null;
    }

    public int getPactYear() {
        return pact == null ? 0 : pact.year();
    }

    public boolean signed(UnitId unit) {
        return pact != null && Set.copyOf(pact.signatories()).contains(unit);
    }

    public BigDecimal getMaxBase() {
        return scheme == null ? BigDecimal.ZERO : scheme.maxBase();
    }

    public BigDecimal getRegularMaxSum() {
        return scheme == null ? BigDecimal.ZERO : scheme.regularMaxSum();
    }

    /** Whether the regular criteria's maxima add up to the scheme's base maximum. */
    public boolean isSchemeBalanced() {
        return scheme != null && scheme.regularMaxSum().compareTo(scheme.maxBase()) == 0;
    }
}
