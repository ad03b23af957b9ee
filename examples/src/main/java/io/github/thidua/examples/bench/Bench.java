package io.github.thidua.examples.bench;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The measurements of {@code thidua bench}, in one run: cold starts in fresh JVMs, then in this JVM a warm-up, the
 * latency of 25-unit blocs, an engine pass and a reference pass over the streamed workload (timed separately, both
 * with the same threads and one shared engine), a generation-only pass, and the comparison of every outcome.
 */
final class Bench {
    /** What to run. */
    record Options(int units, long seed, String preset, int threads, int warmupBlocs, int bloc25Samples,
                   boolean coldStart, int coldRuns, boolean auditTrail, int people) {
        /** Options without the people part. */
        Options(int units, long seed, String preset, int threads, int warmupBlocs, int bloc25Samples,
                boolean coldStart, int coldRuns, boolean auditTrail) {
            this(units, seed, preset, threads, warmupBlocs, bloc25Samples, coldStart, coldRuns, auditTrail, 0);
        }
    }

    private static final int SHOWN_MISMATCHES = 10;

    private final Options options;
    private final PrintWriter err;
    private final boolean progress;
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    Bench(Options options, PrintWriter err, boolean progress) {
        this.options = options;
        this.err = err;
        this.progress = progress;
    }

    /** Runs everything and returns the figures (see {@link BenchReport}). */
    BenchReport run() {
        BenchReport report = new BenchReport(options);
        report.machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (options.coldStart()) {
            report.coldStart("precompiled", coldStarts("precompiled", List.of()));
            // The same with an application class-data-sharing archive (a deployment option, JDK 13+): one training
            // run writes it, the timed runs map it.
            Path archive = null;
            try {
                Path dir = java.nio.file.Files.createTempDirectory("thidua-bench-cds");
                archive = dir.resolve("thidua.jsa");
                status("cold start: writing the AppCDS archive");
                coldStart("precompiled", List.of("-XX:ArchiveClassesAtExit=" + archive));
                report.coldStart("precompiled-appcds",
                        coldStarts("precompiled", List.of("-XX:SharedArchiveFile=" + archive)));
                // What the thidua launcher runs a review with: the archive and the quick JIT compiler only.
                report.coldStart(BenchReport.COLD_START_TARGET_MODE, coldStarts("precompiled",
                        List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")));
            } catch (IOException | RuntimeException e) {
                report.coldStartFailed("precompiled-appcds", e.getMessage());
            } finally {
                if (archive != null) {
                    try {
                        java.nio.file.Files.deleteIfExists(archive);
                        java.nio.file.Files.deleteIfExists(archive.getParent());
                    } catch (IOException ignored) {
                        // a temporary file left behind
                    }
                }
            }
            report.coldStart("runtime", coldStarts("runtime", List.of()));
        }
        Workload workload = new Workload(options.units(), options.seed());
        int blocs = 0;
        int regime2024 = 0;
        for (Iterator<Workload.Spec> it = workload.specs(); it.hasNext(); it.next()) {
            blocs++;
        }
        try (HeapMonitor heap = new HeapMonitor()) {
            long t0 = System.nanoTime();
            Engine.Builder builder = Engine.builder();
            if (!options.auditTrail()) {
                builder.auditTrail(false);
            }
            Engine engine = builder.build();
            report.engineBuild(System.nanoTime() - t0, engine.isPrecompiled());
            ReferenceEvaluator reference = new ReferenceEvaluator();

            // Warm-up: other blocs of the same kind (another seed), both evaluators, not recorded.
            Workload warm = new Workload(Math.max(1, options.warmupBlocs()) * 20, options.seed() ^ 0x5741524DL);
            status("warm-up");
            long w0 = System.nanoTime();
            Pass warmEngine = pass(warm, blocs(warm), options.threads(), engineEvaluator(engine), "warm-up engine");
            Pass warmRef = pass(warm, blocs(warm), options.threads(), referenceEvaluator(reference), "warm-up reference");
            report.warmup(warmEngine.blocs, System.nanoTime() - w0);

            status("engine pass");
            Pass enginePass = pass(workload, blocs, options.threads(), engineEvaluator(engine), "engine");
            status("reference pass");
            Pass referencePass = pass(workload, blocs, options.threads(), referenceEvaluator(reference), "reference");
            // Latency at a fixed size, warm (after both passes): 25-unit blocs, one thread, engine and reference.
            status("25-unit blocs");
            report.bloc25(latency25(engineEvaluator(engine)), latency25(referenceEvaluator(reference)));
            status("generation pass");
            Pass generationPass = pass(workload, blocs, options.threads(), null, "generation");
            for (int i = 0; i < blocs; i++) {
                if (enginePass.regime2024[i]) {
                    regime2024++;
                }
            }
            report.workload(blocs, regime2024, enginePass.units);
            report.pass("engine", enginePass);
            report.pass("reference", referencePass);
            report.pass("generation", generationPass);
            report.tally(enginePass.tally);

            // Compare digests; re-run and diff the blocs that differ.
            List<Integer> differing = new ArrayList<>();
            for (int i = 0; i < blocs; i++) {
                if (enginePass.digests[i] != referencePass.digests[i]) {
                    differing.add(i);
                }
            }
            List<Comparison.Mismatch> mismatches = new ArrayList<>();
            long mismatchCount = 0;
            if (!differing.isEmpty()) {
                status("diffing " + differing.size() + " blocs");
                int next = 0;
                for (Iterator<Workload.Spec> it = workload.specs(); it.hasNext() && next < differing.size(); ) {
                    Workload.Spec spec = it.next();
                    if (spec.index() != differing.get(next)) {
                        continue;
                    }
                    next++;
                    BlocReview review = Workload.build(spec);
                    Profile profile = profile(review.profile());
                    List<Comparison.Mismatch> diff = Comparison.diff(review,
                            Comparison.of(review, engine.review(review, profile)),
                            Comparison.of(review, reference.evaluate(review, profile)));
                    mismatchCount += diff.size();
                    for (Comparison.Mismatch m : diff) {
                        if (mismatches.size() < SHOWN_MISMATCHES) {
                            mismatches.add(m);
                        }
                    }
                }
            }
            report.mismatches(differing.size(), mismatchCount, mismatches);
            if (options.people() > 0) {
                status("people: " + options.people() + " persons in unit reviews, engine and reference");
                report.people(new PeopleBench(options.people(), options.seed(), options.threads()).run(engine));
            }
            report.heap(heap.peakUsed(), heap.peakAfterGc(), heap.collections(), heap.maxHeap());
        }
        status(null);
        return report;
    }

    private int blocs(Workload w) {
        int n = 0;
        for (Iterator<Workload.Spec> it = w.specs(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** One evaluator: evaluates a review and returns its canonical view. */
    @FunctionalInterface
    interface Evaluator {
        Comparison.View evaluate(BlocReview review, Profile profile);
    }

    private static Evaluator engineEvaluator(Engine engine) {
        return (review, profile) -> Comparison.of(review, engine.review(review, profile));
    }

    private static Evaluator referenceEvaluator(ReferenceEvaluator reference) {
        return (review, profile) -> Comparison.of(review, reference.evaluate(review, profile));
    }

    Profile profile(String name) {
        return profiles.computeIfAbsent(name, Profiles::bundled);
    }

    /** The figures of one pass over a workload. */
    static final class Pass {
        final String name;
        final int blocs;
        final long[] digests;
        final boolean[] regime2024;
        final Comparison.Tally tally = new Comparison.Tally();
        long wallNanos;
        long evalNanos;
        long cpuNanos;
        long processCpuNanos;
        long jitMillis;
        long units;
        long[] latencies;

        Pass(String name, int blocs) {
            this.name = name;
            this.blocs = blocs;
            this.digests = new long[blocs];
            this.regime2024 = new boolean[blocs];
        }
    }

    /**
     * A pass: {@code threads} workers take the next spec from the shared (locked) spec iterator, build the review,
     * evaluate it with {@code evaluator} (timed), and store its digest. With a null evaluator only the reviews are
     * built. At most {@code threads} reviews exist at any time.
     */
    private Pass pass(Workload workload, int blocs, int threads, Evaluator evaluator, String name) {
        Pass pass = new Pass(name, blocs);
        Iterator<Workload.Spec> specs = workload.specs();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        LongList[] latencies = new LongList[threads];
        long[] evalNanos = new long[threads];
        long[] cpuNanos = new long[threads];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        boolean cpuTime = cpu.isCurrentThreadCpuTimeSupported();
        long[] units = new long[threads];
        Comparison.Tally[] tallies = new Comparison.Tally[threads];
        Thread[] workers = new Thread[threads];
        long processCpu0 = processCpu();
        long jit0 = jitMillis();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            latencies[me] = new LongList();
            tallies[me] = new Comparison.Tally();
            workers[t] = new Thread(() -> {
                try {
                    while (failure.get() == null) {
                        Workload.Spec spec;
                        synchronized (specs) {
                            if (!specs.hasNext()) {
                                return;
                            }
                            spec = specs.next();
                        }
                        BlocReview review = Workload.build(spec);
                        pass.regime2024[spec.index()] = review.regime() == Regime.REGIME_2024;
                        units[me] += spec.size();
                        if (evaluator != null) {
                            Profile profile = profile(review.profile());
                            long c0 = cpuTime ? cpu.getCurrentThreadCpuTime() : 0;
                            long t0 = System.nanoTime();
                            Comparison.View view = evaluator.evaluate(review, profile);
                            long dt = System.nanoTime() - t0;
                            cpuNanos[me] += cpuTime ? cpu.getCurrentThreadCpuTime() - c0 : dt;
                            evalNanos[me] += dt;
                            latencies[me].add(dt);
                            pass.digests[spec.index()] = view.digest();
                            tallies[me].add(view);
                        }
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, new IllegalStateException(name + " pass failed: " + e, e));
                }
            }, "thidua-bench-" + name + "-" + t);
            workers[t].start();
        }
        long lastShown = System.nanoTime();
        for (Thread w : workers) {
            while (w.isAlive()) {
                try {
                    w.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
                if (progress && System.nanoTime() - lastShown > 500_000_000L) {
                    lastShown = System.nanoTime();
                    err.print("\r  " + name + ": " + done.get() + "/" + blocs + " blocs, "
                            + (lastShown - start) / 1_000_000_000L + " s   ");
                    err.flush();
                }
            }
        }
        pass.wallNanos = System.nanoTime() - start;
        pass.processCpuNanos = processCpu() - processCpu0;
        pass.jitMillis = jitMillis() - jit0;
        if (failure.get() != null) {
            Throwable f = failure.get();
            throw f instanceof RuntimeException re ? re : new IllegalStateException(f);
        }
        LongList all = new LongList();
        for (int t = 0; t < threads; t++) {
            all.addAll(latencies[t]);
            pass.evalNanos += evalNanos[t];
            pass.cpuNanos += cpuNanos[t];
            pass.units += units[t];
            pass.tally.add(tallies[t]);
        }
        pass.latencies = all.sorted();
        return pass;
    }

    /** Single-threaded latency over {@code bloc25Samples} 25-unit blocs (built before the clock starts). */
    private long[] latency25(Evaluator evaluator) {
        int n = Math.max(1, options.bloc25Samples());
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            BlocReview review = Workload.blocOfSize(options.seed() ^ 0x32354CL, i, 25);
            Profile profile = profile(review.profile());
            long t0 = System.nanoTime();
            evaluator.evaluate(review, profile);
            out[i] = System.nanoTime() - t0;
        }
        Arrays.sort(out);
        return out;
    }

    /** Cold starts of one mode, each in a fresh JVM: nanoseconds from process start to the first decision line. */
    private List<BenchReport.ColdStart> coldStarts(String mode, List<String> jvmOptions) {
        List<BenchReport.ColdStart> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, options.coldRuns()); i++) {
            status("cold start " + mode + " " + String.join(" ", jvmOptions) + " " + (i + 1) + "/" + options.coldRuns());
            runs.add(coldStart(mode, jvmOptions));
        }
        return runs;
    }

    private BenchReport.ColdStart coldStart(String mode, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms")) {
                command.add(arg);
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchColdStart.class.getName());
        command.add(mode);
        command.add(Long.toString(options.seed()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        StringBuilder output = new StringBuilder();
        long decisionNanos = -1;
        String decision = null;
        String times = null;
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": " + e.getMessage(), e);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (decisionNanos < 0 && line.startsWith(BenchColdStart.DECISION)) {
                    decisionNanos = System.nanoTime() - start;
                    decision = line.substring(BenchColdStart.DECISION.length());
                } else if (line.startsWith(BenchColdStart.TIMES)) {
                    times = line.substring(BenchColdStart.TIMES.length());
                } else if (output.length() < 4000) {
                    output.append(line).append('\n');
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cold start (" + mode + ") did not end in 120 s");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cold start (" + mode + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted");
        }
        long exitNanos = System.nanoTime() - start;
        if (process.exitValue() != 0 || decisionNanos < 0) {
            throw new IllegalStateException("cold start (" + mode + ") failed, exit " + process.exitValue() + ": "
                    + String.join(" ", command) + "\n" + output);
        }
        return new BenchReport.ColdStart(mode, decisionNanos, exitNanos, decision, times, String.join(" ", command));
    }

    /** CPU time of the whole process (every thread, GC included), or 0 if unknown. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Milliseconds the JIT compilers have spent so far (their threads compete with the workers), or 0. */
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void status(String what) {
        if (!progress) {
            return;
        }
        err.print("\r" + " ".repeat(70) + "\r");
        if (what != null) {
            err.print("  " + what + "…");
        }
        err.flush();
    }

    /** A growable array of longs. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] sorted() {
            long[] a = Arrays.copyOf(values, size);
            Arrays.sort(a);
            return a;
        }
    }

    static Map<String, Object> percentiles(long[] sortedNanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", sortedNanos.length);
        m.put("p50Ms", ms(percentile(sortedNanos, 0.50)));
        m.put("p90Ms", ms(percentile(sortedNanos, 0.90)));
        m.put("p99Ms", ms(percentile(sortedNanos, 0.99)));
        m.put("maxMs", ms(sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1]));
        return m;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
