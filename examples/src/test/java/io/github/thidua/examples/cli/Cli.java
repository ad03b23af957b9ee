package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.render.TextTable;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code thidua} in-process through picocli with captured stdout and stderr, for the command tests. */
final class Cli {
    /**
     * Engines for in-process tests: one engine shared by every run without {@code --profile} (an engine is
     * immutable and thread-safe), a new one, on the same shared KieBase, for each {@code --profile} override.
     */
    static final ScenarioCommand.EngineFactory SHARED_ENGINES = new ScenarioCommand.EngineFactory() {
        private Engine shared;

        @Override
        public synchronized Engine create(Profile override) {
            if (override != null) {
                return ScenarioCommand.DEFAULT_ENGINES.create(override);
            }
            if (shared == null) {
                shared = ScenarioCommand.DEFAULT_ENGINES.create(null);
            }
            return shared;
        }
    };

    private Cli() {
    }

    /** The exit code and the text printed on stdout and stderr. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** {@code thidua ARGS} with the shared engine. */
    static Run run(String... args) {
        return run(ThiduaCli.newCommandLine(SHARED_ENGINES), args);
    }

    /** {@code ARGS} on the given command line. */
    static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Exit code 2, nothing on stdout, and on stderr one-line messages without a stack trace. */
    static void assertBadInput(Run run) {
        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isNotBlank().doesNotContain("Exception", "\tat ");
    }

    /** Every line of {@code text} fits a 120-column terminal (counted in grapheme clusters). */
    static void assertFitsTheTerminal(String text) {
        assertThat(text.lines()).allSatisfy(l -> assertThat(TextTable.width(l)).as(l).isLessThanOrEqualTo(120));
    }

    /** A bundled seed scenario (examples/scenarios, copied to the classpath) as a file. */
    static Path scenario(String name) {
        return resourceFile(ReviewCommand.SCENARIO_RESOURCES + name);
    }

    /** A test resource of this package as a file. */
    static Path fixture(String name) {
        return resourceFile("/io/github/thidua/examples/cli/" + name);
    }

    /** The text of the bundled default scenario. */
    static String bundledScenario() {
        try (InputStream in = Cli.class.getResourceAsStream(
                ReviewCommand.SCENARIO_RESOURCES + ReviewCommand.DEFAULT_SCENARIO)) {
            assertThat(in).as("bundled default scenario").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourceFile(String resource) {
        URL url = Cli.class.getResource(resource);
        assertThat(url).as("classpath resource %s", resource).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
