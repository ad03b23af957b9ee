package io.github.thidua.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario validate|init|convert|schema}: tools for scenario files. {@code validate} checks files as
 * {@code review} and {@code consolidate} would read them, without reviewing ({@link ScenarioValidateCommand});
 * {@code init} writes the template scoring workbook of a bloc ({@link ScenarioInitCommand}); {@code convert} turns
 * a bloc review from JSON into a workbook and back ({@link ScenarioConvertCommand}); {@code schema} writes the JSON
 * Schema of a kind of scenario for editors ({@link ScenarioSchemaCommand}).
 */
@Command(name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Check scenario files, write and convert Excel scoring workbooks, and write the JSON Schema.",
            "Kiểm tra tệp kịch bản, tạo và chuyển đổi sổ điểm Excel, ghi JSON Schema."},
        subcommands = {
            ScenarioValidateCommand.class,
            ScenarioInitCommand.class,
            ScenarioConvertCommand.class,
            ScenarioSchemaCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Examples / ví dụ:",
            "  thidua scenario validate my-bloc.json",
            "  thidua scenario init --out so-diem.xlsx",
            "  thidua scenario convert my-bloc.json --out so-diem.xlsx",
            "  thidua scenario schema bloc-review --out bloc-review.schema.json",
            "Scenario format: docs/scenario-format.md"})
public final class ScenarioFilesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand, there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command / thiếu lệnh (hint: try 'thidua scenario"
                + " validate FILE', 'thidua scenario init --out so-diem.xlsx' or 'thidua scenario convert FILE --out"
                + " FILE')");
    }
}
