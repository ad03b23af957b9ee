package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@link ThiduaCli#main} builds a command line with only the command it runs: each command reads, runs and explains
 * itself exactly as in the full command line.
 */
class LeanCommandLineTest {
    @Test
    void eachCommandAloneHasTheUsageItHasAmongAll() {
        CommandLine full = ThiduaCli.newCommandLine();
        for (Class<?> type : ThiduaCli.COMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            CommandLine lean = ThiduaCli.newCommandLine(name, "--help");
            if (type == CommandLine.HelpCommand.class) {
                assertThat(lean.getSubcommands()).as("help lists every command").hasSameSizeAs(ThiduaCli.COMMANDS);
                continue;
            }
            assertThat(lean.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(lean.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
        }
        assertThat(ThiduaCli.newCommandLine("--version").getSubcommands()).hasSameSizeAs(ThiduaCli.COMMANDS);
        assertThat(ThiduaCli.newCommandLine("reveiw").getSubcommands()).as("an unknown command gets suggestions")
                .hasSameSizeAs(ThiduaCli.COMMANDS);
    }

    @Test
    void aCommandAloneRunsAsAmongAllWithTheInheritedDebugOption() {
        String[] args = {"review", "--format", "json", "--debug"};
        StringWriter leanOut = new StringWriter();
        StringWriter fullOut = new StringWriter();
        StringWriter err = new StringWriter();

        int lean = ThiduaCli.newCommandLine(args).setOut(new PrintWriter(leanOut, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        int full = ThiduaCli.newCommandLine().setOut(new PrintWriter(fullOut, true))
                .setErr(new PrintWriter(err, true)).execute(args);

        assertThat(lean).as(err.toString()).isZero();
        assertThat(full).isZero();
        assertThat(leanOut.toString()).contains("\"decisions\"").isEqualTo(fullOut.toString());
    }
}
