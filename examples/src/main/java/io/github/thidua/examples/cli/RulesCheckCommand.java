package io.github.thidua.examples.cli;

import io.github.thidua.rules.authoring.IsolatedChecker;
import io.github.thidua.rules.authoring.RuleChecker;
import io.github.thidua.rules.pack.Problem;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua rules check DIR [--profile NAME|FILE] [--no-compile] [--out FILE]}: checks a rule pack with
 * {@link RuleChecker} and prints every problem on one line, as a compiler does,
 * {@code path:line:col: error [code] message (rule "name")} (paths relative to DIR; warnings are marked
 * {@code warning}), then a summary line. Exit code {@value ThiduaCli#FAILURES} when any problem is an error.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Check a rule pack like a compiler and print every problem, one per line.",
            "Kiểm tra bộ quy tắc như trình biên dịch và in mọi lỗi, mỗi lỗi một dòng.",
            "It checks pack.json, the DRL syntax of every file, the metadata (@ruleId,",
            "@legalBasis, @certainty, dates), award codes, parameter names, phases",
            "(ruleflow-group) and the sandbox, then compiles the pack. Each line reads",
            "  path:line:col: error [code] message (rule \"name\")",
            "with the path relative to DIR; warnings read \"warning\" and do not fail."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {
            "0:No errors (warnings may be printed) / không có lỗi.",
            "1:The pack has errors, one line each; or an internal error / bộ quy tắc có lỗi.",
            "2:Bad usage: DIR missing, not a directory or without pack.json; an unknown --profile or option"
                    + " / cách gọi không hợp lệ."},
        footer = {"", "Examples / ví dụ:",
            "  thidua rules check packs/bac-ninh",
            "  thidua rules check packs/bac-ninh --no-compile     # while editing",
            "  thidua rules check packs/bac-ninh --profile bac-ninh"})
public final class RulesCheckCommand extends RulesSubcommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The rule pack: a directory with a pack.json.")
    Path dir;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Check parameter names (Param( name == \"...\" )) against this profile: a bundled name"
                    + " (national, bac-ninh, yen-bai, bac-kan) or a .json file. Default: national.")
    String profile;

    @Option(names = "--no-compile",
            description = "Skip compilation (5-20 s for a pack that extends the national pack): read, parse, check"
                    + " metadata and run the sandbox only.")
    boolean noCompile;

    @Override
    Path packDir() {
        return dir;
    }

    @Override
    Output evaluate(Progress progress) {
        checkPackDir(dir);
        List<Problem> problems;
        if (noCompile) {
            RuleChecker checker = RuleChecker.create().compile(false);
            if (profile != null) {
                checker = checker.profile(ScenarioCommand.resolveProfileOption(profile));
            }
            progress.step("checking " + dir);
            problems = checker.check(dir);
        } else {
            // The pack may come from anyone: the Drools compiler runs in a child JVM with a heap limit and a
            // deadline (IsolatedChecker), so a pack crafted against the compiler cannot take this process with it.
            IsolatedChecker checker = IsolatedChecker.create();
            if (profile != null) {
                ScenarioCommand.resolveProfileOption(profile);   // a bad name is a usage error here
                checker = checker.profile(profile);
            }
            progress.step("checking " + dir + " and compiling it (in a separate process)");
            problems = checker.check(dir);
        }
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p.format()).append('\n'));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        sb.append(dir).append(": ").append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
                .append(noCompile ? " (not compiled: --no-compile)" : "").append('\n');
        return new Output(sb.toString(), errors > 0 ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }
}
