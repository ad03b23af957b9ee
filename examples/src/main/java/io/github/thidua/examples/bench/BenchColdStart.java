package io.github.thidua.examples.bench;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RulePack;
import java.lang.management.ManagementFactory;

/**
 * The child process of the cold-start measurement ({@code thidua bench} spawns it in a fresh JVM): builds an engine,
 * reviews one 20-unit bloc of the workload and prints its first decision as soon as it has it, on a line starting
 * with {@value #DECISION}. The parent times the child from {@code ProcessBuilder.start()} to that line.
 *
 * <p>{@code precompiled}: {@code Engine.builder().build()} (the executable model compiled when the jar was built);
 * {@code runtime}: {@code Engine.builder().rulePack(RulePack.bundled()).build()} (the bundled DRL compiled now).
 * After the decision it prints one {@value #TIMES} line: milliseconds from JVM start to {@code main}, to build the
 * engine, and to review the bloc. Exit code 3 if the engine is not of the kind asked for.
 */
public final class BenchColdStart {
    /** Prefix of the line that carries the first decision. */
    public static final String DECISION = "DECISION ";
    /** Prefix of the line that carries the child's own timings. */
    public static final String TIMES = "TIMES ";

    private BenchColdStart() {
    }

    /**
     * Runs one cold start.
     *
     * @param args {@code precompiled} or {@code runtime}, then optionally the workload seed
     */
    public static void main(String[] args) {
        long atMain = System.currentTimeMillis();
        long t0 = System.nanoTime();
        boolean runtime = args.length > 0 && "runtime".equals(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : Workload.DEFAULT_SEED;
        Engine engine = runtime ? Engine.builder().rulePack(RulePack.bundled()).build() : Engine.builder().build();
        long t1 = System.nanoTime();
        BlocReview bloc = Workload.blocOfSize(seed, 0, 20);
        ReviewResult result = engine.review(bloc, Profiles.bundled(bloc.profile()));
        Decision first = result.decisions().get(0);
        long t2 = System.nanoTime();
        System.out.println(DECISION + first.unit() + " " + first.award() + " " + first.outcome() + " precompiled="
                + engine.isPrecompiled());
        System.out.flush();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(TIMES + "jvmToMainMs=" + (atMain - jvmStart) + " buildMs=" + (t1 - t0) / 1_000_000
                + " firstReviewMs=" + (t2 - t1) / 1_000_000);
        System.out.flush();
        if (engine.isPrecompiled() == runtime) {
            System.exit(3);
        }
    }
}
