package io.github.thidua.examples.cli;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.examples.cli.Cli.Run;
import io.github.thidua.rules.authoring.ReloadableEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/authoring.md cannot drift: this test follows its walk-through in a temporary directory that stands for the root
 * of a source checkout (it holds a copy of {@code examples/packs/provincial-example}), in document order:
 * <ul>
 *   <li>every line of a fenced {@code sh} block runs: {@code ./thidua …} (or {@code thidua …}) in-process, checking
 *       the exit code the line states in a trailing comment ({@code # exit 1}), which every {@code thidua} line must
 *       have; {@code mkdir -p}, {@code cp} and {@code rm} on the temporary directory; anything else fails the test
 *       (teach it here first);</li>
 *   <li>a fenced block right after {@code <!-- file: PATH -->} is written to PATH;</li>
 *   <li>a fenced {@code text} block right after {@code <!-- output -->} must be found in the output of the last
 *       {@code thidua} command, line by line and in order: a line {@code …} stands for any lines, and a line that ends
 *       with {@code " …"} for a line that starts with what comes before.</li>
 * </ul>
 * Then the pack the walk-through built must be exactly the finished example pack, and it is loaded and reloaded
 * through the Java API as section 8 describes.
 */
class AuthoringDocTest {
    static final String DOC = "docs/authoring.md";
    static final String EXAMPLE_PACK = "packs/provincial-example";
    private static final Pattern FILE_MARKER = Pattern.compile("<!-- file: (\\S+) -->");
    private static final String OUTPUT_MARKER = "<!-- output -->";
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)");
    private static final String ELLIPSIS = "…";

    @TempDir
    Path work;

    /** One thing the document asks the reader to do, with the line of the document it comes from. */
    sealed interface Step permits Shell, WriteFile, Output {
        int line();
    }

    record Shell(int line, String command) implements Step {
    }

    record WriteFile(int line, String path, String content) implements Step {
    }

    record Output(int line, List<String> expected) implements Step {
    }

    @Test
    void theWalkThroughRunsAsWrittenAndBuildsTheExamplePack() throws IOException {
        Path module = moduleDir();
        RulesCli.copy(module.resolve(EXAMPLE_PACK), work.resolve("examples").resolve(EXAMPLE_PACK));
        List<Step> steps = steps(Files.readString(module.getParent().resolve(DOC), StandardCharsets.UTF_8));

        List<String> commands = new ArrayList<>();
        Run last = null;
        for (Step step : steps) {
            if (step instanceof WriteFile f) {
                Path target = inside(f.path());
                assertThat(target.getParent()).as("line %d: the folder of %s (mkdir -p first)", f.line(), f.path())
                        .isDirectory();
                Files.writeString(target, f.content(), StandardCharsets.UTF_8);
            } else if (step instanceof Output o) {
                assertThat(last).as("line %d: an output block before any thidua command", o.line()).isNotNull();
                assertOutput(o, last);
            } else if (step instanceof Shell s) {
                Run run = shell(s);
                if (run != null) {
                    last = run;
                    commands.add(s.command());
                }
            }
        }

        assertThat(commands).as("the thidua commands of " + DOC)
                .anyMatch(c -> c.contains("thidua rules check "))
                .anyMatch(c -> c.contains("thidua rules check ") && c.contains("--no-compile"))
                .anyMatch(c -> c.contains("thidua rules test "))
                .anyMatch(c -> c.contains("thidua rules test ") && c.contains("--coverage"))
                .anyMatch(c -> c.contains("thidua rules verify "))
                .anyMatch(c -> c.contains("thidua review ") && c.contains("--rules"));
        assertThat(tree(work.resolve("packs/bac-ninh"))).as("the pack the walk-through built, against "
                + "examples/" + EXAMPLE_PACK).isEqualTo(tree(module.resolve(EXAMPLE_PACK)));
        reloadsAsSectionEightDescribes(work.resolve("packs/bac-ninh"));
    }

    /** Section 8: a ReloadableEngine serves the pack, picks up a new version, and keeps serving it after a bad edit. */
    private void reloadsAsSectionEightDescribes(Path pack) throws IOException {
        BlocReview review = Scenarios.readBlocReview(pack.resolve("cases/bloc-2022.json"));
        try (ReloadableEngine engine = ReloadableEngine.builder(pack).build()) {
            assertThat(engine.review(review).rulePack()).hasToString("bac-ninh-example 2024.1");

            RulesCli.replaceOnce(pack.resolve("pack.json"), "\"2024.1\"", "\"2024.2\"");
            ReloadableEngine.Reload ok = engine.reload();
            assertThat(ok.success()).as(ok.toString()).isTrue();
            assertThat(engine.review(review).rulePack()).hasToString("bac-ninh-example 2024.2");

            RulesCli.replaceOnce(pack.resolve("pack.json"), "\"2024.2\"", "\"2024.3\"");
            Files.writeString(pack.resolve("rules/typo.drl"), "package vn.bacninh.thidua;\n\nrule \"Typo\"\nwhen\n"
                    + "    Member( rank > )\nthen\nend\n", StandardCharsets.UTF_8);
            ReloadableEngine.Reload failed = engine.reload();
            assertThat(failed.success()).as(failed.toString()).isFalse();
            assertThat(failed.problems()).isNotEmpty();
            assertThat(failed.problems().get(0).format()).startsWith("rules/typo.drl:5:");
            assertThat(engine.review(review).rulePack()).hasToString("bac-ninh-example 2024.2");
        }
    }

    /** Runs one line of an {@code sh} block; returns the run of a {@code thidua} command, null for the others. */
    private Run shell(Shell s) throws IOException {
        String line = s.command();
        Matcher exit = EXIT.matcher(line);
        String command = line.replaceFirst("\\s+#.*$", "").strip();
        List<String> words = Arrays.asList(command.split("\\s+"));
        String program = words.get(0);
        List<String> args = words.subList(1, words.size());
        switch (program) {
            case "./thidua", "thidua" -> {
                assertThat(exit.find()).as("line %d: a thidua command states its exit code: %s  # exit N", s.line(),
                        command).isTrue();
                int expected = Integer.parseInt(exit.group(1));
                String[] resolved = args.stream().map(this::resolveArgument).toArray(String[]::new);
                Run run = RulesCli.run(resolved);
                run = new Run(run.code(), relative(run.out()), relative(run.err()));
                assertThat(run.code()).as("line %d: exit code of %s%n%s", s.line(), command, run).isEqualTo(expected);
                assertThat(run.out() + run.err()).as("line %d: %s", s.line(), command)
                        .doesNotContain("\tat ", "Exception:");
                return run;
            }
            case "mkdir" -> {
                assertThat(args.get(0)).as("line %d: mkdir -p", s.line()).isEqualTo("-p");
                for (String dir : args.subList(1, args.size())) {
                    Files.createDirectories(inside(dir));
                }
            }
            case "cp" -> {
                boolean recursive = args.get(0).equals("-r");
                List<String> paths = recursive ? args.subList(1, args.size()) : args;
                Path target = inside(paths.get(paths.size() - 1));
                for (String source : paths.subList(0, paths.size() - 1)) {
                    Path from = inside(source);
                    assertThat(from).as("line %d: %s", s.line(), source).exists();
                    Path to = Files.isDirectory(target) ? target.resolve(from.getFileName().toString()) : target;
                    if (Files.isDirectory(from)) {
                        assertThat(recursive).as("line %d: cp -r for a directory", s.line()).isTrue();
                        RulesCli.copy(from, to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            case "rm" -> {
                for (String file : args) {
                    assertThat(inside(file)).as("line %d: rm %s", s.line(), file).isRegularFile();
                    Files.delete(inside(file));
                }
            }
            default -> fail("line %d of %s: the walk-through has a command this test cannot run: %s", s.line(), DOC,
                    line);
        }
        return null;
    }

    /** Paths relative to the working directory become absolute; options and other words stay. */
    private String resolveArgument(String arg) {
        if (arg.startsWith("-") || !(arg.contains("/") || arg.endsWith(".json") || arg.endsWith(".drl"))) {
            return arg;
        }
        return inside(arg).toString();
    }

    /** Output as it reads when the commands run in the working directory: its absolute path removed. */
    private String relative(String text) {
        return text.replace(work.toString() + "/", "");
    }

    private Path inside(String relative) {
        Path p = work.resolve(relative).normalize();
        assertThat(p.startsWith(work)).as("%s stays inside the working directory", relative).isTrue();
        return p;
    }

    private static void assertOutput(Output o, Run run) {
        List<String> actual = (run.out() + run.err()).lines().toList();
        int at = 0;
        boolean skipping = false;
        for (String want : o.expected()) {
            if (want.equals(ELLIPSIS)) {
                skipping = true;
                continue;
            }
            boolean prefix = want.endsWith(" " + ELLIPSIS);
            String text = prefix ? want.substring(0, want.length() - ELLIPSIS.length()) : want;
            int found = -1;
            for (int i = at; i < actual.size() && (skipping || i == at); i++) {
                if (prefix ? actual.get(i).startsWith(text) : actual.get(i).equals(text)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail("line %d of %s: the output shown does not match the command's: expected %s line%n  %s%n"
                        + "after line %d of the output:%n%s", o.line(), DOC, skipping ? "a" : "the next", want, at,
                        run);
            }
            at = found + 1;
            skipping = false;
        }
        if (!skipping) {
            assertThat(at).as("line %d of %s: the output shown ends where the command's does (end it with … if it"
                    + " is an excerpt)%n%s", o.line(), DOC, run).isEqualTo(actual.size());
        }
    }

    /** The steps of the document, in order. */
    static List<Step> steps(String doc) {
        List<String> lines = doc.lines().toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.equals("```")) {
                continue;
            }
            String lang = line.substring(3).strip();
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            assertThat(end).as("the code block opened at line %d of %s is closed", i + 1, DOC).isLessThan(lines.size());
            List<String> body = lines.subList(start, end);
            String before = i > 0 ? lines.get(i - 1) : "";
            Matcher file = FILE_MARKER.matcher(before);
            if (file.matches()) {
                steps.add(new WriteFile(i + 1, file.group(1), String.join("\n", body) + "\n"));
            } else if (before.equals(OUTPUT_MARKER)) {
                assertThat(lang).as("line %d: an output block is a text block", i + 1).isEqualTo("text");
                steps.add(new Output(i + 1, body));
            } else if (lang.equals("sh")) {
                StringBuilder command = new StringBuilder();
                for (int k = 0; k < body.size(); k++) {
                    String l = body.get(k);
                    if (l.isBlank() || l.strip().startsWith("#")) {
                        continue;
                    }
                    if (l.endsWith("\\")) {
                        command.append(l, 0, l.length() - 1).append(' ');
                        continue;
                    }
                    steps.add(new Shell(start + k + 1, command.append(l).toString().strip()));
                    command.setLength(0);
                }
            }
            i = end;
        }
        return steps;
    }

    /** Every file under {@code dir} (relative path with {@code /}) with its text. */
    private static Map<String, String> tree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples module's directory: surefire runs in it; an IDE may run in the project's. */
    static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p : new Path[] {here, here.resolve("examples")}) {
            if (Files.isDirectory(p.resolve(EXAMPLE_PACK)) && Files.isRegularFile(p.getParent().resolve(DOC))) {
                return p;
            }
        }
        throw new AssertionError("cannot find the examples module (" + EXAMPLE_PACK + ") from " + here);
    }
}
