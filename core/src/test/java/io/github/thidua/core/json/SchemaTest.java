package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.ProvinceReview;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schemas are valid JSON of draft 2020-12 and agree with the reader and the seed files. */
class SchemaTest {
    private final MiniSchemaValidator validator = new MiniSchemaValidator();

    @ParameterizedTest
    @ValueSource(strings = {"bloc-review.schema.json", "province-review.schema.json", "unit-review.schema.json"})
    void schemaFilesAreJsonOfDraft2020_12(String name) throws IOException {
        String text;
        try (InputStream in = SchemaTest.class.getResourceAsStream(MiniSchemaValidator.RESOURCE_DIR + name)) {
            assertThat(in).as(name).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode schema = Json.MAPPER.readTree(text);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        // A relative $id: editors resolve it (and the province schema's $ref to the bloc schema) against the
        // place they loaded the file from; no URL the project does not serve.
        assertThat(schema.path("$id").asText()).isEqualTo(name);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void everyObjectOfTheSchemaListsExactlyTheFieldsTheReaderAccepts() {
        JsonNode bloc = validator.schema("bloc-review.schema.json");
        JsonNode defs = bloc.path("$defs");
        Map<JsonNode, List<String>> expected = Map.ofEntries(
                Map.entry(bloc, Format.BLOC_REVIEW_FIELDS),
                Map.entry(defs.path("bloc"), Format.BLOC_FIELDS),
                Map.entry(defs.path("member"), Format.MEMBER_FIELDS),
                Map.entry(defs.path("term"), Format.TERM_FIELDS),
                Map.entry(defs.path("pact"), Format.PACT_FIELDS),
                Map.entry(defs.at("/pact/properties/targets/items"), Format.TARGET_FIELDS),
                Map.entry(defs.path("scheme"), Format.SCHEME_FIELDS),
                Map.entry(defs.at("/scheme/properties/criteria/items"), Format.CRITERION_FIELDS),
                Map.entry(defs.path("scorecard"), Format.SCORECARD_FIELDS),
                Map.entry(defs.at("/scorecard/properties/scores/items"), Format.SCORE_FIELDS),
                Map.entry(defs.path("rating"), Format.RATING_FIELDS),
                Map.entry(defs.path("facts"), Format.FACTS_FIELDS),
                Map.entry(defs.at("/facts/properties/members"), Format.STATISTICS_FIELDS),
                Map.entry(defs.path("award"), Format.HISTORY_FIELDS),
                Map.entry(defs.at("/award/properties/decision"), Format.DECISION_FIELDS),
                Map.entry(defs.path("vote"), Format.VOTE_FIELDS),
                Map.entry(defs.path("election"), Format.ELECTION_FIELDS),
                Map.entry(defs.at("/member/properties/managingAgency"), Format.AGENCY_FIELDS),
                Map.entry(defs.at("/member/properties/unitReview"), Format.UNIT_REVIEW_REF_FIELDS),
                Map.entry(defs.path("decisions"), Format.DECISIONS_FIELDS),
                Map.entry(defs.at("/decisions/properties/proposals/items"), Format.PROPOSAL_FIELDS),
                Map.entry(defs.path("tally"), Format.TALLY_FIELDS),
                Map.entry(defs.path("exclusion"), Format.EXCLUSION_FIELDS),
                Map.entry(defs.path("attestation"), Format.ATTESTATION_FIELDS),
                Map.entry(validator.schema("province-review.schema.json").at("/$defs/council"), Format.COUNCIL_FIELDS),
                Map.entry(validator.schema("province-review.schema.json").at("/$defs/council/properties/ballots/items"),
                        Format.BALLOT_FIELDS),
                Map.entry(validator.schema("province-review.schema.json"), Format.PROVINCE_REVIEW_FIELDS),
                Map.entry(validator.schema("province-review.schema.json").at("/$defs/blocFile"),
                        Format.BLOC_FILE_FIELDS));
        expected.forEach((schema, fields) -> {
            List<String> names = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).as(schema.path("description").asText(fields.toString())).containsExactlyElementsOf(fields);
            assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        });
    }

    @Test
    void aDocumentNamingItsSchemaMatchesTheSchemaAndReads() {
        ObjectNode doc = TestDocs.valid();
        ObjectNode withSchema = Json.MAPPER.createObjectNode().put("$schema", "bloc-review.schema.json");
        withSchema.setAll(doc);
        assertThat(validator.validate("bloc-review.schema.json", withSchema)).isEmpty();
        assertThat(Scenarios.readBlocReview(withSchema.toString(), "with-schema.json", null))
                .isEqualTo(Scenarios.readBlocReview(doc.toString(), "plain.json", null));
    }

    @Test
    void aSchemaReferenceThatIsNotAStringIsAnError() {
        ObjectNode doc = TestDocs.valid();
        doc.put("$schema", 7);
        assertThatThrownBy(() -> Scenarios.readBlocReview(doc.toString(), "bad.json", null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.errors())
                        .extracting(ScenarioError::format)
                        .containsExactly("bad.json: $['$schema']: '$schema' must be a string, found number 7"
                                + " (hint: change the value to a string)"));
        assertThat(validator.validate("bloc-review.schema.json", doc)).hasSize(1);
    }

    @Test
    void theValidFixtureMatchesTheSchema() {
        assertThat(validator.validate("bloc-review.schema.json", TestDocs.valid())).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        ObjectNode doc = TestDocs.valid();
        doc.put("stage", "YEAREND");
        TestDocs.obj(doc, "/members/0").put("nmae", "x");
        doc.remove("province");
        assertThat(validator.validate("bloc-review.schema.json", doc)).hasSize(3);
    }

    @Test
    void everySeedScenarioParsesAsJsonAndMatchesItsSchema() throws IOException {
        List<Path> files = SeedScenariosTest.scenarioFiles();
        assertThat(files).as("seed scenarios").hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            JsonNode doc = Json.MAPPER.readTree(Files.readString(file));
            String kind = doc.path("kind").asText();
            assertThat(kind).as(file.toString()).isIn(Scenarios.BLOC_REVIEW, Scenarios.PROVINCE_REVIEW, Scenarios.UNIT_REVIEW);
            assertThat(validator.validate(kind + ".schema.json", doc)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void writtenProvinceReviewsMatchTheSchema() {
        ProvinceReview review = Scenarios.readProvinceReview(TestDocs.resource("province/province.json"));
        JsonNode written = TestDocs.readTree(Scenarios.write(review));
        assertThat(validator.validate("province-review.schema.json", written)).isEmpty();
    }
}
