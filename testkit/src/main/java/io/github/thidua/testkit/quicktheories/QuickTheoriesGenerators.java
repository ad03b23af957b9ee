package io.github.thidua.testkit.quicktheories;

import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.Describe;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.gen.Generator;
import io.github.thidua.testkit.gen.Generators;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.gen.Source;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The adapter from the testkit's engine-neutral {@link Generator}s to QuickTheories {@link Gen}s: each draw becomes a
 * QuickTheories draw with the same range and shrink point, so QuickTheories' own shrinking works unchanged. The only
 * testkit class that names QuickTheories; QuickTheories is an optional dependency of the testkit, so a host that
 * uses this class declares {@code org.quicktheories:quicktheories} itself.
 *
 * <pre>{@code
 * qt().withFixedSeed(42L).forAll(QuickTheoriesGenerators.blocCases()).check(c -> ...);
 * }</pre>
 */
public final class QuickTheoriesGenerators {
    private QuickTheoriesGenerators() {
    }

    /**
     * Any testkit generator as a QuickTheories generator.
     *
     * @param generator the generator
     * @param <T>       the generated type
     * @return the QuickTheories generator
     */
    public static <T> Gen<T> of(Generator<T> generator) {
        return in -> generator.generate(source(in));
    }

    /**
     * A QuickTheories randomness source seen as a testkit {@link Source}.
     *
     * @param in the QuickTheories source
     * @return the testkit source
     */
    public static Source source(RandomnessSource in) {
        return (min, max, shrinkTo) -> in.next(Constraint.between(min, max).withShrinkPoint(shrinkTo));
    }

    /** @return {@link Generators#blocCases()} described compactly in QuickTheories' reports */
    public static Gen<BlocCase> blocCases() {
        return blocCases(GenConfig.defaults());
    }

    /**
     * @param config what to generate
     * @return {@link Generators#blocCases(GenConfig)} described compactly in QuickTheories' reports
     */
    public static Gen<BlocCase> blocCases(GenConfig config) {
        return of(Generators.blocCases(config)).describedAs(Describe::blocCase);
    }

    /**
     * @param config what to generate
     * @return {@link Generators#provinceCases(GenConfig)} described compactly in QuickTheories' reports
     */
    public static Gen<ProvinceCase> provinceCases(GenConfig config) {
        return of(Generators.provinceCases(config)).describedAs(Describe::provinceCase);
    }
}
