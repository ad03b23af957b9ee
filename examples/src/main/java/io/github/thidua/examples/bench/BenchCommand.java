package io.github.thidua.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code thidua bench}: measures the engine on a synthetic national workload and checks every decision against the
 * plain-Java reference evaluator. See {@code docs/performance.md}.
 *
 * <p>Exit codes: 0 when the engine and the reference agree on every outcome, 1 when they do not (the first mismatches
 * are printed), 2 on bad usage. Missed performance targets are reported in the table, not in the exit code.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the rules engine's cold start, throughput, latency and peak heap on a synthetic national"
                    + " workload (both regimes), checked outcome by outcome against the reference evaluator.",
            "Đo hiệu năng bộ máy quy tắc trên dữ liệu tổng hợp toàn quốc và đối chiếu từng kết quả."})
public final class BenchCommand implements Callable<Integer> {
    /** Workload presets. */
    public enum Preset {
        /** 10 000 units; 20 000 persons in unit reviews. */
        small(Workload.SMALL_UNITS, 20_000),
        /** 1 000 000 units in about 49 000 blocs; 1 000 000 persons in unit reviews. */
        large(Workload.LARGE_UNITS, 1_000_000);

        private final int units;
        private final int people;

        Preset(int units, int people) {
            this.units = units;
            this.people = people;
        }
    }

    @Option(names = "--preset", paramLabel = "small|large", defaultValue = "small",
            description = "Workload size: small (10 000 units, default) or large (1 000 000 units in ~49 000 blocs).")
    Preset preset;

    @Option(names = "--units", paramLabel = "N", description = "Number of units instead of the preset's.")
    Integer units;

    @Option(names = "--people", paramLabel = "N",
            description = "Persons in agencies' reviews of their people, evaluated by the engine and the reference"
                    + " (default: the preset's, 20 000 or 1 000 000; 0 skips them).")
    Integer people;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Workload.DEFAULT_SEED,
            description = "Workload seed (default: ${DEFAULT-VALUE}); the same seed gives the same workload.")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads evaluating blocs in parallel with one shared engine (default: available processors).")
    Integer threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure to FILE as JSON.")
    Path json;

    @Option(names = "--warmup", paramLabel = "BLOCS", defaultValue = "3000",
            description = "Blocs evaluated (by both evaluators) before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--bloc25-samples", paramLabel = "N", defaultValue = "2000",
            description = "25-unit blocs timed one by one on one thread (default: ${DEFAULT-VALUE}).")
    int bloc25Samples;

    @Option(names = "--cold-start", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure cold starts in fresh JVMs (default: on; --no-cold-start skips them).")
    boolean coldStart;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3",
            description = "Fresh JVMs per cold-start mode; the median is reported (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--audit-trail", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Record the engine's audit trail of fired rules (off by default: a bulk run never shows it;"
                    + " decisions are the same either way).")
    boolean auditTrail;

    @Spec
    CommandSpec spec;

    /**
     * Runs {@code bench} on its own ({@code java -cp thidua.jar io.github.thidua.examples.bench.BenchCommand ...});
     * {@code thidua bench} is the usual way.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    @Override
    public Integer call() throws IOException {
        int n = units != null ? units : preset.units;
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        int persons = people != null ? people : preset.people;
        if (n < 1 || t < 1 || warmup < 0 || bloc25Samples < 1 || coldRuns < 1 || persons < 0) {
            throw new ParameterException(spec.commandLine(), "--units, --threads, --bloc25-samples and --cold-runs"
                    + " must be at least 1, --warmup and --people at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bench.Options options = new Bench.Options(n, seed, units != null ? "custom" : preset.name(), t, warmup,
                bloc25Samples, coldStart, coldRuns, auditTrail, persons);
        BenchReport report = new Bench(options, err, System.console() != null).run();
        report.printTable(out);
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report.asMap());
        }
        return report.mismatchCount() == 0 && report.peopleMismatches() == 0 ? 0 : 1;
    }
}
