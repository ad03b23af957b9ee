package io.github.thidua.examples.cli.render;

import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a proposal list and a meeting's minutes say about one proposed award, read from the decision's reasons:
 * the legal basis of the award's standard (the conditions the unit met, without the rules that only choose
 * between awards or apply quotas) and the bloc's vote on it.
 */
public final class Proposals {
    private Proposals() {
    }

    /**
     * Whether a reason states a condition of the award's standard (not a choice between awards, a quota, an
     * exclusion or the vote), by the kind the rules recorded; leading the bloc is part of a flag's standard.
     */
    private static boolean standard(Reason r) {
        return r.kind() == Reason.Kind.CONDITION || r.kind() == Reason.Kind.LEADERSHIP;
    }

    /** The distinct legal bases of the award's standard that the unit met, in the order the rules gave them. */
    public static List<String> basis(Decision d) {
        return basis(d, "vi");
    }

    /** {@link #basis(Decision)} in {@code lang} ("vi" or "en"), rendered from the reasons' citations. */
    public static List<String> basis(Decision d, String lang) {
        Set<String> out = new LinkedHashSet<>();
        for (Reason r : d.reasons()) {
            String b = r.basis(lang);
            if (standard(r) && b != null && !b.isBlank()) {
                out.add(b);
            }
        }
        if (out.isEmpty() && !d.reasons().isEmpty()) {
            out.add(d.reasons().get(0).basis(lang));
        }
        return new ArrayList<>(out);
    }

    /** The reason that records the bloc's vote on the proposal, if the scenario recorded one. */
    public static Optional<Reason> vote(Decision d) {
        return d.reasons().stream().filter(r -> r.kind() == Reason.Kind.VOTE).findFirst();
    }
}
