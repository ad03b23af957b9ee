package io.github.thidua.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the {@code thidua} launcher's class-data archive (AppCDS): the launcher runs this class once
 * per built jar under {@code -XX:ArchiveClassesAtExit}, so that the JVM records every class a usual command loads
 * (picocli, Jackson, Drools, the pre-compiled rule model, the renderers) and later starts map them instead of
 * loading, verifying and linking them again. It runs the commands of the README's quick start on the bundled default
 * scenario, in this JVM, and discards their output. Not a user command: its exit code is 0 whatever the commands
 * returned (the launcher ignores a failed training run anyway).
 */
public final class CdsTraining {
    /** The commands whose classes the archive holds: a table, the JSON contract and an explanation. */
    static final String[][] COMMANDS = {
        {"review"},
        {"review", "--format", "json", "--lang", "en"},
        {"explain", "--unit", "hoi-nha-bao"},
    };

    private CdsTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (String[] command : COMMANDS) {
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            ThiduaCli.newCommandLine().setOut(sink).setErr(sink).execute(command);
        }
    }
}
