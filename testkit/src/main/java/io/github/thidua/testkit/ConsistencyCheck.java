package io.github.thidua.testkit;

import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.Describe;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generator;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.PropertySearch;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.gen.Shrinker;
import io.github.thidua.testkit.law.Evaluations;
import io.github.thidua.testkit.law.Law;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.law.Subject;
import io.github.thidua.testkit.law.Violation;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the consistency laws against an engine, without any test framework or property-based testing library: the programmatic entry
 * point (the {@code thidua rules verify} command calls it) behind {@link RuleConsistencySuite}.
 *
 * <pre>{@code
 * Report report = ConsistencyCheck.run(Engine.builder().build(), 100, 42L);
 * if (!report.passed()) {
 *     System.err.println(report.format());
 * }
 * }</pre>
 *
 * <p>Each law is checked on {@code tries} generated bloc reviews and, for laws that apply to provinces, on
 * {@code provinceTries} generated province reviews, all from the same seed: every law sees the same inputs, and the
 * engine's results are shared between laws. The inputs come from the engine-neutral {@link Generators} through
 * {@link PropertySearch}; a failing law's input is shrunk draw by draw, then structurally by {@link Shrinker} (each at
 * most {@code shrinkCycles} attempts), and reported with the seed, so {@code run(engine, tries, seed)} reproduces it.
 */
public final class ConsistencyCheck {
    /** Default number of generated bloc reviews per law. */
    public static final int DEFAULT_TRIES = 100;
    /** Default number of shrinking attempts after a failure. */
    public static final int DEFAULT_SHRINK_CYCLES = 200;

    private final Evaluations evaluations;
    private final int tries;
    private final int provinceTries;
    private final long seed;
    private final int shrinkCycles;
    private final List<Law> laws;
    private final GenConfig generators;
    private final int parallelism;
    private final String rerunHint;

    private ConsistencyCheck(Builder b) {
        this.evaluations = new Evaluations(b.engine, b.reference);
        this.tries = b.tries;
        this.provinceTries = b.provinceTries >= 0 ? b.provinceTries : Math.max(5, b.tries / 5);
        this.seed = b.seed;
        this.shrinkCycles = b.shrinkCycles;
        this.laws = List.copyOf(b.laws);
        this.generators = b.generators;
        this.parallelism = b.parallelism;
        this.rerunHint = b.rerunHint != null ? b.rerunHint.replace("{seed}", Long.toString(b.seed))
                : "ConsistencyCheck.builder(engine).seed(" + b.seed + ")";
    }

    /**
     * Checks every bundled law.
     *
     * @param engine the engine under test
     * @param tries  generated bloc reviews per law (province reviews: a fifth, at least 5)
     * @param seed   the generators' seed
     * @return the report
     */
    public static Report run(Engine engine, int tries, long seed) {
        return builder(engine).tries(tries).seed(seed).build().run();
    }

    /**
     * A configurable check.
     *
     * @param engine the engine under test
     * @return a builder with the defaults: every bundled law, {@value #DEFAULT_TRIES} tries, a random seed
     */
    public static Builder builder(Engine engine) {
        return new Builder(engine);
    }

    /** @return the seed every law is checked with */
    public long seed() {
        return seed;
    }

    /** @return generated bloc reviews per law */
    public int tries() {
        return tries;
    }

    /** @return the laws checked by {@link #run()} */
    public List<Law> laws() {
        return laws;
    }

    /**
     * Checks every configured law.
     *
     * @return the report, the laws in configured order
     */
    public Report run() {
        if (parallelism <= 1) {
            List<LawResult> results = new ArrayList<>();
            for (Law law : laws) {
                results.add(check(law));
            }
            return new Report(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "thidua-consistency");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LawResult>> futures = new ArrayList<>();
            for (Law law : laws) {
                futures.add(pool.submit(() -> check(law)));
            }
            List<LawResult> results = new ArrayList<>();
            for (Future<LawResult> f : futures) {
                results.add(f.get());
            }
            return new Report(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a law's check failed to run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks one law (which need not be configured).
     *
     * @param law the law
     * @return its result
     */
    public LawResult check(Law law) {
        long start = System.nanoTime();
        int examples = 0;
        for (Subject.Kind kind : Subject.Kind.values()) {
            if (!law.kinds().contains(kind)) {
                continue;
            }
            Search o = kind == Subject.Kind.BLOC
                    ? search(law, Generators.blocCases(generators), tries, evaluations::subject, Describe::blocCase,
                    (c, fails) -> Shrinker.shrink(c, fails, shrinkCycles))
                    : search(law, Generators.provinceCases(generators), provinceTries, evaluations::subject,
                    Describe::provinceCase, (c, fails) -> Shrinker.shrink(c, fails, shrinkCycles));
            if (o.failure != null) {
                return new LawResult(law.name(), law.description(), false, examples + o.examples, seed,
                        o.failure, o.violations, (System.nanoTime() - start) / 1_000_000, rerunHint);
            }
            examples += o.examples;
        }
        return new LawResult(law.name(), law.description(), true, examples, seed, null, List.of(),
                (System.nanoTime() - start) / 1_000_000, rerunHint);
    }

    /** The search's outcome: inputs checked, and the shrunk failure if any. */
    private static final class Search {
        int examples;
        String failure;
        List<Violation> violations = List.of();
    }

    private <T> Search search(Law law, Generator<T> gen, int n, Function<T, Subject> subject,
                              Function<T, String> describe, BiFunction<T, Predicate<T>, T> domainShrink) {
        Search outcome = new Search();
        if (n <= 0) {
            return outcome;
        }
        Predicate<T> fails = c -> !violations(law, subject.apply(c)).isEmpty();
        PropertySearch.Outcome<T> found = PropertySearch.search(gen, seed, n, fails, shrinkCycles);
        outcome.examples = found.examples();
        if (!found.falsified()) {
            return outcome;
        }
        T smallest = domainShrink.apply(found.counterExample(), fails);
        outcome.failure = describe.apply(smallest);
        List<Violation> v = violations(law, subject.apply(smallest));
        outcome.violations = v.isEmpty()
                ? List.of(new Violation(law.name(), "the law failed on this input once but holds on a rerun"))
                : v;
        return outcome;
    }

    /** The law's violations; an exception is a violation too. */
    static List<Violation> violations(Law law, Subject subject) {
        try {
            return law.check(subject);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            return List.of(new Violation(law.name(), "checking the law threw " + e));
        }
    }

    /** Builder of {@link ConsistencyCheck}. */
    public static final class Builder {
        private final Engine engine;
        private int tries = DEFAULT_TRIES;
        private int provinceTries = -1;
        private long seed = System.nanoTime();
        private int shrinkCycles = DEFAULT_SHRINK_CYCLES;
        private List<Law> laws = Laws.all();
        private GenConfig generators = GenConfig.defaults();
        private ReferenceEvaluator reference = new ReferenceEvaluator();
        private int parallelism = 1;
        private String rerunHint;

        private Builder(Engine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /**
         * Generated bloc reviews per law.
         *
         * @param n at least 1
         * @return this builder
         */
        public Builder tries(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("tries must be at least 1, was " + n);
            }
            this.tries = n;
            return this;
        }

        /**
         * Generated province reviews per law that applies to provinces (default: a fifth of the tries, at least 5).
         *
         * @param n at least 0
         * @return this builder
         */
        public Builder provinceTries(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("province tries must not be negative, was " + n);
            }
            this.provinceTries = n;
            return this;
        }

        /**
         * The generators' seed (default: random; it is reported either way).
         *
         * @param s the seed
         * @return this builder
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * Shrinking attempts after a failure.
         *
         * @param n at least 0
         * @return this builder
         */
        public Builder shrinkCycles(int n) {
            this.shrinkCycles = Math.max(0, n);
            return this;
        }

        /**
         * The laws {@link #run()} checks (default {@link Laws#all()}).
         *
         * @param l the laws
         * @return this builder
         */
        public Builder laws(List<Law> l) {
            this.laws = List.copyOf(l);
            return this;
        }

        /**
         * What to generate.
         *
         * @param config the generator configuration
         * @return this builder
         */
        public Builder generators(GenConfig config) {
            this.generators = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The differential oracle.
         *
         * @param r the reference evaluator
         * @return this builder
         */
        public Builder reference(ReferenceEvaluator r) {
            this.reference = Objects.requireNonNull(r, "reference");
            return this;
        }

        /**
         * Laws checked at once (default 1). The engine is thread-safe.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder parallelism(int threads) {
            this.parallelism = Math.max(1, threads);
            return this;
        }

        /**
         * How a reader reruns with the same seed, as the failure report shows it; {@code {seed}} is replaced by the
         * seed. Default: {@code ConsistencyCheck.builder(engine).seed(<seed>)}. {@link RuleConsistencySuite} names the
         * seed's actual source ({@code -Dthidua.seed=…} or its {@code seed()} override).
         *
         * @param hint the text, e.g. {@code "-Dthidua.seed={seed}"}
         * @return this builder
         */
        public Builder rerunHint(String hint) {
            this.rerunHint = Objects.requireNonNull(hint, "hint");
            return this;
        }

        /** @return the check */
        public ConsistencyCheck build() {
            return new ConsistencyCheck(this);
        }
    }
}
