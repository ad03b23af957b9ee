package io.github.thidua.testkit.law;

import io.github.thidua.rules.json.ResultJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The order of the input does not matter: shuffling the members, scorecards, scores, ratings, facts, history and
 * votes (and, in a province, the blocs) gives the same result, compared as {@link ResultJson} text (without audit;
 * a province's blocs in bloc-id order).
 */
public final class PermutationInvariance implements Law {
    /** The law's name. */
    public static final String NAME = "permutation-invariance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "shuffling units, facts, history and votes gives the same result JSON";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        long seed = s.probe().shuffleSeed();
        String original;
        String shuffled;
        if (s.kind() == Subject.Kind.BLOC) {
            original = ResultJson.write(s.result(), false);
            shuffled = ResultJson.write(s.evaluate(Perturbations.shuffled(s.review(), seed)), false);
        } else {
            original = Support.canonical(s.consolidation());
            shuffled = Support.canonical(s.evaluate(Perturbations.shuffled(s.province(), seed)));
        }
        if (original.equals(shuffled)) {
            return List.of();
        }
        return List.of(new Violation(NAME, "the input shuffled with seed " + seed + " gives another result, at "
                + Support.firstDifference(original, shuffled)));
    }
}
