package io.github.thidua.core.json;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where errors go while one file is read: the file's display name, the directory relative paths in it are
 * resolved against, and the error list shared by all files of one read.
 *
 * @param file       the file name to put in errors
 * @param baseDir    directory for relative paths (profile files, bloc files), or null when the caller gave none
 * @param displayDir directory used to name referenced files in errors (as the user wrote the path), or null
 * @param errors     the shared error list
 */
record Context(String file, Path baseDir, Path displayDir, List<ScenarioError> errors) {

    void error(String path, String message, String hint) {
        errors.add(new ScenarioError(file, path, message, hint));
    }

    int errorCount() {
        return errors.size();
    }

    /**
     * Runs a record constructor; an IllegalArgumentException (a check the reader did not anticipate) becomes an
     * error at {@code path} instead of escaping.
     */
    <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            error(path, e.getMessage(), "correct the value at this path (see docs/scenario-format.md)");
            return null;
        }
    }

    /** A context for a file referenced from this one, sharing the error list. */
    Context forFile(String otherFile, Path otherBaseDir, Path otherDisplayDir) {
        return new Context(otherFile, otherBaseDir, otherDisplayDir, errors);
    }
}
