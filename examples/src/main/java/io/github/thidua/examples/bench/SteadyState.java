package io.github.thidua.examples.bench;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.reference.ReferenceEvaluator;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steady-state cost of one evaluator on one thread: the first 500 blocs of the small workload, evaluated again and
 * again, first for a warm-up, then for a measured period; prints the thread's CPU time and the bytes it allocated
 * per unit. It complements {@code thidua bench}, whose passes are short and include the JIT's warm-up: this figure is
 * the one to compare two versions of the engine with (docs/performance.md). Allocation per unit is deterministic
 * for a given build; CPU time varies with the machine's load, so interleave the runs being compared.
 *
 * <p>{@code java -cp examples/target/thidua.jar io.github.thidua.examples.bench.SteadyState [engine|reference]
 * [warm-up seconds] [measured seconds]}, by default {@code engine 8 15}.
 */
public final class SteadyState {
    private static final int BLOCS = 500;

    private SteadyState() {
    }

    /**
     * Runs the measurement.
     *
     * @param args evaluator ({@code engine} or {@code reference}), warm-up seconds, measured seconds
     */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "engine";
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        double measured = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        if (!mode.equals("engine") && !mode.equals("reference") || warmup < 0 || measured <= 0) {
            System.err.println("usage: SteadyState [engine|reference] [warm-up seconds >= 0] [measured seconds > 0]");
            System.exit(2);
        }
        List<BlocReview> blocs = new ArrayList<>();
        Map<String, Profile> profiles = new HashMap<>();
        int units = 0;
        for (BlocReview r : new Workload(Workload.SMALL_UNITS, Workload.DEFAULT_SEED)) {
            blocs.add(r);
            units += r.bloc().members().size();
            profiles.computeIfAbsent(r.profile(), Profiles::bundled);
            if (blocs.size() == BLOCS) {
                break;
            }
        }
        Engine engine = Engine.builder().auditTrail(false).build();
        ReferenceEvaluator reference = new ReferenceEvaluator();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            double seconds = round == 0 ? warmup : measured;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long allocated0 = threads.getThreadAllocatedBytes(thread);
            long t0 = System.nanoTime();
            long evaluated = 0;
            do {
                for (BlocReview r : blocs) {
                    Profile p = profiles.get(r.profile());
                    sink += mode.equals("engine") ? engine.review(r, p).decisions().size()
                            : reference.evaluate(r, p).hashCode();
                }
                evaluated += units;
            } while (System.nanoTime() - t0 < seconds * 1e9);
            if (round == 1) {
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long allocated = threads.getThreadAllocatedBytes(thread) - allocated0;
                System.out.printf(Locale.ROOT, "%s: %.1f µs CPU and %.1f KB allocated per unit, over %d units"
                                + " (%d blocs of the small workload, one thread)%n", mode, cpu / 1e3 / evaluated,
                        allocated / 1024.0 / evaluated, evaluated, blocs.size());
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the evaluations from being optimised away
        }
    }
}
