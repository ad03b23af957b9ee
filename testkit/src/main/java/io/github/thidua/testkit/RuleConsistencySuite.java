package io.github.thidua.testkit;

import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.law.Law;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * A JUnit 5 base class that checks the consistency laws against a rules engine: extend it in a test source set, and
 * every bundled law becomes one test.
 *
 * <pre>{@code
 * class MyPackConsistencyTest extends RuleConsistencySuite {
 *     @Override
 *     protected Engine engine() {
 *         return Engine.builder().rulePack(myPack).build();
 *     }
 * }
 * }</pre>
 *
 * <p>Each law runs {@link #tries()} generated bloc reviews (system property {@code thidua.tries}, default 100) and, if
 * it applies to provinces, a fifth as many province reviews, from one seed shared by every law of the class:
 * {@link #seed()} (system property {@code thidua.seed}), or a random seed printed at the start. On failure the test
 * prints and fails with the seed and where it came from, the violated law's messages and the shrunk counter-example
 * (units, facts, history, votes). Override {@link #laws()} to select or skip laws, {@link #generators()},
 * {@link #reference()} (e.g. to declare a provincial override) or {@link #hostLaws()} to adapt it; the engine is
 * built once per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RuleConsistencySuite {
    /** System property giving the number of tries per law. */
    public static final String TRIES_PROPERTY = "thidua.tries";
    /** System property fixing the seed. */
    public static final String SEED_PROPERTY = "thidua.seed";

    private ConsistencyCheck check;

    /**
     * The engine under test; the bundled national pack by default.
     *
     * @return the engine (built once per test class)
     */
    protected Engine engine() {
        return Engine.builder().build();
    }

    /**
     * Generated bloc reviews per law.
     *
     * @return {@code thidua.tries}, or 100
     */
    protected int tries() {
        return Integer.getInteger(TRIES_PROPERTY, ConsistencyCheck.DEFAULT_TRIES);
    }

    /**
     * The fixed seed, if any.
     *
     * @return {@code thidua.seed}, or empty for a random seed
     */
    protected OptionalLong seed() {
        Long s = Long.getLong(SEED_PROPERTY);
        return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    /**
     * What the generators produce.
     *
     * @return {@link GenConfig#defaults()}
     */
    protected GenConfig generators() {
        return GenConfig.defaults();
    }

    /**
     * The differential oracle.
     *
     * @return the engine-compatible {@link ReferenceEvaluator}
     */
    protected ReferenceEvaluator reference() {
        return new ReferenceEvaluator();
    }

    /**
     * The host's own laws, checked by {@link #additionalLaws()} as dynamic tests.
     *
     * @return none by default
     */
    protected List<Law> hostLaws() {
        return List.of();
    }

    /**
     * Selects the laws this class checks: a law not selected is reported as skipped (aborted with the reason), never
     * silently passed. Override it when a pack lawfully departs from what a law demands and no narrower remedy fits;
     * prefer declaring the overridden condition to the reference evaluator (see
     * {@link ReferenceEvaluator#withOverrides}), which keeps the law checking everything else.
     *
     * <pre>{@code
     * @Override
     * protected LawSelection laws() {
     *     return LawSelection.all().skip(Laws.MONOTONICITY, "our criteria reward fewer penalties, not more points");
     * }
     * }</pre>
     *
     * @return every law by default
     */
    protected LawSelection laws() {
        return LawSelection.all();
    }

    /**
     * The check every test of the class shares, built on first use.
     *
     * @return the check
     */
    protected final synchronized ConsistencyCheck consistencyCheck() {
        if (check == null) {
            ConsistencyCheck.Builder b = ConsistencyCheck.builder(engine()).tries(tries()).generators(generators())
                    .reference(reference());
            OptionalLong fixed = seed();
            Long property = Long.getLong(SEED_PROPERTY);
            String hint;
            if (fixed.isPresent()) {
                b.seed(fixed.getAsLong());
                hint = property != null && property == fixed.getAsLong()
                        ? "-D" + SEED_PROPERTY + "={seed}"
                        : "the same seed: " + getClass().getSimpleName() + ".seed() returns {seed}";
            } else {
                hint = "-D" + SEED_PROPERTY + "={seed}";
            }
            b.rerunHint(hint);
            check = b.build();
            System.out.println(getClass().getSimpleName() + ": consistency laws with " + check.tries()
                    + " tries, seed " + check.seed() + " (rerun with " + hint.replace("{seed}",
                    Long.toString(check.seed())) + ")");
        }
        return check;
    }

    /**
     * Checks one law and fails the test with a full report when it does not hold; a law {@link #laws()} does not
     * select is aborted (reported as skipped) with the host's reason.
     *
     * @param law the law
     */
    protected final void assertLaw(Law law) {
        LawSelection selection = laws();
        if (!selection.selects(law)) {
            Assumptions.abort("law " + law.name() + " skipped by " + getClass().getSimpleName() + ".laws(): "
                    + selection.reason(law));
        }
        LawResult r = consistencyCheck().check(law);
        if (!r.passed()) {
            System.err.println(r.format());
            Assertions.fail(r.format());
        }
    }

    /** Quotas are never exceeded. */
    @Test
    public void quotaConservation() {
        assertLaw(Laws.QUOTA_CONSERVATION);
    }

    /** Every granted or eligible award meets its conditions. */
    @Test
    public void soundness() {
        assertLaw(Laws.SOUNDNESS);
    }

    /** A unit meeting every condition within the quota is not refused. */
    @Test
    public void completeness() {
        assertLaw(Laws.COMPLETENESS);
    }

    /** One award per unit per year; never two state-level forms. */
    @Test
    public void exclusivity() {
        assertLaw(Laws.EXCLUSIVITY);
    }

    /** Flags only for leaders, nothing for excluded units, the PM certificate left to the province. */
    @Test
    public void hierarchy() {
        assertLaw(Laws.HIERARCHY);
    }

    /** The same input gives the same result. */
    @Test
    public void determinism() {
        assertLaw(Laws.DETERMINISM);
    }

    /** Shuffled input gives the same result. */
    @Test
    public void permutationInvariance() {
        assertLaw(Laws.PERMUTATION_INVARIANCE);
    }

    /** Doing better never hurts, doing worse never helps. */
    @Test
    public void monotonicity() {
        assertLaw(Laws.MONOTONICITY);
    }

    /** No rule of the other regime fires. */
    @Test
    public void regimePartition() {
        assertLaw(Laws.REGIME_PARTITION);
    }

    /** Every decision is cited. */
    @Test
    public void citation() {
        assertLaw(Laws.CITATION);
    }

    /** Only the year-end review decides. */
    @Test
    public void stage() {
        assertLaw(Laws.STAGE);
    }

    /** The engine and the reference evaluator agree. */
    @Test
    public void differential() {
        assertLaw(Laws.DIFFERENTIAL);
    }

    /**
     * The host's own laws ({@link #hostLaws()}), one dynamic test each.
     *
     * @return the dynamic tests
     */
    @TestFactory
    public Stream<DynamicTest> additionalLaws() {
        return hostLaws().stream().map(l -> DynamicTest.dynamicTest(l.name(), () -> assertLaw(l)));
    }
}
