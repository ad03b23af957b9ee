package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options every scenario command shares: {@code --out FILE}, {@code --rules DIR}, and the progress line. */
class OutputOptionsTest {
    @TempDir
    Path dir;

    @Test
    void outWritesTheOutputToTheFileAndNothingToStdout() throws IOException {
        Path file = dir.resolve("review.json");

        Run run = run("review", "--format", "json", "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(run("review", "--format", "json").out());
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void outReplacesAnExistingFileInOneStep() throws IOException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "old report");

        Run run = run("explain", "--unit", "hoi-vhnt", "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("Giải trình: hoi-vhnt");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void onBadInputTheOutputFileIsLeftAsItWas() throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "previous report");

        Run run = run("review", dir.resolve("missing.json").toString(), "--format", "html", "--out", file.toString());

        assertBadInput(run);
        assertThat(Files.readString(file)).isEqualTo("previous report");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anOutFileInAMissingDirectoryIsBadInputAndCreatesNothing() {
        Path file = dir.resolve("no-such-dir").resolve("report.html");

        Run run = run("review", "--out", file.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(file + ": --out: cannot write the output");
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
    }

    @Test
    void anOutFileThatIsADirectoryIsBadInput() {
        Run run = run("review", "--out", dir.toString());

        assertBadInput(run);
        assertThat(run.err()).contains("--out: cannot write the output", "is a directory");
    }

    @Test
    void rulesEvaluatesWithAnExternalRulePack() {
        Run run = run("review", "--rules", pack("tiny").toString(), "--format", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("\"name\" : \"tiny-test-pack\"", "\"version\" : \"1.0\"", "TINY_FIRST")
                .doesNotContain("DECIDE_HIGHEST_AWARD");
    }

    @Test
    void aRulePackWithErrorsPrintsItsProblemsAndExitsOne() {
        Run run = run("review", "--rules", pack("broken").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.FAILURES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("thidua: the rule pack does not compile")
                .contains("broken.drl:10:1: error [ERR102]");
    }

    @Test
    void aMissingRulesDirectoryOrOneWithoutPackJsonIsBadInput() {
        Run missing = run("consolidate", scenario("province-bac-ninh-2022.json").toString(), "--rules",
                dir.resolve("nowhere").toString());
        assertBadInput(missing);
        assertThat(missing.err()).contains("--rules: directory not found");

        Run empty = run("explain", "--unit", "hoi-vhnt", "--rules", dir.toString());
        assertBadInput(empty);
        assertThat(empty.err()).contains("--rules: has no pack.json");
    }

    @Test
    void consolidateShowsItsProgressOnATerminalAndErasesIt() {
        CommandLine cli = ThiduaCli.newCommandLine(Cli.SHARED_ENGINES);
        ScenarioCommand consolidate = (ScenarioCommand) cli.getSubcommands().get("consolidate").getCommand();
        consolidate.progress = err -> Progress.ticking(err, 10);

        Run run = Cli.run(cli, "consolidate", scenario("province-bac-ninh-2022.json").toString(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).startsWith("\rthidua: reading ").contains("\rthidua: loading the rule pack",
                "\rthidua: reviewing 2 blocs and applying the province-wide quotas … ").endsWith("\r");
        assertThat(run.err()).doesNotContain("\n"); // one line, rewritten in place
        assertThat(run.out()).contains("Province-wide quota");
    }

    @Test
    void withoutATerminalThereIsNoProgress() {
        assertThat(System.console()).as("tests run without a console").isNull();
        assertThat(Progress.forConsole(new java.io.PrintWriter(new java.io.StringWriter()))).isSameAs(Progress.NONE);
        Run run = run("consolidate", scenario("province-bac-ninh-2022.json").toString());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyCommandsHelpDocumentsTheExitCodes() {
        for (String command : new String[] {"review", "consolidate", "explain"}) {
            Run run = run(command, "--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).as(command).contains("--out=FILE", "--rules=DIR", "Exit codes / mã thoát:",
                    "0   Success", "1   Rule findings of severity ERROR", "2   Bad input or usage");
        }
    }

    private Stream<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
        }
    }

    static Path pack(String name) {
        try {
            return Path.of(OutputOptionsTest.class.getResource("/io/github/thidua/examples/cli/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
