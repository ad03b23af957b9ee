package io.github.thidua.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors as one line on stderr with a hint, instead of picocli's message followed by the whole usage: an
 * unknown option or command gets a "did you mean" ({@link Suggest}), a bad value the values allowed, and every
 * line points to the command's {@code --help}. Exit code: the command's invalid-input code
 * ({@value ThiduaCli#BAD_INPUT}).
 *
 * <p>Examples: {@code thidua review: unknown option '--fromat' (hint: did you mean '--format'? see 'thidua review
 * --help')}; {@code thidua review: --format: 'xml' is not a valid value (hint: use one of table, json, html,
 * docx)}.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        OutputFiles.printErr(cl, List.of(line(ex)), cl.getCommandSpec().exitCodeOnInvalidInput());
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The one line for {@code ex}: {@code COMMAND: message (hint: …)}. */
    static String line(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String command = spec.qualifiedName();
        String help = "see '" + command + " --help'";
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return command + ": " + unmatched(spec, u.getUnmatched().get(0), help);
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (ArgSpec a : m.getMissing()) {
                labels.add(a.isOption() ? ((OptionSpec) a).longestName() + (a.arity().max() > 0 ? " " + a.paramLabel()
                        : "") : a.paramLabel());
            }
            return command + ": missing " + String.join(", ", labels) + " / thiếu tham số (hint: "
                    + command + " " + String.join(" ", labels) + "; " + help + ")";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && arg.type() != null && arg.type().isEnum() && arg.converters().length == 0
                && ex.getValue() != null) {
            List<String> allowed = new ArrayList<>();
            for (Object constant : arg.type().getEnumConstants()) {
                allowed.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
            Optional<String> close = Suggest.closest(ex.getValue(), allowed);
            return command + ": " + name + ": '" + ex.getValue() + "' is not a valid value / giá trị không hợp lệ"
                    + " (hint: " + close.map(c -> "did you mean '" + c + "'? ").orElse("") + "use one of "
                    + String.join(", ", allowed) + ")";
        }
        String message = oneLine(ex.getMessage());
        return command + ": " + message + (message.contains("(hint:") ? "" : " (hint: " + help + ")");
    }

    private static String unmatched(CommandSpec spec, String arg, String help) {
        if (arg.startsWith("-")) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Set<String> names = new LinkedHashSet<>();
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    names.add(o.longestName());
                }
            }
            Optional<String> close = Suggest.closest(name, names);
            return "unknown option '" + name + "' / không có tùy chọn này (hint: "
                    + close.map(c -> "did you mean '" + c + "'? ").orElse("") + help + ")";
        }
        if (!spec.subcommands().isEmpty()) {
            Set<String> commands = new LinkedHashSet<>(spec.subcommands().keySet());
            Optional<String> close = Suggest.closest(arg, commands);
            return "unknown command '" + arg + "' / không có lệnh này (hint: "
                    + close.map(c -> "did you mean '" + c + "'? ").orElse("") + "commands: "
                    + String.join(", ", commands) + ")";
        }
        return "unexpected argument '" + arg + "' / thừa tham số (hint: " + help + ")";
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid usage / cách gọi không hợp lệ";
        }
        return String.join("; ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
