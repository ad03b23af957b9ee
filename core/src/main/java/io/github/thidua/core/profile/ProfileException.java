package io.github.thidua.core.profile;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a profile cannot be found or read: every problem found, each with the file it is in, a JSONPath into
 * that file, what is wrong and how to fix it (the shape of a scenario's errors, so that a reader turns each into a
 * {@code ScenarioError} without parsing text). It stays an {@link IllegalArgumentException}, as profile errors
 * always were.
 */
public final class ProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The most problems kept (the message stays bounded for any input). */
    public static final int MAX_PROBLEMS = 200;

    /**
     * One problem.
     *
     * @param file    the profile file (or {@code classpath:} resource) the problem is in; null when the profile could
     *                not be located at all (an unknown name, a missing file): the problem is then in the reference
     * @param path    a JSONPath into that file ({@code $} for the whole document)
     * @param message what is wrong
     * @param hint    how to fix it, or null
     */
    public record Problem(String file, String path, String message, String hint) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        /** {@code FILE: PATH: MESSAGE (hint: HINT)} (without the file when there is none). */
        public String format() {
            return (file == null ? "" : file + ": ") + path + ": " + message + (hint == null ? "" : " (hint: " + hint + ")");
        }
    }

    private final transient List<Problem> problems;

    /**
     * The exception for {@code problems} (at least one) found while reading the profile {@code file}; a problem may
     * lie in another file, e.g. a profile that {@code file} extends.
     */
    public ProfileException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS));
    }

    /** A profile that could not be located: one problem in the reference itself. */
    static ProfileException notFound(String message, String hint) {
        return new ProfileException(null, List.of(new Problem(null, "$", message, hint)));
    }

    /** The problems, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether the profile could not be located at all (the problem lies in the reference, not in a profile file). */
    public boolean notLocated() {
        return problems.size() == 1 && problems.get(0).file() == null;
    }

    private static String message(String file, List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ProfileException needs at least one problem");
        }
        Problem first = problems.get(0);
        if (problems.size() == 1 && first.path().equals("$") && Objects.equals(first.file(), file)) {
            return (file == null ? "" : file + ": ") + first.message();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": invalid profile:");
        int n = 0;
        for (Problem p : problems) {
            if (n++ == MAX_PROBLEMS) {
                sb.append("\n  … ").append(problems.size() - MAX_PROBLEMS).append(" more");
                break;
            }
            sb.append("\n  ").append(Objects.equals(p.file(), file) ? "" : p.file() + ": ").append(p.path())
                    .append(": ").append(p.message());
        }
        return sb.toString();
    }
}
