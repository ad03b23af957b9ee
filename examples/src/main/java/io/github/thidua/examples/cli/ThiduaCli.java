package io.github.thidua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code thidua} command line (the fat jar's main class): runs the rules engine on a bloc review
 * ({@code thidua review}) or a province review ({@code thidua consolidate}) and prints the result as a table, the
 * JSON result contract or an HTML report; explains one unit's decisions ({@code thidua explain}); serves the engine
 * over HTTP ({@code thidua serve}).
 *
 * <p>Exit codes: {@value #OK} success; {@value #FAILURES} a finding of severity ERROR in the result, a rule pack
 * that does not compile, or an internal error; {@value #BAD_INPUT} bad input or usage. Bad input is reported on stderr as one line per problem,
 * {@code FILE: $.path: message (hint: …)}, with nothing on stdout; a usage error (an unknown option or command, a bad
 * option value, a missing parameter) is one line with a hint ({@link UsageErrors}), not the whole usage; internal
 * errors print one line and, with the
 * hidden option {@code --debug}, the stack trace. Output is always UTF-8.
 *
 * <p>Embed or test it in-process through {@link #newCommandLine()} and {@link CommandLine#execute(String...)}.
 */
@Command(name = "thidua",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Vietnam's emulation and commendation law as code (thi đua, khen thưởng).",
            "Luật Thi đua, khen thưởng dưới dạng mã nguồn: xếp hạng và xét khen thưởng khối, cụm thi đua."},
        // The commands are in COMMANDS (added by newCommandLine), not in a subcommands attribute.
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Try / thử: thidua review    (the bundled Bắc Ninh 2022 scenario)",
            "           thidua review --format html --out report.html",
            "           thidua explain --unit hoi-nha-bao",
            "           thidua consolidate examples/scenarios/province-bac-ninh-2022.json",
            "           thidua serve --port 8080"})
public final class ThiduaCli implements Runnable {
    /** Exit code: success. */
    public static final int OK = 0;
    /**
     * Exit code: the result has a finding of severity ERROR (e.g. an unsigned pact), the rule pack does not
     * compile, or an unexpected internal error.
     */
    public static final int FAILURES = 1;
    /** Exit code: bad input (missing or malformed file, validation errors, unknown profile) or bad usage. */
    public static final int BAD_INPUT = 2;

    static final String EXIT_CODE_HEADING = "%nExit codes / mã thoát:%n";
    static final String EXIT_OK = "0:Success / thành công.";
    static final String EXIT_FAILURES = "1:Rule findings of severity ERROR (e.g. an unsigned pact), a rule pack that"
            + " does not compile, or an internal error / có phát hiện mức lỗi, bộ quy tắc lỗi hoặc lỗi nội bộ.";
    static final String EXIT_BAD_INPUT = "2:Bad input or usage: missing or malformed file, validation errors,"
            + " unknown profile or option / dữ liệu vào hoặc cách gọi không hợp lệ.";

    static final String DEBUG_OPTION = "--debug";

    /**
     * The commands, one line each, in the order of the usage help; add new commands before {@code HelpCommand}.
     * {@link #newCommandLine()} adds them all. {@link #main} adds only the one it runs when the first argument names
     * it: picocli makes the model of every command it is given (reflection over each command's options, and picocli's
     * own classes, which a class-data archive cannot keep), a sizeable share of a {@code thidua} start; a command
     * does not depend on its siblings. Only {@code help} (and anything else) gets them all.
     */
    static final List<Class<?>> COMMANDS = List.of(
            ReviewCommand.class,
            ConsolidateCommand.class,
            ExplainCommand.class,
            ServeCommand.class,
            RulesCommand.class,
            ScenarioFilesCommand.class,
            io.github.thidua.examples.bench.BenchCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = DEBUG_OPTION, hidden = true, scope = ScopeType.INHERIT,
            description = "Print the stack trace of internal errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        int code = newCommandLine(args).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A new, fully configured command line (exit codes, error handlers); set its out and err writers to capture
     * the output.
     */
    public static CommandLine newCommandLine() {
        return newCommandLine(ScenarioCommand.DEFAULT_ENGINES);
    }

    /**
     * The command line {@link #main} runs {@code args} with: when the first argument is the name of a command other
     * than {@code help}, one with only that command (see {@link #COMMANDS}); otherwise the full one.
     */
    static CommandLine newCommandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                Command c = command.getAnnotation(Command.class);
                if (command != CommandLine.HelpCommand.class && c.name().equals(args[0])) {
                    return newCommandLine(ScenarioCommand.DEFAULT_ENGINES, List.of(command));
                }
            }
        }
        return newCommandLine();
    }

    /** A new command line whose commands build their engine with {@code engines} (for tests). */
    static CommandLine newCommandLine(ScenarioCommand.EngineFactory engines) {
        return newCommandLine(engines, COMMANDS);
    }

    private static CommandLine newCommandLine(ScenarioCommand.EngineFactory engines, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new ThiduaCli());
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof ScenarioCommand command) {
                command.engines = engines;
            } else if (sub.getCommand() instanceof ServeCommand command) {
                command.engines = engines;
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrors());
        return cli;
    }

    /** Without a subcommand, there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command / thiếu lệnh (hint: try 'thidua review', 'thidua explain --unit ID',"
                        + " 'thidua consolidate FILE', 'thidua scenario validate FILE' or 'thidua --help')");
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Unexpected exceptions: one line on stderr, the stack trace only with {@code --debug}; exit code 1. */
    private static final class InternalErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
            PrintWriter err = cli.getErr();
            String message = ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("");
            if (debugRequested(parseResult)) {
                err.println("thidua: internal error / lỗi nội bộ: " + ex.getClass().getName() + message);
                ex.printStackTrace(err);
            } else {
                err.println("thidua: internal error / lỗi nội bộ: " + ex.getClass().getSimpleName() + message
                        + " (run with --debug for the stack trace)");
            }
            err.flush();
            return FAILURES;
        }

        private static boolean debugRequested(ParseResult parseResult) {
            for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
                if (pr.hasMatchedOption(DEBUG_OPTION)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The version, from {@code version.properties} (filtered by Maven). */
    /** The version of this build, for {@code --version} and the reports' generator line. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"thidua " + version()};
        }

        /** The version from the build, or {@code unknown}. */
        public static String version() {
            Properties p = new Properties();
            try (InputStream in = ThiduaCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }
}
