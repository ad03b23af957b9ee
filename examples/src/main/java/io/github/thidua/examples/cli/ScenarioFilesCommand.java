package io.github.thidua.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario validate|schema}: tools for scenario files. {@code validate} checks files as
 * {@code review} and {@code consolidate} would read them, without reviewing ({@link ScenarioValidateCommand});
 * {@code schema} writes the JSON Schema of a kind of scenario for editors ({@link ScenarioSchemaCommand}).
 */
@Command(name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Check scenario files without reviewing them, and write their JSON Schema for editors.",
            "Kiểm tra tệp kịch bản mà không xét, và ghi JSON Schema cho trình soạn thảo."},
        subcommands = {
            ScenarioValidateCommand.class,
            ScenarioSchemaCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Examples / ví dụ:",
            "  thidua scenario validate my-bloc.json",
            "  thidua scenario schema bloc-review --out bloc-review.schema.json",
            "Scenario format: docs/scenario-format.md"})
public final class ScenarioFilesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand, there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command / thiếu lệnh (hint: try 'thidua scenario"
                + " validate FILE' or 'thidua scenario schema bloc-review')");
    }
}
