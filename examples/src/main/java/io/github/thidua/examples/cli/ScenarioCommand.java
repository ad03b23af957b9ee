package io.github.thidua.examples.cli;

import io.github.thidua.examples.cli.render.Lang;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ProfileException;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.core.rank.Ranker;
import io.github.thidua.examples.xlsx.ScenarioWorkbooks;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * What {@code thidua review}, {@code consolidate} and {@code explain} share: the options {@code --format},
 * {@code --lang}, {@code --profile}, {@code --audit}, {@code --rules} and {@code --out}, reading a scenario file,
 * resolving a profile, building the rules engine, and turning failures into exit codes.
 *
 * <p>A subclass builds its whole output in {@link #evaluate()} before anything is printed, so bad input never
 * leaves partial output: {@link ScenarioException} and {@link BadInputException} become one line per problem on
 * stderr and exit code {@value ThiduaCli#BAD_INPUT}; a {@link RulePackException} prints the rule pack's problems
 * and exits with {@value ThiduaCli#FAILURES}. With {@code --out FILE} the output goes to a temporary file next to
 * FILE that then replaces it in one step ({@link OutputFiles#writeAtomically}), so FILE is never left half
 * written.
 */
abstract class ScenarioCommand implements Callable<Integer> {
    /** Builds the engine: with the profile that overrides every scenario's, or null to use the scenario's. */
    @FunctionalInterface
    interface EngineFactory {
        Engine create(Profile override);

        /**
         * The engine on an external rule pack ({@code --rules DIR}), or on the bundled pack when {@code rules} is
         * null ({@link #create(Profile)}).
         *
         * @throws RulePackException if the pack is refused or does not compile
         */
        default Engine create(Profile override, Path rules) {
            if (rules == null) {
                return create(override);
            }
            Engine.Builder builder = Engine.builder().rulePack(rules);
            if (override != null) {
                builder.profile(override);
            }
            return builder.build();
        }
    }

    /** The default factory: the bundled national rule pack, pre-compiled (its KieBase is shared in the JVM). */
    static final EngineFactory DEFAULT_ENGINES = override -> {
        Engine.Builder builder = Engine.builder();
        if (override != null) {
            builder.profile(override);
        }
        return builder.build();
    };

    @Option(names = "--format", paramLabel = "table|json|html|docx", defaultValue = "table",
            description = "Output: an aligned table (default), the JSON result document, a self-contained HTML"
                    + " report, or the documents to sign as DOCX (review: minutes and proposal list; consolidate: the"
                    + " council's submission; needs --out).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the output to FILE instead of stdout. FILE is replaced in one step once the output"
                    + " is complete; on an error it is left as it was.")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Evaluate with the rule pack in DIR (pack.json and .drl files, see docs/authoring.md)"
                    + " instead of the bundled national pack. The pack is checked and compiled first (5-20 s).")
    Path rules;

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

    /** Progress on stderr for long work; silent unless stderr is a terminal. Tests replace it. */
    Function<PrintWriter, Progress> progress = Progress::forConsole;

    /** The output and exit code of a successful evaluation: text, or the bytes of a binary document. */
    record Output(String text, int exitCode, byte[] bytes) {
        Output(String text, int exitCode) {
            this(text, exitCode, null);
        }
    }

    /** A binary document (DOCX) can only go to a file: a usage error without {@code --out}. */
    void requireOutFile() {
        if (out == null) {
            throw new BadInputException(List.of("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": needs --out FILE, a document is not printed on the terminal (hint: --out bien-ban.docx)"));
        }
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
        if (output.bytes() != null) {
            return OutputFiles.emit(spec.commandLine(), out, output.bytes(), output.exitCode());
        }
        return OutputFiles.emit(spec.commandLine(), out, output.text(), output.exitCode());
    }

    private int printErr(List<String> lines, int code) {
        return OutputFiles.printErr(spec.commandLine(), lines, code);
    }

    /**
     * The engine, built once per run: with the {@code --profile} override when it is given, on the {@code --rules}
     * pack when it is given.
     */
    Engine engine(Profile override) {
        if (rules != null) {
            checkRulesDir(rules);
        }
        return engines.create(override, rules);
    }

    /** {@code --rules DIR} must be a directory holding a pack.json: else bad input (exit code 2). */
    static void checkRulesDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw BadInputException.of(new ScenarioError(dir.toString(), "--rules",
                    (Files.exists(dir) ? "is not a directory / không phải thư mục"
                            : "directory not found / không tìm thấy thư mục"),
                    "give the directory of a rule pack (pack.json and .drl files), see docs/authoring.md"));
        }
        if (!Files.isRegularFile(dir.resolve("pack.json"))) {
            throw BadInputException.of(new ScenarioError(dir.toString(), "--rules",
                    "has no pack.json / thiếu tệp pack.json",
                    "a rule pack directory holds a pack.json with name, version and extends, see docs/authoring.md"));
        }
    }

    /** A usage error unless {@code --format} is one of {@code allowed}. */
    void requireFormat(OutputFormat... allowed) {
        for (OutputFormat f : allowed) {
            if (format == f) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (OutputFormat f : allowed) {
            names.add(f.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw new BadInputException(List.of("--format: '" + format.name().toLowerCase(java.util.Locale.ROOT)
                + "' is not available for '" + spec.name() + "' (hint: use " + String.join(" or ", names) + ")"));
    }

    /** A bloc review read from its scenario, the profile it is evaluated with, and the engine's result. */
    record BlocRun(String name, BlocReview review, Profile profile, ReviewResult result, Engine engine) {
    }

    /** A province review read from its scenario, the profile used, and the engine's consolidation. */
    record ProvinceRun(String name, ProvinceReview province, Profile profile, ConsolidationResult result,
                       Engine engine) {
    }

    /**
     * Reads a bloc review ({@code file}, or the bundled default scenario when null), resolves its profile, and runs
     * the engine on it.
     */
    BlocRun reviewBloc(Path file) {
        Source source = file == null ? Source.bundledDefault() : Source.of(file);
        BlocReview review = source.read();
        Profile override = profileOption();
        Profile resolved = override != null ? override
                : resolveProfile(review.profile(), source.baseDir(), source.name(),
                        source.path() == null ? "$.profile" : profileWhere(source.path()));
        Engine engine = engine(override);
        ReviewResult result;
        try {
            // the engine ranks the bloc once; a profile that does not fit it is bad input
            result = override != null ? engine.review(review) : engine.review(review, resolved);
        } catch (io.github.thidua.core.rank.RankingException e) {
            throw unrankable(source.name(), resolved, e);
        }
        return new BlocRun(source.name(), review, resolved, result, engine);
    }

    /**
     * Reads a province review, resolves its profile and runs the engine's consolidation on it, with progress on
     * stderr when it is a terminal.
     */
    ProvinceRun consolidateProvince(Path file) {
        if (isWorkbook(file)) {
            throw BadInputException.of(new ScenarioError(file.toString(), "$",
                    "is a bloc's workbook; consolidate reads a province review (JSON) that names its blocs / tệp"
                            + " Excel là của một khối, tổng hợp cấp tỉnh đọc tệp JSON liệt kê các khối",
                    "review it with 'thidua review " + file + "', or name it in a province review's blocs:"
                            + " {\"file\": \"" + file.getFileName() + "\"}"));
        }
        checkFile(file, Scenarios.PROVINCE_REVIEW);
        String name = file.toString();
        try (Progress p = progress.apply(spec.commandLine().getErr())) {
            p.step(lang.pick("đọc ", "reading ") + name);
            ProvinceReview province;
            try {
                province = ScenarioWorkbooks.readProvinceReview(file);
            } catch (UncheckedIOException e) {
                throw BadInputException.of(new ScenarioError(name, "$",
                        "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null));
            }
            Profile override = profileOption();
            Profile resolved = override != null ? override
                    : resolveProfile(province.profile(), file.toAbsolutePath().getParent(), name, "$.profile");
            p.step(lang.pick("nạp bộ quy tắc", "loading the rule pack") + (rules == null ? "" : " " + rules));
            Engine engine = engine(override);
            p.step(lang.pick("xét " + province.blocs().size() + " khối, cụm và áp tỷ lệ toàn tỉnh",
                    "reviewing " + province.blocs().size() + " blocs and applying the province-wide quotas"));
            ConsolidationResult result;
            try {
                result = override != null ? engine.consolidate(province) : engine.consolidate(province, resolved);
            } catch (IllegalArgumentException e) {
                // The engine's checks across blocs, e.g. a unit that is a member of two blocs of the province.
                throw BadInputException.of(new ScenarioError(name, "$.blocs",
                        "cannot consolidate / không tổng hợp được: " + e.getMessage(), null));
            }
            return new ProvinceRun(name, province, resolved, result, engine);
        }
    }

    /**
     * Ranks the bloc without reviewing it ({@code scenario validate}), so that a profile whose ranking parameters do
     * not fit the bloc is reported as bad input with a hint rather than as an internal error.
     */
    static void checkRankable(String name, BlocReview review, Profile resolved) {
        if (review.scorecards().isEmpty()) {
            return;
        }
        try {
            Ranker.rank(review, resolved);
        } catch (IllegalArgumentException e) {
            throw unrankable(name, resolved, e);
        }
    }

    private static BadInputException unrankable(String name, Profile resolved, IllegalArgumentException e) {
        return BadInputException.of(new ScenarioError(name, "$",
                "cannot rank the bloc with profile '" + resolved.name() + "' / không xếp hạng được: "
                        + e.getMessage(), "check the profile's ranking.* parameters"));
    }

    /**
     * Where a bloc review comes from: a file on disk ({@code path}, {@code baseDir}) or the bundled default
     * scenario, a classpath resource ({@code json}).
     */
    record Source(String name, Path path, String json, Path baseDir) {
        static Source of(Path file) {
            if (isWorkbook(file)) {
                checkReadable(file);
            } else {
                checkFile(file, Scenarios.BLOC_REVIEW);
            }
            return new Source(file.toString(), file, null, file.toAbsolutePath().getParent());
        }

        static Source bundledDefault() {
            String resource = ReviewCommand.SCENARIO_RESOURCES + ReviewCommand.DEFAULT_SCENARIO;
            try (InputStream in = ScenarioCommand.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled scenario " + resource
                            + " is missing from the classpath");
                }
                return new Source(ReviewCommand.DEFAULT_SCENARIO, null,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled scenario " + resource, e);
            }
        }

        BlocReview read() {
            try {
                if (path != null && isWorkbook(path)) {
                    return ScenarioWorkbooks.read(path);
                }
                return path != null ? Scenarios.readBlocReview(path) : Scenarios.readBlocReview(json, name, null);
            } catch (UncheckedIOException e) {
                throw BadInputException.of(new ScenarioError(name, "$",
                        "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null));
            }
        }
    }

    /** Whether {@code file} is an Excel workbook (.xlsx), read with {@link ScenarioWorkbooks}, rather than JSON. */
    static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** Where a bloc review names its profile: {@code $.profile}, or the field's row in a workbook. */
    static String profileWhere(Path file) {
        return isWorkbook(file) ? ScenarioWorkbooks.PROFILE_FIELD : "$.profile";
    }

    /** {@code --profile} resolved (relative to the current directory), or null when it is not given. */
    Profile profileOption() {
        return profile == null ? null : resolveProfileOption(profile);
    }

    /**
     * Resolves a profile a scenario names: a bundled name, or a .json file relative to {@code baseDir}; its problems
     * are scenario errors (a reference naming no profile: at {@code file} {@code path}; an invalid profile file: in
     * that file, at each problem's JSONPath).
     */
    static Profile resolveProfile(String nameOrPath, Path baseDir, String file, String path) {
        return Scenarios.profile(nameOrPath, baseDir, file, path);
    }

    /** Resolves {@code --profile} (relative to the current directory); its problems are usage errors. */
    static Profile resolveProfileOption(String nameOrPath) {
        try {
            return Profiles.resolve(nameOrPath, null);
        } catch (ProfileException e) {
            if (e.notLocated()) {
                throw new BadInputException(List.of("--profile: " + e.getMessage()
                        + " (hint: e.g. --profile national, or --profile my-profile.json)"));
            }
            throw new BadInputException(Scenarios.errors(e, "--profile", "$", null).stream()
                    .map(ScenarioError::format).toList());
        }
    }

    /** Checks that {@code file} exists, is not a directory and is readable; else fails with one line. */
    static void checkReadable(Path file) {
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
    }

    /**
     * Checks that {@code file} is a readable file and, when its {@code kind} is readable, a scenario of the
     * expected kind; else fails with one line (naming the command to use for a scenario of the other kind).
     *
     * @param file         the file
     * @param expectedKind {@link Scenarios#BLOC_REVIEW} or {@link Scenarios#PROVINCE_REVIEW}
     */
    static void checkFile(Path file, String expectedKind) {
        checkReadable(file);
        String name = file.toString();
        String kind;
        try {
            kind = Scenarios.kindOf(file);
        } catch (ScenarioException e) {
            return; // reading the file reports this problem along with every other one
        }
        if (kind.equals(expectedKind)) {
            return;
        }
        if (Scenarios.UNIT_REVIEW.equals(kind)) {
            throw BadInputException.of(new ScenarioError(name, "$.kind",
                    "is a unit review (an agency's review of its people) / là tệp bình xét cá nhân của một cơ quan",
                    "use 'thidua review " + name + "'"));
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
