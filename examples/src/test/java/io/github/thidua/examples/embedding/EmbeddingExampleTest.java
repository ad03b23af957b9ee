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
 * The Java snippets of {@code docs/embedding.md} cannot drift: each is the imports (between the
 * {@code tag::imports[]} markers, which must hold every import of the class) and the code between the other tag's
 * markers of a class this test runs ({@link EmbeddingExample}, {@link ServeExample}), and the test checks that the
 * document shows exactly that code.
 */
class EmbeddingExampleTest {
    static final String SOURCE = "src/main/java/io/github/thidua/examples/embedding/EmbeddingExample.java";
    static final String SERVE_SOURCE = "src/main/java/io/github/thidua/examples/embedding/ServeExample.java";
    static final String DOC = "docs/embedding.md";
    /** The line before the snippet's code block in the document. */
    static final String DOC_MARKER = "<!-- snippet: examples/" + SOURCE + " tag::imports tag::embed -->";
    static final String SERVE_MARKER = "<!-- snippet: examples/" + SERVE_SOURCE + " tag::imports tag::serve -->";

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
        assertThat(lines.get(0)).startsWith("hoi-chu-thap-do: Government Emulation Flag [DECIDE_HIGHEST_AWARD] Thông tư 12/2019/TT-BNV");
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
    void theDocumentShowsExactlyTheImportsAndTheCodeBetweenTheMarkers() throws IOException {
        Path module = moduleDir();
        String source = Files.readString(module.resolve(SOURCE), StandardCharsets.UTF_8);
        String doc = Files.readString(module.getParent().resolve(DOC), StandardCharsets.UTF_8);

        assertThat(snippet(source, "embed").lines().count()).as("the snippet's length").isBetween(10L, 20L);
        assertThat(codeBlockAfter(doc, DOC_MARKER)).as("the code block after %s in %s", DOC_MARKER, DOC)
                .isEqualTo(withImports(source, "embed"));
    }

    @Test
    void theServerSnippetIsShownWithItsImportsAndServes() throws Exception {
        Path module = moduleDir();
        String source = Files.readString(module.resolve(SERVE_SOURCE), StandardCharsets.UTF_8);
        String doc = Files.readString(module.getParent().resolve(DOC), StandardCharsets.UTF_8);
        assertThat(codeBlockAfter(doc, SERVE_MARKER)).as("the code block after %s in %s", SERVE_MARKER, DOC)
                .isEqualTo(withImports(source, "serve"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread serving = new Thread(() -> {
            try {
                ServeExample.serve(print(out));
            } catch (InterruptedException e) {
                // the way the test stops it
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "serve-example");
        serving.start();
        String line = "";
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline && line.isEmpty()
                && failure.get() == null; ) {
            Thread.sleep(50);
            line = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
        assertThat(failure.get()).isNull();
        assertThat(line).as("the first line printed").startsWith("listening on /127.0.0.1:");
        int port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> health = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");

        serving.interrupt();
        serving.join(30_000);
        assertThat(serving.isAlive()).as("the snippet returns when its thread is interrupted").isFalse();
        assertThat(failure.get()).isNull();
    }

    /** The imports region, a blank line, then the region {@code tag}: what the document shows. */
    static String withImports(String source, String tag) {
        String imports = snippet(source, "imports");
        List<String> all = source.lines().filter(l -> l.startsWith("import ")).toList();
        assertThat(imports.lines().toList()).as("every import of the class is between the imports markers")
                .containsExactlyElementsOf(all);
        return imports + "\n" + snippet(source, tag);
    }

    @Test
    void theOpenApiFileDescribesEveryEndpointOfTheServer() throws IOException {
        String openapi = Files.readString(moduleDir().getParent().resolve("docs/openapi.yaml"), StandardCharsets.UTF_8);

        assertThat(openapi).startsWith("openapi: 3.").contains("\n  /reviews:\n    post:",
                "\n  /consolidations:\n    post:", "\n  /rules:\n    get:", "\n  /rules/check:\n    post:",
                "'400':", "'405':", "'413':");
    }

    /** The lines between the markers of {@code tag}, without the indentation they share. */
    static String snippet(String source, String tag) {
        List<String> lines = source.lines().toList();
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::" + tag + "[]")) {
                from = i + 1;
            } else if (lines.get(i).strip().equals("// end::" + tag + "[]")) {
                to = i;
            }
        }
        assertThat(from).as("// tag::" + tag + "[] in the source").isPositive();
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
