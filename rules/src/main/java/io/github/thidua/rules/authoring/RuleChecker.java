package io.github.thidua.rules.authoring;

import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePackInfo;
import io.github.thidua.rules.pack.PackCompiler;
import io.github.thidua.rules.pack.PackLoader;
import io.github.thidua.rules.pack.ParsedDrl;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.pack.Sandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a rule pack the way a compiler checks code, and reports every problem at once with its file, line,
 * column, code and rule. Used by {@code thidua rules check DIR}.
 *
 * <pre>{@code
 * List<Problem> problems = RuleChecker.create().check(Path.of("packs/bac-ninh"));
 * problems.forEach(p -> System.out.println(p.format()));
 * // rules/flag.drl:12:25: error [COMPILE] Unable to parse left part of expression: rnk > 1 (rule "Flag: ...")
 * }</pre>
 *
 * <p>In order:
 * <ol>
 *   <li>the pack's structure ({@code pack.json}, readable UTF-8 {@code .drl} files);</li>
 *   <li>every file is parsed with the Drools DRL parser, and <em>all</em> syntax errors of all files are reported
 *       (the compiler alone stops at the first file with one);</li>
 *   <li>metadata and consistency, on the pack merged with what it extends: {@code @ruleId}, {@code @legalBasis},
 *       {@code @certainty} present and valid; {@code @effectiveFrom}/{@code @effectiveTo} dates valid and in
 *       order; rule ids and rule names unique; {@code AwardType.X} codes that exist; {@code Param( name == "..." )}
 *       names the profile defines; {@code ruleflow-group}s that are phases ({@code engine.Phase.groups()}); a
 *       warning for the deprecated {@code agenda-group};</li>
 *   <li>the {@link Sandbox} (the allowlist of what DRL may reference);</li>
 *   <li>compilation to the executable model, of the files that parsed and passed the sandbox. Messages the
 *       compiler gives without a line are mapped back to their rule, and a compiler that throws is reported as a
 *       problem of the rule that caused it. Compilation is repeated without the failing rules (up to
 *       {@link #maxCompileRounds(int)} times) so that errors in other rules are found too.</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe. Only the author's files are compiled (not the bundled files a pack
 * extends), so a check costs a few seconds for a small pack; {@link #compile(boolean) compile(false)} runs only the
 * fast steps 1–4.
 */
public final class RuleChecker {
    private final Profile profile;
    private final boolean compile;
    private final int maxRounds;

    private RuleChecker(Profile profile, boolean compile, int maxRounds) {
        this.profile = profile;
        this.compile = compile;
        this.maxRounds = maxRounds;
    }

    /** A checker against the national profile, compiling, with up to 8 compile rounds. */
    public static RuleChecker create() {
        return new RuleChecker(null, true, 8);
    }

    /** Checks parameter names against this profile instead of the national one. */
    public RuleChecker profile(Profile p) {
        return new RuleChecker(Objects.requireNonNull(p, "profile"), compile, maxRounds);
    }

    /** Whether to compile (step 5); true by default. */
    public RuleChecker compile(boolean c) {
        return new RuleChecker(profile, c, maxRounds);
    }

    /** How many times at most to compile, leaving out the rules and constraints that failed before (default 8). */
    public RuleChecker maxCompileRounds(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        return new RuleChecker(profile, compile, rounds);
    }

    /** Checks a pack directory ({@code pack.json} and {@code .drl} files); problems sorted by file and line. */
    public List<Problem> check(Path packDir) {
        PackLoader.PackFiles files = PackLoader.read(packDir);
        List<Problem> problems = new ArrayList<>(files.problems());
        List<ParsedDrl> own = ParsedDrl.parseAll(files.sources());
        PackLoader.Manifest manifest = files.manifest() != null ? files.manifest()
                : new PackLoader.Manifest("unnamed", "0", null, null, null);
        problems.addAll(checkParsed(manifest, own));
        return sorted(problems);
    }

    /**
     * Checks DRL files given in memory as a pack of its own ({@code extends} null).
     *
     * @param files path (used in problems) to DRL text, in order
     */
    public List<Problem> check(java.util.Map<String, String> files) {
        List<ParsedDrl> own = files.entrySet().stream().map(e -> ParsedDrl.parse(new DrlSource(e.getKey(), e.getValue()))).toList();
        return sorted(checkParsed(new PackLoader.Manifest("in-memory", "0", null, null, null), own));
    }

    private List<Problem> checkParsed(PackLoader.Manifest manifest, List<ParsedDrl> own) {
        List<Problem> problems = new ArrayList<>();
        own.forEach(p -> problems.addAll(p.syntaxErrors()));
        PackLoader.Merged merged = PackLoader.merge(manifest, own);
        Profile p = profile != null ? profile : Profiles.bundled(Profiles.NATIONAL);
        problems.addAll(Lint.check(merged.parsed(), p));
        List<Problem> sandbox = Sandbox.check(own);
        problems.addAll(sandbox);
        if (compile) {
            Set<String> refused = new HashSet<>();
            sandbox.stream().filter(Problem::isError).forEach(x -> refused.add(x.path()));
            // Only the author's files are compiled: the bundled ones are compiled and tested with thidua itself,
            // declare no functions, types or queries an author's rule could depend on, and cutting an overridden rule
            // out of them leaves blanks; compiling them again cost 15-20 s of every check. Duplicate rule names across
            // the two are the lint's (step 3).
            List<ParsedDrl> toCompile = merged.parsed().stream()
                    .filter(ParsedDrl::parsed).filter(x -> !refused.contains(x.path()))
                    .filter(x -> !x.path().startsWith(PackLoader.BUNDLED_PREFIX)).toList();
            if (!toCompile.isEmpty()) {
                Set<String> linted = new HashSet<>();
                problems.stream().filter(x -> x.code().equals("DUPLICATE_RULE_NAME")).forEach(x -> linted.add(x.path() + "|" + x.rule()));
                for (Problem c : PackCompiler.check(new RulePackInfo(manifest.name(), manifest.version()), toCompile, maxRounds)) {
                    // the lint already reported duplicate names with both places
                    if (!(c.code().equals("DUPLICATE_RULE_NAME") && linted.contains(c.path() + "|" + c.rule()))) {
                        problems.add(c);
                    }
                }
            }
        }
        return problems;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return new ArrayList<>(new LinkedHashSet<>(problems)).stream().sorted(Problem.ORDER).toList();
    }

    /** Whether any problem is an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** One line per problem ({@link Problem#format()}). */
    public static String format(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p.format()).append('\n'));
        return sb.toString();
    }
}
