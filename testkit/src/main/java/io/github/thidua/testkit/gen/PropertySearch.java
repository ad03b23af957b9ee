package io.github.thidua.testkit.gen;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The testkit's own small property engine, with no dependency on any property-based testing library: it samples a
 * {@link Generator} from a seed, and on the first failing value shrinks its draws (each toward its shrink target,
 * else halfway) while the value still fails. {@link io.github.thidua.testkit.ConsistencyCheck} runs the laws on it and
 * then applies the domain {@link Shrinker}.
 *
 * <pre>{@code
 * PropertySearch.Outcome<BlocCase> o = PropertySearch.search(Generators.blocCases(), 42L, 100,
 *         c -> !Laws.SOUNDNESS.check(evaluations.subject(c)).isEmpty(), 200);
 * }</pre>
 */
public final class PropertySearch {
    private PropertySearch() {
    }

    /**
     * What a search found.
     *
     * @param examples       values tried before and including the first failing one (all of them when none failed)
     * @param counterExample the failing value after shrinking its draws, or null when every value passed
     * @param sampleSeed     the seed of the failing sample ({@code generator.sample(sampleSeed)} regenerates it before
     *                       shrinking), or 0 when none failed
     * @param <T>            the generated type
     */
    public record Outcome<T>(int examples, T counterExample, long sampleSeed) {
        /** @return whether a value failed */
        public boolean falsified() {
            return counterExample != null;
        }
    }

    /**
     * Samples {@code tries} values ({@code generator.sample(Source.sampleSeed(seed, i))}) until one fails, then
     * shrinks it.
     *
     * @param generator    the generator
     * @param seed         the run's seed
     * @param tries        values to try
     * @param fails        whether a value falsifies the property
     * @param shrinkBudget the most shrinking candidates tried
     * @param <T>          the generated type
     * @return the outcome
     */
    public static <T> Outcome<T> search(Generator<T> generator, long seed, int tries, Predicate<T> fails,
                                        int shrinkBudget) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(fails, "fails");
        for (int i = 0; i < tries; i++) {
            long sampleSeed = Source.sampleSeed(seed, i);
            Replay recording = new Replay(new long[0], Source.seeded(sampleSeed, Source.MAX_SIZE));
            T value = generator.generate(recording);
            if (fails.test(value)) {
                return new Outcome<>(i + 1, shrinkDraws(generator, recording, value, fails, shrinkBudget), sampleSeed);
            }
        }
        return new Outcome<>(tries, null, 0L);
    }

    private static <T> T shrinkDraws(Generator<T> generator, Replay failing, T value, Predicate<T> fails,
                                     int budget) {
        long[] values = failing.values();
        long[] targets = failing.targets();
        T smallest = value;
        int attempts = 0;
        boolean improved = true;
        while (improved && attempts < budget) {
            improved = false;
            for (int k = 0; k < values.length && attempts < budget; k++) {
                long v = values[k];
                long target = targets[k];
                for (long candidate : new long[] {target, v - (v - target) / 2}) {
                    if (candidate == v || attempts >= budget) {
                        continue;
                    }
                    long[] tried = values.clone();
                    tried[k] = candidate;
                    Replay replay = new Replay(tried, null);
                    T shrunk = generator.generate(replay);
                    attempts++;
                    if (fails.test(shrunk)) {
                        smallest = shrunk;
                        values = replay.values();
                        targets = replay.targets();
                        improved = true;
                        break;
                    }
                }
            }
        }
        return smallest;
    }

    /**
     * Replays recorded draws (a value out of the new range, or beyond the recording, becomes the shrink target) or,
     * with a fallback source, draws from it; records what it returned either way.
     */
    private static final class Replay implements Source {
        private final long[] given;
        private final Source fallback;
        private long[] values = new long[64];
        private long[] targets = new long[64];
        private int n;

        Replay(long[] given, Source fallback) {
            this.given = given;
            this.fallback = fallback;
        }

        @Override
        public long draw(long min, long max, long shrinkTo) {
            long v;
            if (n < given.length) {
                v = given[n] < min || given[n] > max ? shrinkTo : given[n];
            } else {
                v = fallback != null ? fallback.draw(min, max, shrinkTo) : shrinkTo;
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
                targets = Arrays.copyOf(targets, n * 2);
            }
            values[n] = v;
            targets[n] = shrinkTo;
            n++;
            return v;
        }

        long[] values() {
            return Arrays.copyOf(values, n);
        }

        long[] targets() {
            return Arrays.copyOf(targets, n);
        }
    }
}
