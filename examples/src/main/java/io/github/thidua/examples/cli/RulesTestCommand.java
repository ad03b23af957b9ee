package io.github.thidua.examples.cli;

import io.github.thidua.examples.cli.render.TextTable;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.authoring.CaseRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua rules test DIR [--coverage] [--out FILE]}: compiles the rule pack in DIR and runs its case files
 * ({@code DIR/cases/**}{@code /*.case.json}) with {@link CaseRunner}: one line per case, PASS or FAIL, and for a failure
 * every expectation that did not hold, expected against actual. With {@code --coverage}, every rule of the pack
 * (the national rules included when it extends them) with the number of cases that fired it, the rules defined in
 * DIR marked, then the rules no case fires.
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when a case fails or cannot run, when there is no case file, or when the
 * pack does not compile (its problems are printed on stderr).
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Run the test cases of a rule pack: PASS or FAIL for each case.",
            "Chạy các ca kiểm thử của bộ quy tắc: đạt (PASS) hay không đạt (FAIL).",
            "The cases are DIR/cases/**/*.case.json (docs/authoring.md, section 5).",
            "A failure lists every expectation that did not hold, expected against",
            "actual. --coverage counts the cases that fire each rule, and names the",
            "rules that no case fires."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {
            "0:Every case passed / mọi ca đều đạt.",
            "1:A case failed or could not run, DIR/cases has no case file, or the pack does not compile (its"
                    + " problems on stderr); or an internal error / có ca không đạt hoặc bộ quy tắc lỗi.",
            "2:Bad usage: DIR missing, not a directory or without pack.json; an unknown option"
                    + " / cách gọi không hợp lệ."},
        footer = {"", "Examples / ví dụ:",
            "  thidua rules test packs/bac-ninh",
            "  thidua rules test packs/bac-ninh --coverage"})
public final class RulesTestCommand extends RulesSubcommand {
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final int WIDTH = 120;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rule pack: a directory with a pack.json and"
            + " a cases folder.")
    Path dir;

    @Option(names = "--coverage",
            description = "Also list every rule with the number of cases that fired it, and the rules no case fires.")
    boolean coverage;

    @Override
    Path packDir() {
        return dir;
    }

    @Override
    Output evaluate(Progress progress) {
        checkPackDir(dir);
        Path cases = dir.resolve("cases");
        List<Path> files = CaseRunner.caseFiles(cases);
        if (files.isEmpty()) {
            return new Output("no test cases: " + cases + " has no *" + CaseRunner.SUFFIX + " file (write one:"
                    + " docs/authoring.md, section 5)\n", ThiduaCli.FAILURES);
        }
        progress.step("compiling " + dir);
        Engine engine = engines.pack(dir);
        progress.step("running " + count(files.size(), "case"));
        CaseRunner.Report report = CaseRunner.forEngine(engine).runPack(dir);
        StringBuilder sb = new StringBuilder();
        report.cases().forEach(c -> sb.append(c.format()).append('\n'));
        sb.append(report.cases().size() - report.failures().size()).append(" passed, ")
                .append(report.failures().size()).append(" failed\n");
        if (coverage) {
            sb.append(coverage(report.coverage(), ownRuleIds(dir)));
        }
        return new Output(sb.toString(), report.passed() ? ThiduaCli.OK : ThiduaCli.FAILURES);
    }

    /**
     * The coverage: a summary line, one line per rule ({@code count  RULE_ID}; when the pack extends another, the
     * rules defined in its own files are marked {@code (this pack)}), then the rules no case fires.
     */
    static String coverage(CaseRunner.Coverage coverage, Set<String> own) {
        Map<String, Integer> counts = coverage.casesFiring();
        long ownTotal = counts.keySet().stream().filter(own::contains).count();
        // Marks only make sense for a pack that extends another: in a pack of its own every rule is its own.
        boolean mark = ownTotal > 0 && ownTotal < counts.size();
        List<String> ownNever = coverage.neverFired().stream().filter(own::contains).toList();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "coverage: %d of %d rules fired (%.0f %%)",
                counts.size() - coverage.neverFired().size(), counts.size(), 100 * coverage.ratio()));
        if (mark) {
            sb.append(String.format(Locale.ROOT, "; rules of this pack: %d of %d fired", ownTotal - ownNever.size(),
                    ownTotal));
        }
        sb.append('\n');
        counts.forEach((id, n) -> sb.append(String.format(Locale.ROOT, "  %4d  %s%s%n", n, id,
                mark && own.contains(id) ? "  (this pack)" : "")));
        if (!coverage.neverFired().isEmpty()) {
            list(sb, "not fired by any case: ", coverage.neverFired());
        }
        if (mark && !ownNever.isEmpty()) {
            list(sb, "rules of this pack not fired by any case: ", ownNever);
        }
        return sb.toString();
    }

    /** {@code heading} and the ids, comma-separated, wrapped to the terminal width with an indent. */
    private static void list(StringBuilder sb, String heading, List<String> ids) {
        List<String> lines = TextTable.wrap(String.join(", ", ids), WIDTH - 4);
        sb.append(heading.strip()).append('\n');
        lines.forEach(l -> sb.append("    ").append(l).append('\n'));
    }

    /** The {@code @ruleId}s of the pack's own DRL files (not those of the pack it extends). */
    static Set<String> ownRuleIds(Path dir) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> drl = new ArrayList<>();
            walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .filter(p -> !hidden(dir.relativize(p))).forEach(drl::add);
            for (Path file : drl) {
                Matcher m = RULE_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the pack compiled, so its files are readable; without the marks the coverage is still right
        }
        return ids;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
