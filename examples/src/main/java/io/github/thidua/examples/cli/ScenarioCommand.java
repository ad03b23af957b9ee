package io.github.thidua.examples.cli;

import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code thidua review} and {@code thidua consolidate} share: the options {@code --format}, {@code --lang},
 * {@code --profile} and {@code --audit}, reading a scenario file, resolving a profile, building the rules engine,
 * and turning failures into exit codes.
 *
 * <p>A subclass builds its whole output in {@link #evaluate()} before anything is printed, so bad input never
 * leaves partial output: {@link ScenarioException} and {@link BadInputException} become one line per problem on
 * stderr and exit code {@value ThiduaCli#BAD_INPUT}; a {@link RulePackException} prints the rule pack's problems
 * and exits with {@value ThiduaCli#FAILURES}.
 */
abstract class ScenarioCommand implements Callable<Integer> {
    /** Builds the engine: with the profile that overrides every scenario's, or null to use the scenario's. */
    @FunctionalInterface
    interface EngineFactory {
        Engine create(Profile override);
    }

    /** The default factory: the bundled national rule pack, pre-compiled (its KieBase is shared in the JVM). */
    static final EngineFactory DEFAULT_ENGINES = override -> {
        Engine.Builder builder = Engine.builder();
        if (override != null) {
            builder.profile(override);
        }
        return builder.build();
    };

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Output: an aligned table (default) or the JSON result document.")
    OutputFormat format;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Parameter profile instead of the scenario's: a bundled name (national, bac-ninh,"
                    + " yen-bai, bac-kan) or a profile file ending in .json.")
    String profile;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of labels and messages: vi (default) or en.")
    Lang lang;

    @Option(names = "--audit",
            description = "Add the audit trail: every rule fired, in order (JSON: the \"audit\" arrays).")
    boolean audit;

    @Spec
    CommandSpec spec;

    /** How the engine is built; tests replace it. */
    EngineFactory engines = DEFAULT_ENGINES;

    /** The output and exit code of a successful evaluation. */
    record Output(String text, int exitCode) {
    }

    /**
     * Reads the input, runs the engine and renders the output, printing nothing.
     *
     * @throws ScenarioException  for invalid scenarios (exit code 2)
     * @throws BadInputException  for other bad input (exit code 2)
     * @throws RulePackException  when the rule pack does not compile (exit code 1)
     */
    abstract Output evaluate();

    @Override
    public final Integer call() {
        Output output;
        try {
            output = evaluate();
        } catch (ScenarioException e) {
            return printErr(e.errors().stream().map(ScenarioError::format).toList(), ThiduaCli.BAD_INPUT);
        } catch (BadInputException e) {
            return printErr(e.lines(), ThiduaCli.BAD_INPUT);
        } catch (RulePackException e) {
            List<String> lines = new ArrayList<>();
            lines.add("thidua: the rule pack does not compile / bộ quy tắc không biên dịch được:");
            if (e.problems().isEmpty()) {
                lines.add("  " + e.getMessage());
            }
            e.problems().forEach(p -> lines.add("  " + p.format()));
            return printErr(lines, ThiduaCli.FAILURES);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.text());
        out.flush();
        return output.exitCode();
    }

    private int printErr(List<String> lines, int code) {
        PrintWriter err = spec.commandLine().getErr();
        lines.forEach(err::println);
        err.flush();
        return code;
    }

    /** The engine, built once per run: with the {@code --profile} override when it is given. */
    Engine engine(Profile override) {
        return engines.create(override);
    }

    /** {@code --profile} resolved (relative to the current directory), or null when it is not given. */
    Profile profileOption() {
        return profile == null ? null : resolveProfile(profile, null, "--profile");
    }

    /**
     * Resolves a profile: a bundled name, or a .json file relative to {@code baseDir}.
     *
     * @param where the source of the name for error lines: {@code --profile} or {@code FILE: $.profile}
     */
    static Profile resolveProfile(String nameOrPath, Path baseDir, String where) {
        try {
            return Profiles.resolve(nameOrPath, baseDir);
        } catch (IllegalArgumentException e) {
            String hint = where.equals("--profile") ? "e.g. --profile national, or --profile my-profile.json"
                    : "a bundled profile name, or a .json profile file relative to the scenario";
            throw new BadInputException(profileErrorLines(where, e.getMessage(), hint));
        }
    }

    /**
     * Profile errors as lines of the form {@code WHERE: message}. A profile file's validation message
     * ({@code FILE: invalid profile:} followed by indented {@code $.path: message} lines) becomes one
     * {@code FILE: $.path: message} line per problem.
     */
    static List<String> profileErrorLines(String where, String message, String hint) {
        List<String> lines = message.lines().toList();
        String head = lines.isEmpty() ? "invalid profile" : lines.get(0);
        List<String> result = new ArrayList<>();
        String marker = ": invalid profile:";
        if (lines.size() > 1 && head.endsWith(marker)) {
            String profileFile = head.substring(0, head.length() - marker.length());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    result.add(profileFile + ": " + line.strip());
                }
            }
            return result;
        }
        result.add(where + ": " + head + " (hint: " + hint + ")");
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            result.add(where + ": " + line.strip());
        }
        return result;
    }

    /**
     * Checks that {@code file} is a readable file and, when its {@code kind} is readable, a scenario of the
     * expected kind; else fails with one line (naming the command to use for a scenario of the other kind).
     *
     * @param file         the file
     * @param expectedKind {@link Scenarios#BLOC_REVIEW} or {@link Scenarios#PROVINCE_REVIEW}
     */
    static void checkFile(Path file, String expectedKind) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw BadInputException.of(new ScenarioError(name, "$", "file not found / không tìm thấy tệp",
                    file.isAbsolute() ? "check the path"
                            : "the path is relative to the current directory " + Path.of("").toAbsolutePath()));
        }
        if (Files.isDirectory(file)) {
            throw BadInputException.of(new ScenarioError(name, "$",
                    "is a directory, not a scenario file / là thư mục, không phải tệp kịch bản",
                    "give a .json scenario file"));
        }
        if (!Files.isReadable(file)) {
            throw BadInputException.of(new ScenarioError(name, "$",
                    "file is not readable / không có quyền đọc tệp", null));
        }
        String kind;
        try {
            kind = Scenarios.kindOf(file);
        } catch (ScenarioException e) {
            return; // reading the file reports this problem along with every other one
        }
        if (kind.equals(expectedKind)) {
            return;
        }
        if (Scenarios.PROVINCE_REVIEW.equals(kind)) {
            throw BadInputException.of(new ScenarioError(name, "$.kind",
                    "is a province review, not a bloc review / là tệp xét duyệt cấp tỉnh, không phải của một khối",
                    "use 'thidua consolidate " + name + "'"));
        }
        throw BadInputException.of(new ScenarioError(name, "$.kind",
                "is a bloc review, not a province review / là tệp tổng kết của một khối, không phải cấp tỉnh",
                "use 'thidua review " + name + "'"));
    }
}
