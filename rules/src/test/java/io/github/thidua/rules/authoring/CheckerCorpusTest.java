package io.github.thidua.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.rules.pack.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken packs, one per kind of mistake ({@code src/test/resources/checker-corpus/<kind>/}): the checker's
 * errors for each, formatted as {@code rules check} prints them (file:line:column: error [CODE] message (rule)), must
 * be exactly the lines of its {@code expected.txt}. Pins where each error is reported: in the author's file, at the
 * mistake, every rule's error in one run, with a "did you mean" for an unknown property.
 */
class CheckerCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/checker-corpus");

    static Stream<String> kinds() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachErrorIsReportedWhereItIs(String kind) throws IOException {
        Path pack = CORPUS.resolve(kind);
        List<String> actual = RuleChecker.create().check(pack).stream().filter(Problem::isError)
                .map(Problem::format).toList();
        System.out.println(kind + ":\n  " + String.join("\n  ", actual));
        List<String> expected = Files.readAllLines(pack.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(actual).as("errors of checker-corpus/%s", kind).containsExactlyElementsOf(expected);
    }
}
