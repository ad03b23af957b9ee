package io.github.thidua.testkit.junit;

import io.github.thidua.testkit.gen.Generator;
import io.github.thidua.testkit.gen.Source;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The adapter from testkit generators to JUnit 5 parameterized and repeated tests. Each argument is named by its own
 * seed, so a failing invocation's display name says how to regenerate exactly that input
 * ({@code generator.sample(seed)}).
 *
 * <pre>{@code
 * static Stream<Arguments> cases() {
 *     return Samples.arguments(Generators.blocCases(), 42L, 50);
 * }
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("cases")
 * void soundness(BlocCase c) { ... }
 *
 * @RepeatedTest(50)
 * void soundness(RepetitionInfo info) {
 *     BlocCase c = Samples.repetition(Generators.blocCases(), 42L, info.getCurrentRepetition());
 * }
 * }</pre>
 *
 * <p>{@code junit-jupiter-params} is an optional dependency of the testkit: declare it to use {@link #arguments}.
 */
public final class Samples {
    private Samples() {
    }

    /**
     * {@code count} arguments, the i-th generated from {@code Source.sampleSeed(seed, i)} and named
     * {@code "seed <that seed>: <description>"}.
     *
     * @param generator the generator
     * @param seed      the run's seed
     * @param count     how many
     * @param <T>       the generated type
     * @return the arguments for a {@code @MethodSource}
     */
    public static <T> Stream<Arguments> arguments(Generator<T> generator, long seed, int count) {
        return arguments(generator, seed, count, t -> "");
    }

    /**
     * As {@link #arguments(Generator, long, int)}, each name followed by a short description.
     *
     * @param generator the generator
     * @param seed      the run's seed
     * @param count     how many
     * @param describe  a short description of a value (keep it to one line)
     * @param <T>       the generated type
     * @return the arguments
     */
    public static <T> Stream<Arguments> arguments(Generator<T> generator, long seed, int count,
                                                  Function<? super T, String> describe) {
        Objects.requireNonNull(generator, "generator");
        return IntStream.range(0, count).mapToObj(i -> {
            long s = Source.sampleSeed(seed, i);
            T value = generator.sample(s);
            String d = describe.apply(value);
            return Arguments.of(Named.of("seed " + s + (d.isEmpty() ? "" : ": " + d), value));
        });
    }

    /**
     * The value of a {@code @RepeatedTest} repetition: {@code generator.sample(Source.sampleSeed(seed, repetition -
     * 1))}, the same value {@link #arguments} gives at that index.
     *
     * @param generator  the generator
     * @param seed       the run's seed
     * @param repetition {@code RepetitionInfo.getCurrentRepetition()}, from 1
     * @param <T>        the generated type
     * @return the value
     */
    public static <T> T repetition(Generator<T> generator, long seed, int repetition) {
        return generator.sample(Source.sampleSeed(seed, repetition - 1));
    }
}
