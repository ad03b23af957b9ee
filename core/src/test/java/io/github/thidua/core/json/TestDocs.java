package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures: the valid bloc review to mutate, and shortcuts to read documents expecting errors. */
final class TestDocs {
    /** The production mapper: decimals keep their digits (38.50 stays 38.50) when fixtures are edited. */
    static final ObjectMapper MAPPER = Json.MAPPER;

    private TestDocs() {
    }

    /** A fresh, mutable copy of {@code json/valid-bloc-review.json}: a YEAR_END review without any problem. */
    static ObjectNode valid() {
        try (InputStream in = TestDocs.class.getResourceAsStream("/json/valid-bloc-review.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a JSON pointer such as {@code /members/0}. */
    static ObjectNode obj(JsonNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    static ArrayNode arr(JsonNode doc, String pointer) {
        return (ArrayNode) doc.at(pointer);
    }

    /** The errors reading {@code doc} as a bloc review; fails when it reads without error. */
    static List<ScenarioError> errors(JsonNode doc) {
        return errors(doc.toString());
    }

    static List<ScenarioError> errors(String json) {
        ScenarioException[] caught = new ScenarioException[1];
        assertThatThrownBy(() -> Scenarios.readBlocReview(json, "test.json", null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> caught[0] = e);
        return caught[0].errors();
    }

    /** The errors reading {@code doc} as a province review without a base directory. */
    static List<ScenarioError> errorsOfProvince(JsonNode doc) {
        ScenarioException[] caught = new ScenarioException[1];
        assertThatThrownBy(() -> Scenarios.readProvinceReview(doc.toString(), "test.json", null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> caught[0] = e);
        return caught[0].errors();
    }

    /** A test resource as a file path. */
    static Path resource(String name) {
        URL url = TestDocs.class.getResource("/json/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource json/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
