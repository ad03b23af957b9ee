package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the repository's {@code thidua} launcher script with its class-data archive (AppCDS): the launcher writes the
 * archive once, uses it, and whatever state the archive is in (garbage, truncated) stdout carries only the command's
 * output and the exit code is the command's. The launcher and a copy of the jar are placed in a directory of their
 * own ({@code ROOT/thidua}, {@code ROOT/examples/target/thidua.jar}), so the launcher finds nothing to rebuild and its
 * archive does not touch the build's.
 */
class LauncherIT {
    private static final long TIMEOUT_SECONDS = 180;

    private static Path jar;
    private static Path launcher;

    @TempDir
    Path root;

    @BeforeAll
    static void findJarAndLauncher() {
        String property = System.getProperty("thidua.jar");
        assumeTrue(property != null && !property.isBlank(),
                "system property thidua.jar is not set: run by maven-failsafe (mvn verify)");
        jar = Path.of(property).toAbsolutePath();
        // ${project.build.directory}/thidua.jar is examples/target/thidua.jar: the launcher is at the repository root.
        launcher = jar.getParent().getParent().getParent().resolve("thidua");
        assertThat(jar).isRegularFile();
        assertThat(launcher).isRegularFile();
    }

    @Test
    void writesUsesAndSurvivesABrokenClassDataArchive() throws Exception {
        Files.copy(launcher, root.resolve("thidua"));
        Path target = Files.createDirectories(root.resolve("examples/target"));
        Files.copy(jar, target.resolve("thidua.jar"));
        Path archive = target.resolve("thidua.jsa");
        Path stamp = target.resolve("thidua.jsa.stamp");

        Result without = launch(Map.of("THIDUA_CDS", "0"), "review", "--format", "json");
        assertThat(without.code).as(without.toString()).isZero();
        assertThat(without.out).startsWith("{").contains("\"decisions\"");
        assertThat(without.err).isEmpty();
        assertThat(archive).doesNotExist();

        // The first run writes the archive (a note on stderr), and runs the command as before.
        Result first = launch(Map.of(), "review", "--format", "json");
        assertThat(first.code).as(first.toString()).isZero();
        assertThat(first.out).isEqualTo(without.out);
        assertThat(first.err).contains("class-data archive");
        assertThat(archive).isRegularFile();
        assertThat(Files.readString(stamp)).startsWith("ok " + Files.size(archive) + " ");

        Result second = launch(Map.of(), "review", "--format", "json");
        assertThat(second.code).as(second.toString()).isZero();
        assertThat(second.out).isEqualTo(without.out);
        assertThat(second.err).isEmpty();

        // Garbage of the archive's size: the JVM refuses it (a warning on stderr, not stdout) and runs without it.
        byte[] garbage = new byte[(int) Files.size(archive)];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        archive.toFile().setWritable(true);
        Files.write(archive, garbage);
        Result corrupt = launch(Map.of(), "review", "--format", "json");
        assertThat(corrupt.code).as(corrupt.toString()).isZero();
        assertThat(corrupt.out).isEqualTo(without.out);
        Result badInput = launch(Map.of(), "review", root.resolve("missing.json").toString());
        assertThat(badInput.code).as(badInput.toString()).isEqualTo(2);
        assertThat(badInput.out).isEmpty();
        assertThat(badInput.err).contains("missing.json");

        // A truncated archive would crash the JVM that maps it: the launcher sees the size differ from its stamp and
        // writes the archive again.
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Result truncated = launch(Map.of(), "review", "--format", "json");
        assertThat(truncated.code).as(truncated.toString()).isZero();
        assertThat(truncated.out).isEqualTo(without.out);
        assertThat(truncated.err).contains("class-data archive");
        assertThat(Files.readString(stamp)).startsWith("ok " + Files.size(archive) + " ");
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("thidua").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("THIDUA_CDS");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
