package io.github.thidua.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes an output file ({@code --out FILE}) so that a reader never sees it half written. */
public final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Writes {@code text} (UTF-8) to a temporary file in {@code target}'s directory, then moves it over
     * {@code target} atomically (or, where the file system cannot, with a plain replacing move). On any failure the
     * temporary file is deleted and {@code target} is left as it was.
     *
     * @throws IOException if the directory does not exist or is not writable, or {@code target} is a directory
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writeAtomically(Path, String)}, for bytes (a DOCX or XLSX document). */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "directory not found");
        }
        // Not Files.createTempFile: its files are private (rw-------); this one gets the usual permissions (umask).
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A short description of an I/O failure, for one line on stderr. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return (n.getReason() == null ? "not found" : n.getReason()) + " (" + n.getFile() + ")";
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Writes a command's output to {@code out} (atomically) or, without {@code --out}, to the command's stdout, and
     * returns {@code exitCode}; a file that cannot be written is bad input (exit code 2), reported on stderr.
     */
    static int emit(picocli.CommandLine cl, Path out, String text, int exitCode) {
        if (out != null) {
            try {
                writeAtomically(out, text);
            } catch (IOException e) {
                return printErr(cl, java.util.List.of(new io.github.thidua.core.json.ScenarioError(out.toString(), "--out",
                        "cannot write the output / không ghi được tệp: " + describe(e),
                        "check that the directory exists and is writable").format()), ThiduaCli.BAD_INPUT);
            }
            return exitCode;
        }
        java.io.PrintWriter stdout = cl.getOut();
        // scenario and pack strings must not drive the terminal (ESC, OSC, BEL) or reorder it (bidi controls)
        stdout.print(io.github.thidua.core.text.SafeText.clean(text));
        stdout.flush();
        return exitCode;
    }

    /** Writes a binary document to {@code out} (atomically) and returns {@code exitCode}, as for text. */
    static int emit(picocli.CommandLine cl, Path out, byte[] bytes, int exitCode) {
        try {
            writeAtomically(out, bytes);
        } catch (IOException e) {
            return printErr(cl, java.util.List.of(new io.github.thidua.core.json.ScenarioError(out.toString(), "--out",
                    "cannot write the output / không ghi được tệp: " + describe(e),
                    "check that the directory exists and is writable").format()), ThiduaCli.BAD_INPUT);
        }
        return exitCode;
    }

    /** Prints {@code lines} on the command's stderr and returns {@code code}. */
    static int printErr(picocli.CommandLine cl, java.util.List<String> lines, int code) {
        java.io.PrintWriter err = cl.getErr();
        lines.forEach(line -> err.println(io.github.thidua.core.text.SafeText.clean(line)));
        err.flush();
        return code;
    }
}
