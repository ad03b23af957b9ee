package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        ProcessRun without = launch(Map.of("THIDUA_CDS", "0"), "review", "--format", "json");
        assertThat(without.code()).as(without.toString()).isZero();
        assertThat(without.out()).startsWith("{").contains("\"decisions\"");
        assertThat(without.err()).isEmpty();
        assertThat(archive).doesNotExist();

        // The first run writes the archive (a note on stderr), and runs the command as before.
        ProcessRun first = launch(Map.of(), "review", "--format", "json");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo(without.out());
        assertThat(first.err()).contains("class-data archive");
        assertThat(archive).isRegularFile();
        assertThat(Files.readString(stamp)).startsWith("ok " + Files.size(archive) + " ");

        ProcessRun second = launch(Map.of(), "review", "--format", "json");
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo(without.out());
        assertThat(second.err()).isEmpty();

        // Garbage of the archive's size: the JVM refuses it (a warning on stderr, not stdout) and runs without it.
        byte[] garbage = new byte[(int) Files.size(archive)];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        archive.toFile().setWritable(true);
        Files.write(archive, garbage);
        ProcessRun corrupt = launch(Map.of(), "review", "--format", "json");
        assertThat(corrupt.code()).as(corrupt.toString()).isZero();
        assertThat(corrupt.out()).isEqualTo(without.out());
        ProcessRun badInput = launch(Map.of(), "review", root.resolve("missing.json").toString());
        assertThat(badInput.code()).as(badInput.toString()).isEqualTo(2);
        assertThat(badInput.out()).isEmpty();
        assertThat(badInput.err()).contains("missing.json");

        // A truncated archive would crash the JVM that maps it: the launcher sees the size differ from its stamp and
        // writes the archive again.
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        ProcessRun truncated = launch(Map.of(), "review", "--format", "json");
        assertThat(truncated.code()).as(truncated.toString()).isZero();
        assertThat(truncated.out()).isEqualTo(without.out());
        assertThat(truncated.err()).contains("class-data archive");
        assertThat(Files.readString(stamp)).startsWith("ok " + Files.size(archive) + " ");
    }

    private ProcessRun launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("thidua").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("THIDUA_CDS");
        builder.environment().putAll(env);
        return ProcessRun.of(builder, TIMEOUT_SECONDS, command.toString());
    }
}
