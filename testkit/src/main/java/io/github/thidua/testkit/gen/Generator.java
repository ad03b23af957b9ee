package io.github.thidua.testkit.gen;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A plain, engine-neutral generator: a function from a {@link Source} of draws to a value. It is seeded
 * ({@link #sample(long)}), size-aware ({@link #sample(long, int)}) and shrinkable by any engine that replays draws
 * toward their shrink targets; the testkit's {@link Shrinker} then shrinks the generated cases structurally.
 *
 * <pre>{@code
 * BlocCase c = Generators.blocCases().sample(42L);                  // one case, reproducible
 * Generators.blocCases().samples(42L, 50).forEach(this::check);     // 50 cases, sample i from sampleSeed(42, i)
 * }</pre>
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Generator<T> {
    /**
     * Generates one value from the source's draws.
     *
     * @param in the draws
     * @return the value
     */
    T generate(Source in);

    /**
     * One value at full size.
     *
     * @param seed the seed
     * @return the value; the same seed gives the same value
     */
    default T sample(long seed) {
        return generate(Source.seeded(seed, Source.MAX_SIZE));
    }

    /**
     * One value at a given size.
     *
     * @param seed the seed
     * @param size 1..{@value Source#MAX_SIZE}; collections scale to {@code size} % of the configured maximum
     * @return the value
     */
    default T sample(long seed, int size) {
        return generate(Source.seeded(seed, size));
    }

    /**
     * {@code count} values at full size; the i-th is {@code sample(Source.sampleSeed(seed, i))}.
     *
     * @param seed  the run's seed
     * @param count how many
     * @return the values, lazily generated
     */
    default Stream<T> samples(long seed, int count) {
        return IntStream.range(0, count).mapToObj(i -> sample(Source.sampleSeed(seed, i)));
    }

    /**
     * The values of this generator transformed.
     *
     * @param f   the transformation
     * @param <R> its result type
     * @return the new generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return in -> f.apply(generate(in));
    }
}
