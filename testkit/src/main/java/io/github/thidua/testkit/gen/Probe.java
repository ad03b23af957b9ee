package io.github.thidua.testkit.gen;

/**
 * The perturbations a generated case carries for the laws that compare two evaluations: which unit to improve or
 * worsen (monotonicity) and how to shuffle the input (permutation invariance). Drawn with the case, so a shrunk
 * counter-example shrinks its perturbation too.
 *
 * @param unit        index of the probed unit in the bloc's member list (for a province: across all blocs, in order)
 * @param improve     the condition improved
 * @param worsen      the condition worsened
 * @param shuffleSeed seed of the permutation applied to members, scorecards, ratings, facts, history and votes
 */
public record Probe(int unit, Mutation improve, Mutation worsen, long shuffleSeed) {
    public Probe {
        if (unit < 0) {
            throw new IllegalArgumentException("probe unit must not be negative, was " + unit);
        }
        if (improve == null || worsen == null) {
            throw new IllegalArgumentException("probe mutations must not be null");
        }
    }
}
