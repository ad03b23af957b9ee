package io.github.thidua.testkit.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit example of docs/testkit.md is this package's {@link ProvincePackConsistencyTest}, compiled and run by the
 * build: the document's code block must equal the class (without its package line).
 */
class DocsExampleTest {
    @Test
    void theDocumentedSuiteIsTheCompiledOne() throws IOException {
        String doc = Files.readString(Path.of("../docs/testkit.md"));
        String marker = "<!-- compiled: testkit/src/test/java/io/github/thidua/testkit/docs/ProvincePackConsistencyTest.java -->";
        int at = doc.indexOf(marker);
        assertThat(at).as("docs/testkit.md has the marker").isNotNegative();
        int start = doc.indexOf("```java\n", at) + "```java\n".length();
        String block = doc.substring(start, doc.indexOf("```", start));
        String source = Files.readString(Path.of(
                "src/test/java/io/github/thidua/testkit/docs/ProvincePackConsistencyTest.java"));
        assertThat(block).isEqualTo(source.substring(source.indexOf('\n') + 1).stripLeading());
    }
}
