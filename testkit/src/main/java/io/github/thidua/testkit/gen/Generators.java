package io.github.thidua.testkit.gen;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.profile.Profile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Engine-neutral generators of valid thidua domain data: each is a plain {@link Generator}, a seeded, size-aware
 * function of a {@link Source} of draws, usable from any property-based engine or from a plain loop (see
 * docs/testkit.md for QuickTheories and JUnit 5 adapters). Failing cases shrink twice: an engine that replays draws
 * toward their shrink targets shrinks the choices, and {@link Shrinker} (the domain shrinker) then removes blocs,
 * members, records and votes.
 *
 * <p>Every generated value passes the domain records' checks (and the scenario reader's): member statistics add up,
 * scores stay within their criterion's maximum, the regular criteria share out the scheme's base exactly, references
 * name members, unit ids are unique across a province's blocs. Generation is by construction, never by filtering, so
 * any sequence of draws (including an engine's boundary and shrinking replays) gives a valid value.
 *
 * <p>The data is biased to the edges the rules turn on: Lao động tiên tiến shares just below, at and above 70 % and
 * 50 % (69/70/71 % and 50/51 % with 100 or 200 members), 99/100 % of members completing their tasks, 0/1 Chiến sĩ thi
 * đua cơ sở, 0/1 members disciplined, excellent streaks of N−1, N and N+1 years for the profile's streak parameters,
 * nomination votes one below, at and one above the profile's threshold, exclusions (including press issues before and
 * after 2024 and discipline periods ending on 1 or 2 January), state-level awards already granted for the year,
 * irregular, thematic and revoked awards, equal totals (twin scorecards), review dates either side of 01/01/2020 and
 * 01/07/2025, and every bundled profile. Each draw shrinks toward the simplest case: one-unit blocs, model units,
 * short histories, no votes.
 */
public final class Generators {
    private Generators() {
    }

    /**
     * Bloc reviews with their profile and probe, under the default configuration.
     *
     * @return the generator
     */
    public static Generator<BlocCase> blocCases() {
        return blocCases(GenConfig.defaults());
    }

    /**
     * Bloc reviews (1..{@code maxUnits} members; YEAR_END, or MID_YEAR for {@code midYearPercent} %) with their
     * profile and probe.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<BlocCase> blocCases(GenConfig config) {
        Objects.requireNonNull(config, "config");
        return in -> new CaseBuilder(config, in).blocCase();
    }

    /**
     * Bloc reviews alone.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<BlocReview> blocReviews(GenConfig config) {
        Objects.requireNonNull(config, "config");
        return in -> new CaseBuilder(config, in).blocCase().review();
    }

    /**
     * Province reviews of 1..{@code maxBlocs} year-end blocs (same year, province and profile; unique bloc and unit
     * ids) with their profile and probe, under the default configuration.
     *
     * @return the generator
     */
    public static Generator<ProvinceCase> provinceCases() {
        return provinceCases(GenConfig.defaults());
    }

    /**
     * Province reviews with their profile and probe.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<ProvinceCase> provinceCases(GenConfig config) {
        Objects.requireNonNull(config, "config");
        return in -> new CaseBuilder(config, in).provinceCase();
    }

    /**
     * Province reviews alone.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<ProvinceReview> provinceReviews(GenConfig config) {
        return in -> new CaseBuilder(config, in).provinceCase().review();
    }

    /**
     * Member statistics that add up (every count between 0 and the headcount), biased to the thresholds.
     *
     * @return the generator
     */
    public static Generator<MemberStatistics> memberStatistics() {
        return in -> new CaseBuilder(GenConfig.defaults(), in).freeStatistics();
    }

    /**
     * Scoring schemes on a base of 100 or 1000 whose regular criteria add up to the base, with 0–2 bonus and 0–2
     * penalty criteria.
     *
     * @return the generator
     */
    public static Generator<ScoringScheme> schemes() {
        return in -> new CaseBuilder(GenConfig.defaults(), in).scheme();
    }

    /**
     * The configuration's profiles, the first one being the shrink target.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<Profile> profiles(GenConfig config) {
        return in -> config.profiles().get(Draw.between(in, 0, config.profiles().size() - 1));
    }

    /**
     * Achievement years of the configuration, half of them in each regime when the range spans both.
     *
     * @param config what to generate
     * @return the generator
     */
    public static Generator<Integer> years(GenConfig config) {
        return in -> new CaseBuilder(config, in).year();
    }

    /**
     * Review dates for a year: none (31 December), in the year or early the next, and the dates either side of
     * the decree changes (31/12/2019–01/01/2020, 30/06/2025–01/07/2025) when they fall in the year or the next.
     *
     * @param year the achievement year
     * @return the generator; it may produce null (no review date)
     */
    public static Generator<LocalDate> reviewDates(int year) {
        return in -> new CaseBuilder(GenConfig.defaults(), in).reviewDate(year);
    }

    /**
     * The domain shrinker for bloc cases (see {@link Shrinker#shrink(BlocCase, Predicate, int)}).
     *
     * @param failing   a failing case
     * @param stillFails whether a smaller candidate still fails
     * @param budget    the most candidates tried
     * @return the smallest failing case found
     */
    public static BlocCase shrink(BlocCase failing, Predicate<BlocCase> stillFails, int budget) {
        return Shrinker.shrink(failing, stillFails, budget);
    }

    /**
     * The domain shrinker for province cases (see {@link Shrinker#shrink(ProvinceCase, Predicate, int)}).
     *
     * @param failing   a failing case
     * @param stillFails whether a smaller candidate still fails
     * @param budget    the most candidates tried
     * @return the smallest failing case found
     */
    public static ProvinceCase shrink(ProvinceCase failing, Predicate<ProvinceCase> stillFails, int budget) {
        return Shrinker.shrink(failing, stillFails, budget);
    }
}
