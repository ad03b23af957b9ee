package io.github.thidua.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java embedding snippet of {@code docs/embedding.md} cannot drift: it is the code between the
 * {@code tag::embed[]} markers of {@link EmbeddingExample}, which this test runs, and the test checks that the
 * document shows exactly that code.
 */
class EmbeddingExampleTest {
    static final String SOURCE = "src/main/java/io/github/thidua/examples/embedding/EmbeddingExample.java";
    static final String DOC = "docs/embedding.md";
    /** The line before the snippet's code block in the document. */
    static final String DOC_MARKER = "<!-- snippet: examples/" + SOURCE + " tag::embed -->";

    @TempDir
    Path dir;

    @Test
    void theSnippetReviewsTheSeedScenarioAndPrintsTheAwardsWithTheirRules() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = EmbeddingExample.run(scenario("000-bac-ninh-2022-social-organisations.json"), print(out), print(err));

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // 1 Government flag, 2 provincial flags, 12 certificates, 2 + 2 titles and 3 certificates of commendation.
        assertThat(lines).hasSize(15 + 1);   // 1 Government flag, 2 provincial flags, 12 certificates; titles go to their own authority
        assertThat(lines.get(0)).startsWith("hoi-chu-thap-do: Government Emulation Flag [DECIDE_HIGHEST_AWARD] Luật");
        assertThat(lines).filteredOn(l -> l.contains(": Provincial Chairman's Certificate of Merit [")).hasSize(12);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Head for 2023: doan-luat-su");
    }

    @Test
    void theSnippetPrintsEveryProblemOfABadFile() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"kind\": \"bloc-review\", \"year\": 2016}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = EmbeddingExample.run(bad, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .contains(bad + ": $.year: 'year' 2016 is out of range 2017..2100 (hint: the review year is the"
                        + " achievement year, between 2017 and 2100)")
                .hasSizeGreaterThan(3);
    }

    @Test
    void theDocumentShowsExactlyTheCodeBetweenTheMarkers() throws IOException {
        Path module = moduleDir();
        String snippet = snippet(Files.readString(module.resolve(SOURCE), StandardCharsets.UTF_8));
        String doc = Files.readString(module.getParent().resolve(DOC), StandardCharsets.UTF_8);

        assertThat(snippet.lines().count()).as("the snippet's length").isBetween(10L, 20L);
        assertThat(codeBlockAfter(doc, DOC_MARKER)).as("the code block after %s in %s", DOC_MARKER, DOC)
                .isEqualTo(snippet);
    }

    @Test
    void theOpenApiFileDescribesEveryEndpointOfTheServer() throws IOException {
        String openapi = Files.readString(moduleDir().getParent().resolve("docs/openapi.yaml"), StandardCharsets.UTF_8);

        assertThat(openapi).startsWith("openapi: 3.").contains("\n  /reviews:\n    post:",
                "\n  /consolidations:\n    post:", "\n  /rules:\n    get:", "\n  /rules/check:\n    post:",
                "'400':", "'405':", "'413':");
    }

    /** The lines between the markers, without the indentation they share. */
    static String snippet(String source) {
        List<String> lines = source.lines().toList();
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::embed[]")) {
                from = i + 1;
            } else if (lines.get(i).strip().equals("// end::embed[]")) {
                to = i;
            }
        }
        assertThat(from).as("// tag::embed[] in " + SOURCE).isPositive();
        assertThat(to).as("// end::embed[] after the tag").isGreaterThan(from);
        List<String> body = lines.subList(from, to);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> result = new ArrayList<>();
        for (String l : body) {
            result.add(l.isBlank() ? "" : l.substring(indent));
        }
        return String.join("\n", result) + "\n";
    }

    /** The content of the fenced code block that follows the line {@code marker}. */
    static String codeBlockAfter(String doc, String marker) {
        List<String> lines = doc.lines().toList();
        int at = lines.indexOf(marker);
        assertThat(at).as("the line " + marker).isNotNegative();
        assertThat(lines.get(at + 1)).as("a fenced java block right after the marker").isEqualTo("```java");
        StringBuilder sb = new StringBuilder();
        for (int i = at + 2; i < lines.size() && !lines.get(i).equals("```"); i++) {
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** examples/: surefire runs in the module's directory; an IDE may run in the project's. */
    static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p : new Path[] {here, here.resolve("examples")}) {
            if (Files.isRegularFile(p.resolve(SOURCE))) {
                return p;
            }
        }
        throw new AssertionError("cannot find " + SOURCE + " from " + here);
    }

    private static Path scenario(String name) {
        try {
            return Path.of(EmbeddingExampleTest.class.getResource("/io/github/thidua/examples/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
