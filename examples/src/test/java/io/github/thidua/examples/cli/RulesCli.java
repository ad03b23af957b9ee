package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code thidua rules …} (and {@code --rules DIR}) in-process, for the tests of the rule authors' commands.
 *
 * <p>Compiling a pack that extends the national pack takes seconds, so the engines of packs are shared: an engine is
 * immutable and depends only on the pack's {@code pack.json} and {@code .drl} files, so two directories with the same
 * files (or one directory run twice) share one engine, compiled once per JVM. The cases and scenarios of a pack are
 * not part of the key. {@code rules check} always compiles, as it must to find compile errors.
 */
final class RulesCli {
    private static final Map<String, Engine> PACKS = new ConcurrentHashMap<>();

    /** Pack engines shared by content, the bundled engine shared too. */
    static final RulesSubcommand.PackEngines SHARED_PACKS = new RulesSubcommand.PackEngines() {
        @Override
        public Engine pack(Path dir) {
            return packEngine(dir);
        }

        @Override
        public Engine bundled() {
            return Cli.SHARED_ENGINES.create(null);
        }
    };

    /** The scenario commands' engines: the shared bundled engine, and shared pack engines for {@code --rules}. */
    static final ScenarioCommand.EngineFactory SHARED_ENGINES = new ScenarioCommand.EngineFactory() {
        @Override
        public Engine create(Profile override) {
            return Cli.SHARED_ENGINES.create(override);
        }

        @Override
        public Engine create(Profile override, Path rules) {
            return rules != null && override == null ? packEngine(rules) : Cli.SHARED_ENGINES.create(override, rules);
        }
    };

    private RulesCli() {
    }

    /** {@code thidua ARGS} with shared engines and without a progress display. */
    static Cli.Run run(String... args) {
        return Cli.run(commandLine(), args);
    }

    /** The {@code thidua} command line with shared engines and without a progress display. */
    static CommandLine commandLine() {
        CommandLine cli = ThiduaCli.newCommandLine(SHARED_ENGINES);
        for (CommandLine sub : cli.getSubcommands().get("rules").getSubcommands().values()) {
            if (sub.getCommand() instanceof RulesSubcommand command) {
                command.engines = SHARED_PACKS;
                command.progress = err -> Progress.NONE;
            }
        }
        return cli;
    }

    /** The engine of the pack in {@code dir}, compiled once per content. */
    static Engine packEngine(Path dir) {
        String key = fingerprint(dir);
        Engine engine = PACKS.get(key);
        if (engine == null) {
            // Compiled outside computeIfAbsent: a RulePackException must reach the command, and compiling takes time.
            engine = RulesSubcommand.COMPILE.pack(dir);
            Engine previous = PACKS.putIfAbsent(key, engine);
            engine = previous != null ? previous : engine;
        }
        return engine;
    }

    /** A digest of the files an engine is built from: pack.json and every .drl file, with their relative paths. */
    static String fingerprint(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl") || dir.relativize(p).toString()
                            .equals("pack.json"))
                    .sorted().toList();
            for (Path p : files) {
                digest.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(p));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test pack of this package ({@code packs/NAME}) as a directory on disk. */
    static Path pack(String name) {
        return resource("/io/github/thidua/examples/cli/packs/" + name);
    }

    /** A copy of {@code from} (a directory tree) at {@code to}. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the bundled national pack, every file of it, read from the classpath (the {@code thidua-rules} jar):
     * a pack of its own ({@code extends} null) named {@code name}.
     */
    static Path copyOfTheNationalPack(Path to, String name) {
        String base = "/io/github/thidua/rules/";
        String manifest = read(base + "pack.json");
        List<String> files = java.util.regex.Pattern.compile("\"([a-z0-9/-]+\\.drl)\"").matcher(manifest).results()
                .map(m -> m.group(1)).toList();
        assertThat(files).as("the .drl files listed by the bundled pack.json").hasSizeGreaterThan(10);
        try {
            for (String f : files) {
                Path target = to.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, read(base + f), StandardCharsets.UTF_8);
            }
            Files.writeString(to.resolve("pack.json"), "{\"name\": \"" + name + "\", \"version\": \"1\", \"extends\": null}",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Replaces the one occurrence of {@code from} in {@code file} by {@code to}. */
    static void replaceOnce(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s in %s", from, file)
                    .hasSize(2);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = RulesCli.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String resource) {
        URL url = RulesCli.class.getResource(resource);
        assertThat(url).as("classpath resource %s", resource).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
