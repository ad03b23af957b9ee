package io.github.thidua.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The starter's usage in {@code docs/embedding.md} is {@link AwardService}, word for word after its package line:
 * the class compiles with the module and {@code ThiduaServiceTest} runs it in the Spring context.
 */
class AwardServiceDocTest {
    static final String SOURCE = "src/main/java/io/github/thidua/examples/spring/AwardService.java";
    static final String MARKER = "<!-- snippet: examples/spring-service/" + SOURCE + " -->";

    @Test
    void theDocumentShowsTheServiceWithItsImports() throws IOException {
        List<String> source = Files.readAllLines(Path.of(SOURCE), StandardCharsets.UTF_8);
        assertThat(source.get(0)).startsWith("package ");
        assertThat(source.get(1)).isEmpty();
        String expected = String.join("\n", source.subList(2, source.size())) + "\n";
        List<String> doc = Files.readAllLines(Path.of("../../docs/embedding.md"), StandardCharsets.UTF_8);

        int at = doc.indexOf(MARKER);
        assertThat(at).as("the line " + MARKER + " in docs/embedding.md").isNotNegative();
        assertThat(doc.get(at + 1)).as("a fenced java block right after the marker").isEqualTo("```java");
        StringBuilder block = new StringBuilder();
        for (int i = at + 2; i < doc.size() && !doc.get(i).equals("```"); i++) {
            block.append(doc.get(i)).append('\n');
        }
        assertThat(block.toString()).isEqualTo(expected);
    }
}
