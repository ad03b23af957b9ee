package io.github.thidua.examples.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@code thidua bench} run: every figure goes into {@link #asMap()} (the {@code --json} document)
 * and the main ones into the {@link #printTable table}.
 */
final class BenchReport {
    /**
     * Target: time to the first decision in a fresh JVM, pre-compiled pack, in the configuration the {@code thidua}
     * launcher runs ({@link #COLD_START_TARGET_MODE}); the default JVM's figure is reported beside it.
     */
    static final double COLD_START_TARGET_S = 0.8;
    /**
     * The cold-start mode compared with the target: the launcher's for a review (pre-compiled pack, AppCDS archive,
     * {@code -XX:TieredStopAtLevel=1}).
     */
    static final String COLD_START_TARGET_MODE = "launcher";
    /** Target: the large workload (1 000 000 units) on 2 cores with -Xmx1g. */
    static final double LARGE_TARGET_S = 20;
    /** Target: engine time / reference time. */
    static final double RATIO_TARGET = 5.0;
    /** Target: median latency of a 25-unit bloc. */
    static final double BLOC25_P50_TARGET_MS = 0.5;

    /** One cold start: nanoseconds to the first decision line and to the process's exit. */
    record ColdStart(String mode, long decisionNanos, long exitNanos, String decision, String childTimes,
                     String command) {
    }

    private final Bench.Options options;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, List<ColdStart>> coldStarts = new LinkedHashMap<>();
    private int blocs;
    private int regime2024;
    private long units;
    private Bench.Pass engine;
    private Bench.Pass reference;
    private Bench.Pass generation;
    private long[] engine25;
    private long[] reference25;
    private long mismatchBlocs;
    private long mismatchCount;
    private List<Comparison.Mismatch> mismatches = List.of();
    private long peakUsed;
    private long peakAfterGc;
    private PeopleBench.Result people;

    BenchReport(Bench.Options options) {
        this.options = options;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("preset", options.preset());
        o.put("units", options.units());
        o.put("seed", options.seed());
        o.put("threads", options.threads());
        o.put("warmupBlocs", options.warmupBlocs());
        o.put("bloc25Samples", options.bloc25Samples());
        o.put("auditTrail", options.auditTrail());
        o.put("people", options.people());
        json.put("options", o);
    }

    void machine(int processors, long maxHeap, String java, List<String> jvmArgs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processors", processors);
        m.put("maxHeapMb", maxHeap / (1024 * 1024));
        m.put("java", java);
        m.put("jvmArgs", jvmArgs);
        json.put("machine", m);
    }

    void coldStart(String mode, List<ColdStart> runs) {
        coldStarts.put(mode, runs);
        Map<String, Object> all = map("coldStart");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstDecisionMedianS", seconds(median(runs, true)));
        m.put("firstDecisionMinS", seconds(runs.stream().mapToLong(ColdStart::decisionNanos).min().orElse(0)));
        m.put("processExitMedianS", seconds(median(runs, false)));
        List<Map<String, Object>> list = new ArrayList<>();
        for (ColdStart c : runs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("firstDecisionS", seconds(c.decisionNanos()));
            r.put("processExitS", seconds(c.exitNanos()));
            r.put("decision", c.decision());
            r.put("child", c.childTimes());
            r.put("command", c.command());
            list.add(r);
        }
        m.put("runs", list);
        all.put(mode, m);
    }

    void coldStartFailed(String mode, String why) {
        map("coldStart").put(mode, Map.of("failed", String.valueOf(why)));
    }

    /** The people part: persons in unit reviews, engine and reference, and their mismatches. */
    void people(PeopleBench.Result r) {
        this.people = r;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("persons", r.persons());
        m.put("unitReviews", r.reviews());
        m.put("engineWallS", seconds(r.engineWallNanos()));
        m.put("engineCpuS", seconds(r.engineCpuNanos()));
        m.put("enginePersonsPerS", Math.round(r.persons() / (r.engineWallNanos() / 1e9)));
        m.put("referenceWallS", seconds(r.referenceWallNanos()));
        m.put("referenceCpuS", seconds(r.referenceCpuNanos()));
        m.put("referencePersonsPerS", Math.round(r.persons() / (r.referenceWallNanos() / 1e9)));
        m.put("ratio", round(ratio(r.engineCpuNanos(), r.referenceCpuNanos())));
        m.put("mismatches", r.mismatches());
        m.put("firstMismatches", r.firstMismatches());
        json.put("people", m);
    }

    /** Mismatches between the engine and the reference on people (0 when the people part did not run). */
    long peopleMismatches() {
        return people == null ? 0 : people.mismatches();
    }

    void engineBuild(long nanos, boolean precompiled) {
        Map<String, Object> m = map("inProcess");
        m.put("engineBuildS", seconds(nanos));
        m.put("precompiled", precompiled);
    }

    void warmup(int warmBlocs, long nanos) {
        Map<String, Object> m = map("inProcess");
        m.put("warmupBlocs", warmBlocs);
        m.put("warmupS", seconds(nanos));
    }

    void bloc25(long[] engineNanos, long[] referenceNanos) {
        this.engine25 = engineNanos;
        this.reference25 = referenceNanos;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", Bench.percentiles(engineNanos));
        m.put("reference", Bench.percentiles(referenceNanos));
        m.put("ratioP50", round(ratio(Bench.percentile(engineNanos, 0.5), Bench.percentile(referenceNanos, 0.5))));
        json.put("bloc25", m);
    }

    void workload(int blocs, int regime2024, long units) {
        this.blocs = blocs;
        this.regime2024 = regime2024;
        this.units = units;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", units);
        m.put("blocs", blocs);
        m.put("meanBlocSize", round((double) units / Math.max(1, blocs)));
        m.put("blocsRegime2017", blocs - regime2024);
        m.put("blocsRegime2024", regime2024);
        json.put("workload", m);
    }

    void pass(String name, Bench.Pass pass) {
        switch (name) {
            case "engine" -> engine = pass;
            case "reference" -> reference = pass;
            default -> generation = pass;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wallS", seconds(pass.wallNanos));
        m.put("unitsPerS", Math.round(pass.units / (pass.wallNanos / 1e9)));
        m.put("processCpuS", seconds(pass.processCpuNanos));
        m.put("jitCompileS", pass.jitMillis / 1000.0);
        if (!"generation".equals(name)) {
            m.put("evalS", seconds(pass.evalNanos));
            m.put("evalCpuS", seconds(pass.cpuNanos));
            m.put("cpuMicrosPerUnit", round(pass.cpuNanos / 1e3 / Math.max(1, pass.units)));
            m.put("evalUnitsPerCpuS", Math.round(pass.units / Math.max(1e-9, pass.evalNanos / 1e9)));
            m.put("blocLatency", Bench.percentiles(pass.latencies));
        }
        json.put(name, m);
        if (engine != null && reference != null) {
            // CPU time of the evaluations: the figure least disturbed by other processes on the machine.
            json.put("ratio", round(ratio(engine.cpuNanos, reference.cpuNanos)));
            json.put("ratioEvalWall", round(ratio(engine.evalNanos, reference.evalNanos)));
            json.put("ratioPassWall", round(ratio(engine.wallNanos, reference.wallNanos)));
        }
    }

    void tally(Comparison.Tally tally) {
        json.put("outcomes", tally.asMap());
    }

    void mismatches(long blocsDiffering, long count, List<Comparison.Mismatch> first) {
        this.mismatchBlocs = blocsDiffering;
        this.mismatchCount = count;
        this.mismatches = first;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("blocs", blocsDiffering);
        m.put("first", first.stream().map(Comparison.Mismatch::toString).toList());
        json.put("mismatches", m);
    }

    void heap(long peakUsed, long peakAfterGc, long collections, long maxHeap) {
        this.peakUsed = peakUsed;
        this.peakAfterGc = peakAfterGc;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peakUsedMb", mb(peakUsed));
        m.put("peakAfterGcMb", mb(peakAfterGc));
        m.put("collections", collections);
        m.put("maxMb", mb(maxHeap));
        json.put("heap", m);
    }

    /** @return the mismatches counted (0 when the engine and the reference agree everywhere) */
    long mismatchCount() {
        return mismatchCount;
    }

    /** The JSON document, with the targets and whether each is met. */
    Map<String, Object> asMap() {
        Map<String, Object> targets = new LinkedHashMap<>();
        String coldMode = coldStartTargetMode();
        if (coldMode != null) {
            Map<String, Object> cold = target(COLD_START_TARGET_S, seconds(median(coldStarts.get(coldMode), true)), true);
            cold.put("mode", coldMode);
            targets.put("coldStartS", cold);
        }
        if (engine != null && units == Workload.LARGE_UNITS) {
            targets.put("largeS", target(LARGE_TARGET_S, seconds(engine.wallNanos), true));
        }
        if (engine != null && reference != null) {
            targets.put("ratio", target(RATIO_TARGET, round(ratio(engine.cpuNanos, reference.cpuNanos)), true));
        }
        if (engine25 != null) {
            targets.put("bloc25P50Ms", target(BLOC25_P50_TARGET_MS, Bench.ms(Bench.percentile(engine25, 0.5)), true));
        }
        json.put("targets", targets);
        return json;
    }

    private static Map<String, Object> target(double limit, double value, boolean atMost) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", limit);
        m.put("value", value);
        m.put("met", atMost ? value <= limit : value >= limit);
        return m;
    }

    /** The table on {@code out}. */
    void printTable(PrintWriter out) {
        asMap();
        out.printf(Locale.ROOT, "thidua bench: %,d units in %,d blocs (regime 2017: %,d, regime 2024: %,d), seed %d,"
                        + " %d thread(s)%s%n", units, blocs, blocs - regime2024, regime2024, options.seed(),
                options.threads(), options.auditTrail() ? "" : ", no audit trail");
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        out.printf(Locale.ROOT, "%s, %s processors, max heap %s MB%n%n", machine.get("java"),
                machine.get("processors"), machine.get("maxHeapMb"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"figure", "engine", "reference", "target"});
        String coldMode = coldStartTargetMode();
        for (Map.Entry<String, List<ColdStart>> e : coldStarts.entrySet()) {
            double s = seconds(median(e.getValue(), true));
            String what = switch (e.getKey()) {
                case "precompiled" -> "pre-compiled, default JVM";
                case "precompiled-appcds" -> "pre-compiled + AppCDS archive";
                case COLD_START_TARGET_MODE -> "pre-compiled + AppCDS + quick JIT only (as ./thidua review runs)";
                default -> "runtime-compiled";
            };
            rows.add(new String[] {"cold start to first decision, " + what + " (median of " + e.getValue().size() + ")",
                    fmt("%.2f s", s), "", e.getKey().equals(coldMode) ? mark(s <= COLD_START_TARGET_S, "≤ 0.8 s") : ""});
        }
        if (engine != null) {
            double wall = seconds(engine.wallNanos);
            rows.add(new String[] {"wall time, " + String.format(Locale.ROOT, "%,d", units) + " units",
                    fmt("%.2f s", wall), fmt("%.2f s", seconds(reference.wallNanos)),
                    units == Workload.LARGE_UNITS ? mark(wall <= LARGE_TARGET_S, "≤ 20 s") : ""});
            rows.add(new String[] {"throughput (units/s, wall)", fmt("%,.0f", engine.units / (engine.wallNanos / 1e9)),
                    fmt("%,.0f", reference.units / (reference.wallNanos / 1e9)), ""});
            rows.add(new String[] {"evaluation time, wall / CPU (sum over threads)", fmt("%.2f / %.2f s",
                    seconds(engine.evalNanos), seconds(engine.cpuNanos)), fmt("%.2f / %.2f s",
                    seconds(reference.evalNanos), seconds(reference.cpuNanos)), ""});
            rows.add(new String[] {"process CPU in the pass (all threads) / of which JIT compiling",
                    fmt("%.1f / %.1f s", seconds(engine.processCpuNanos), engine.jitMillis / 1000.0),
                    fmt("%.1f / %.1f s", seconds(reference.processCpuNanos), reference.jitMillis / 1000.0), ""});
            rows.add(new String[] {"CPU per unit", fmt("%.1f µs", engine.cpuNanos / 1e3 / Math.max(1, engine.units)),
                    fmt("%.1f µs", reference.cpuNanos / 1e3 / Math.max(1, reference.units)), ""});
            double ratio = ratio(engine.cpuNanos, reference.cpuNanos);
            rows.add(new String[] {"ratio engine / reference (evaluation CPU time)", fmt("%.1f", ratio), "",
                    mark(ratio <= RATIO_TARGET, "≤ 5")});
            rows.add(new String[] {"per-bloc latency p50 / p99 (warm)", fmt("%.3f / %.3f ms",
                    Bench.ms(Bench.percentile(engine.latencies, 0.5)), Bench.ms(Bench.percentile(engine.latencies, 0.99))),
                    fmt("%.3f / %.3f ms", Bench.ms(Bench.percentile(reference.latencies, 0.5)),
                            Bench.ms(Bench.percentile(reference.latencies, 0.99))), ""});
        }
        if (engine25 != null) {
            double p50 = Bench.ms(Bench.percentile(engine25, 0.5));
            rows.add(new String[] {"25-unit bloc p50 / p99 (1 thread, " + engine25.length + " blocs)",
                    fmt("%.3f / %.3f ms", p50, Bench.ms(Bench.percentile(engine25, 0.99))),
                    fmt("%.3f / %.3f ms", Bench.ms(Bench.percentile(reference25, 0.5)),
                            Bench.ms(Bench.percentile(reference25, 0.99))), mark(p50 <= BLOC25_P50_TARGET_MS, "≤ 0.5 ms")});
        }
        if (generation != null) {
            rows.add(new String[] {"workload generation alone (wall)", fmt("%.2f s", seconds(generation.wallNanos)), "", ""});
        }
        if (people != null) {
            rows.add(new String[] {"people: " + String.format(Locale.ROOT, "%,d", people.persons()) + " persons in "
                    + String.format(Locale.ROOT, "%,d", people.reviews()) + " unit reviews, wall",
                    fmt("%.2f s", seconds(people.engineWallNanos())), fmt("%.2f s", seconds(people.referenceWallNanos())),
                    ""});
            rows.add(new String[] {"people: throughput (persons/s, wall)",
                    fmt("%,.0f", people.persons() / (people.engineWallNanos() / 1e9)),
                    fmt("%,.0f", people.persons() / (people.referenceWallNanos() / 1e9)), ""});
            rows.add(new String[] {"people: CPU per person", fmt("%.1f µs", people.engineCpuNanos() / 1e3
                    / Math.max(1, people.persons())), fmt("%.1f µs", people.referenceCpuNanos() / 1e3
                    / Math.max(1, people.persons())), ""});
            rows.add(new String[] {"people: ratio engine / reference (CPU time)",
                    fmt("%.1f", ratio(people.engineCpuNanos(), people.referenceCpuNanos())), "", ""});
            rows.add(new String[] {"people: mismatches (person × title or form, statistics)",
                    fmt("%d", people.mismatches()), "", mark(people.mismatches() == 0, "0")});
        }
        rows.add(new String[] {"peak heap used (sampled) / after GC", fmt("%d / %d MB", mb(peakUsed), mb(peakAfterGc)),
                "", ""});
        rows.add(new String[] {"mismatches (unit × award, leaders, next term)", fmt("%d", mismatchCount),
                "", mark(mismatchCount == 0, "0")});
        int[] widths = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            out.println(String.format(Locale.ROOT, "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2] + "s  %s",
                    (Object[]) r).stripTrailing());
            if (k == 0) {
                char[] line = new char[widths[0] + widths[1] + widths[2] + widths[3] + 6];
                Arrays.fill(line, '-');
                out.println(new String(line));
            }
        }
        if (people != null && people.mismatches() > 0) {
            out.println();
            out.println("People mismatches (" + people.mismatches() + "; first " + people.firstMismatches().size() + "):");
            people.firstMismatches().forEach(m -> out.println("  " + m));
        }
        if (mismatchCount > 0) {
            out.println();
            out.println("Mismatches (" + mismatchCount + " in " + mismatchBlocs + " blocs; first " + mismatches.size()
                    + "):");
            mismatches.forEach(m -> out.println("  " + m));
        }
        out.flush();
    }

    /** The cold-start mode compared with the target: the launcher's when it ran, else the default JVM's; or null. */
    private String coldStartTargetMode() {
        if (coldStarts.containsKey(COLD_START_TARGET_MODE)) {
            return COLD_START_TARGET_MODE;
        }
        return coldStarts.containsKey("precompiled") ? "precompiled" : null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String key) {
        return (Map<String, Object>) json.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    private static long median(List<ColdStart> runs, boolean decision) {
        long[] v = runs.stream().mapToLong(c -> decision ? c.decisionNanos() : c.exitNanos()).sorted().toArray();
        return v.length == 0 ? 0 : v[(v.length - 1) / 2];
    }

    private static String mark(boolean met, String target) {
        return target + (met ? "  met" : "  MISSED");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
