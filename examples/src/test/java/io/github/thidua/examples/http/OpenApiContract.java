package io.github.thidua.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates live responses against {@code docs/openapi.yaml} with the networknt JSON Schema validator, in the
 * OpenAPI 3.0 dialect: the response schema of an operation and status, by its JSON pointer in the document.
 */
final class OpenApiContract {
    static final Path SPEC = Path.of("../docs/openapi.yaml").toAbsolutePath().normalize();
    /** The identifier the document is registered under (so the validator reads it from memory, never a URL). */
    private static final String ID = "https://thidua.invalid/docs/openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode spec;
    private static SchemaRegistry registry;

    private OpenApiContract() {
    }

    private static synchronized void load() throws Exception {
        if (spec == null) {
            spec = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(SPEC.toFile());
            String json = MAPPER.writeValueAsString(spec);
            registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(), b -> b.schemas(java.util.Map.of(ID, json)));
        }
    }

    /** Asserts that {@code body} is valid for {@code method path} answering {@code status} (JSON bodies). */
    static void assertValid(String method, String path, int status, String body) throws Exception {
        assertThat(Files.isRegularFile(SPEC)).as(SPEC.toString()).isTrue();
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase()
                + "/responses/" + status;
        load();
        JsonNode response = spec.at(pointer);
        assertThat(response.isMissingNode()).as("docs/openapi.yaml documents %s %s -> %d", method, path, status)
                .isFalse();
        String schemaPointer;
        if (response.has("$ref")) {    // '#/components/responses/X'
            schemaPointer = response.get("$ref").asText().substring(1) + "/content/application~1json/schema";
        } else {
            schemaPointer = pointer + "/content/application~1json/schema";
        }
        assertThat(spec.at(schemaPointer).isMissingNode()).as("a JSON schema at %s", schemaPointer).isFalse();
        Schema schema = registry.getSchema(SchemaLocation.of(ID + "#" + schemaPointer));
        List<Error> errors = schema.validate(MAPPER.readTree(body));
        assertThat(errors).as("%s %s -> %d against docs/openapi.yaml#%s", method, path, status, schemaPointer)
                .isEmpty();
    }
}
