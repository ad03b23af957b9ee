package io.github.thidua.rules.pack;

import io.github.thidua.rules.Severity;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a rule pack: where it is, how serious, a stable code and a message.
 *
 * @param path     the file, relative to the pack directory ({@code pack.json}, {@code rules/flag.drl}); files of the
 *                 bundled pack a pack extends are named {@code thidua-national/common/selection.drl}
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param severity {@link Severity#ERROR} (the pack is refused) or {@link Severity#WARNING}
 * @param code     a stable code, e.g. {@code ERR102} (syntax), {@code COMPILE}, {@code MISSING_RULE_ID}, {@code SANDBOX}
 * @param message  what is wrong, in one line
 * @param rule     the rule's name, or null when the problem is outside a rule
 */
public record Problem(String path, int line, int column, Severity severity, String code, String message, String rule) {
    /** Orders problems by file, line, column, then code. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::code)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
        message = oneLine(message);
    }

    /** An error. */
    public static Problem error(String path, int line, int column, String code, String message, String rule) {
        return new Problem(path, line, column, Severity.ERROR, code, message, rule);
    }

    /** A warning. */
    public static Problem warning(String path, int line, int column, String code, String message, String rule) {
        return new Problem(path, line, column, Severity.WARNING, code, message, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem attached to another file/line (used when mapping compiler messages back to the source). */
    public Problem at(String newPath, int newLine, int newColumn, String newRule) {
        return new Problem(newPath, newLine, newColumn, severity, code, message, newRule);
    }

    /**
     * One line, as compilers print them: {@code path:line:col: error [code] message (rule "name")}.
     */
    public String format() {
        return path + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + " [" + code + "] " + message + (rule == null ? "" : " (rule \"" + rule + "\")");
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * The first meaningful line of a message: compiler messages may carry the generated source or a stack trace,
     * which a rule author never needs to see.
     */
    static String oneLine(String message) {
        String m = message.strip();
        for (String cut : new String[] {"Problem stacktrace", "Stack trace:", "\n\tat ", "Java source of"}) {
            int i = m.indexOf(cut);
            if (i > 0) {
                m = m.substring(0, i).strip();
            }
        }
        m = m.replaceAll("\\s*\\R\\s*", " ").strip();
        if (m.length() > 500) {
            m = m.substring(0, 497) + "...";
        }
        return m;
    }
}
