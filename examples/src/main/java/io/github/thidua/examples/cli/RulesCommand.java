package io.github.thidua.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code thidua rules check|test|verify}: the commands for rule authors (docs/authoring.md). {@code check} reports
 * every problem of a rule pack like a compiler ({@link RulesCheckCommand}); {@code test} runs the pack's case files
 * and measures rule coverage ({@link RulesTestCommand}); {@code verify} checks the consistency laws of the testkit
 * against a pack or the bundled one ({@link RulesVerifyCommand}).
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Rule authors' tools: check a pack, run its test cases, verify the laws.",
            "Công cụ cho người soạn quy tắc: kiểm tra, chạy ca kiểm thử, kiểm chứng.",
            "Guide: docs/authoring.md."},
        subcommands = {
            RulesCheckCommand.class,
            RulesTestCommand.class,
            RulesVerifyCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {
            "0:Success: no errors, every case passed, every law holds / thành công.",
            "1:Problems found: the pack has errors, a case failed, a law failed, or the pack does not compile;"
                    + " or an internal error / có lỗi.",
            "2:Bad usage: a missing directory or pack.json, an unknown option or name / cách gọi không hợp lệ."},
        footer = {"", "Examples / ví dụ:",
            "  thidua rules check packs/bac-ninh",
            "  thidua rules test packs/bac-ninh --coverage",
            "  thidua rules verify --tries 100 --seed 42"})
public final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand, there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command / thiếu lệnh (hint: try 'thidua rules check DIR',"
                + " 'thidua rules test DIR' or 'thidua rules verify [DIR]')");
    }
}
