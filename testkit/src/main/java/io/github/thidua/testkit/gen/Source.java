package io.github.thidua.testkit.gen;

import java.util.SplittableRandom;

/**
 * Where a {@link Generator} takes its random choices from: integer draws in a range, each with the value it shrinks
 * toward, and a size. This is the one seam between the testkit's generators and a property-based engine: the testkit
 * supplies {@linkplain #seeded(long, int) seeded} and {@linkplain #simplest() simplest} sources and its own replaying
 * source for shrinking; an engine adapter implements {@link #draw} on top of its own randomness (see
 * {@code io.github.thidua.testkit.quicktheories.QuickTheoriesGenerators} and docs/testkit.md).
 */
public interface Source {
    /** The largest size, at which a generator uses its configuration's full limits. */
    int MAX_SIZE = 100;

    /**
     * One draw.
     *
     * @param min      smallest value (inclusive)
     * @param max      largest value (inclusive), at least {@code min}
     * @param shrinkTo the simplest value in the range, the one a shrinking engine moves toward
     * @return a value in [min, max]
     */
    long draw(long min, long max, long shrinkTo);

    /**
     * How big the generated value may be, from 1 to {@value #MAX_SIZE}: generators scale their collection sizes by
     * {@code size / 100} of the configured maximum (at least 1). Engines that grow sizes over a run override this.
     *
     * @return the size; {@value #MAX_SIZE} by default
     */
    default int size() {
        return MAX_SIZE;
    }

    /**
     * A reproducible source: the same seed and size give the same draws.
     *
     * @param seed the seed
     * @param size 1..{@value #MAX_SIZE}
     * @return the source
     */
    static Source seeded(long seed, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", was " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return new Source() {
            @Override
            public long draw(long min, long max, long shrinkTo) {
                check(min, max, shrinkTo);
                if (min == max) {
                    return min;
                }
                if (max < Long.MAX_VALUE) {
                    return random.nextLong(min, max + 1);       // upper bound exclusive
                }
                return min >= 0 ? random.nextLong(min, max) : Math.max(min, random.nextLong() & Long.MAX_VALUE);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * The source whose every draw is its shrink target: it generates the simplest value (a one-unit, year-end bloc of
     * the first profile, with no history and no votes).
     *
     * @return the source
     */
    static Source simplest() {
        return (min, max, shrinkTo) -> {
            check(min, max, shrinkTo);
            return shrinkTo;
        };
    }

    /**
     * The seed of the {@code index}-th sample of a run seeded with {@code runSeed}; passing it to
     * {@link Generator#sample(long)} regenerates that one sample.
     *
     * @param runSeed the run's seed
     * @param index   the sample's index, from 0
     * @return the sample's own seed
     */
    static long sampleSeed(long runSeed, int index) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void check(long min, long max, long shrinkTo) {
        if (max < min || shrinkTo < min || shrinkTo > max) {
            throw new IllegalArgumentException("bad draw: [" + min + ", " + max + "] shrinking to " + shrinkTo);
        }
    }
}
