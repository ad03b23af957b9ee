package io.github.thidua.examples.cli;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code thidua rules check}, {@code test} and {@code verify} share: {@code --out FILE}, the check of a pack
 * directory, building the engine of a pack, progress on stderr, and turning failures into exit codes.
 *
 * <p>As in {@link ScenarioCommand}, a subclass builds its whole output in {@link #evaluate(Progress)} before anything
 * is printed: a {@link BadInputException} becomes one line per problem on stderr and exit code
 * {@value ThiduaCli#BAD_INPUT}, with nothing on stdout; a {@link RulePackException} (a pack that is refused or does
 * not compile) prints the pack's problems on stderr, one per line with file and line, and exits with
 * {@value ThiduaCli#FAILURES}.
 */
abstract class RulesSubcommand implements Callable<Integer> {
    /** Builds engines: on a pack directory, or on the bundled national pack. Tests replace it. */
    interface PackEngines {
        /**
         * The engine on the rule pack in {@code dir} (read, sandboxed and compiled: 5-20 s for a pack that extends
         * the national pack).
         *
         * @throws RulePackException if the pack is refused or does not compile
         */
        Engine pack(Path dir);

        /** The engine on the bundled national pack (pre-compiled, shared in the JVM). */
        default Engine bundled() {
            return Engine.builder().build();
        }
    }

    /** The default: {@code Engine.builder().rulePack(dir).build()}. */
    static final PackEngines COMPILE = dir -> Engine.builder().rulePack(dir).build();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the output to FILE instead of stdout. FILE is replaced in one step once the output"
                    + " is complete; on an error it is left as it was.")
    Path out;

    @Spec
    CommandSpec spec;

    /** How engines are built; tests replace it. */
    PackEngines engines = COMPILE;

    /** Progress on stderr for long work; silent unless stderr is a terminal. Tests replace it. */
    Function<PrintWriter, Progress> progress = Progress::forConsole;

    /** The output and exit code of a run. */
    record Output(String text, int exitCode) {
    }

    /**
     * Does the work and renders the output, printing nothing.
     *
     * @param progress where to report the current step
     * @throws BadInputException  for bad usage (exit code 2)
     * @throws RulePackException  when the pack is refused or does not compile (exit code 1)
     */
    abstract Output evaluate(Progress progress);

    @Override
    public final Integer call() {
        Output output;
        try (Progress p = progress.apply(spec.commandLine().getErr())) {
            output = evaluate(p);
        } catch (BadInputException e) {
            return printErr(e.lines(), ThiduaCli.BAD_INPUT);
        } catch (RulePackException e) {
            return printErr(packProblems(e, packDir()), ThiduaCli.FAILURES);
        }
        return OutputFiles.emit(spec.commandLine(), out, output.text(), output.exitCode());
    }

    /** The pack directory the command works on, or null (for the hint after a pack's problems). */
    abstract Path packDir();

    private int printErr(List<String> lines, int code) {
        return OutputFiles.printErr(spec.commandLine(), lines, code);
    }

    /** The lines printed for a pack that is refused or does not compile: a heading, then one line per problem. */
    static List<String> packProblems(RulePackException e, Path dir) {
        List<String> lines = new ArrayList<>();
        lines.add("thidua: the rule pack does not compile / bộ quy tắc không biên dịch được"
                + (dir == null ? "" : " (" + dir + "; 'thidua rules check " + dir + "' lists every problem)") + ":");
        if (e.problems().isEmpty()) {
            lines.add("  " + e.getMessage().lines().findFirst().orElse(""));
        }
        e.problems().forEach(p -> lines.add("  " + p.format()));
        return lines;
    }

    /**
     * A rule pack directory must exist and hold a {@code pack.json}; else bad input (exit code 2), one line naming
     * the directory.
     */
    static void checkPackDir(Path dir) {
        String hint = "give the directory of a rule pack: a pack.json and .drl files, see docs/authoring.md";
        if (!Files.exists(dir)) {
            throw new BadInputException(List.of(dir + ": directory not found / không tìm thấy thư mục (hint: "
                    + (dir.isAbsolute() ? hint : "the path is relative to the current directory "
                    + Path.of("").toAbsolutePath()) + ")"));
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(List.of(dir + ": is not a directory / không phải thư mục (hint: " + hint
                    + ")"));
        }
        if (!Files.isRegularFile(dir.resolve("pack.json"))) {
            throw new BadInputException(List.of(dir + ": has no pack.json / thiếu tệp pack.json (hint: a rule pack"
                    + " directory holds a pack.json with name, version and extends, see docs/authoring.md)"));
        }
    }

    /** {@code n} and the noun, plural when needed: "1 error", "2 errors". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
