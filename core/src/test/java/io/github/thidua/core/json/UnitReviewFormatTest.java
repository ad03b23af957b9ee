package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.UnitReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit review format: the example files read, validate against the schema and round-trip; bad input is named. */
class UnitReviewFormatTest {
    static final Path FILE = Path.of("..", "examples", "scenarios", "unit-bac-ninh-2025-home-affairs.json");
    private final MiniSchemaValidator schema = new MiniSchemaValidator();

    private static ObjectNode example() throws Exception {
        return (ObjectNode) TestDocs.MAPPER.readTree(Files.readString(FILE));
    }

    private static List<ScenarioError> errors(JsonNode doc) {
        try {
            UnitReviews.read(doc.toString(), "u.json", null);
            return List.of();
        } catch (ScenarioException e) {
            return e.errors();
        }
    }

    @Test
    void theExampleReadsValidatesAndRoundTripsExactly() throws Exception {
        UnitReview r = UnitReviews.read(FILE);
        assertThat(r.people()).hasSize(40);
        assertThat(r.ballots()).extracting(b -> b.award()).contains(IndividualAward.PROVINCIAL_FIGHTER);
        assertThat(schema.validate("unit-review.schema.json", example())).isEmpty();
        String written = UnitReviews.write(r);
        assertThat(UnitReviews.read(written, "again.json", null)).isEqualTo(r);
        assertThat(UnitReviews.write(UnitReviews.read(written, "again.json", null))).isEqualTo(written);
        assertThat(schema.validate("unit-review.schema.json", TestDocs.readTree(written))).isEmpty();
        assertThat(Scenarios.kindOf(FILE)).isEqualTo(Scenarios.UNIT_REVIEW);
    }

    @Test
    void theSchemaListsExactlyTheFieldsTheReaderAccepts() {
        JsonNode s = schema.schema("unit-review.schema.json");
        JsonNode d = s.path("$defs");
        Map<JsonNode, List<String>> expected = Map.of(
                s, UnitReviewFormat.UNIT_REVIEW_FIELDS,
                d.path("unit"), UnitReviewFormat.UNIT_FIELDS,
                d.path("facts"), UnitReviewFormat.FACTS_FIELDS,
                d.path("person"), UnitReviewFormat.PERSON_FIELDS,
                d.at("/person/properties/ratings/items"), UnitReviewFormat.RATING_FIELDS,
                d.at("/person/properties/discipline/items"), UnitReviewFormat.DISCIPLINE_FIELDS,
                d.at("/person/properties/initiatives/items"), UnitReviewFormat.INITIATIVE_FIELDS,
                d.at("/person/properties/history/items"), UnitReviewFormat.AWARD_FIELDS,
                d.at("/person/properties/history/items/properties/decision"), UnitReviewFormat.DECISION_FIELDS,
                d.path("ballot"), UnitReviewFormat.BALLOT_FIELDS);
        expected.forEach((node, fields) -> {
            List<String> names = new java.util.ArrayList<>();
            node.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).isEqualTo(fields);
            assertThat(node.path("additionalProperties").asBoolean(true)).isFalse();
        });
    }

    @Test
    void aMisspelledFieldIsNamedWithItsPathAndASuggestion() throws Exception {
        ObjectNode doc = example();
        ObjectNode p = (ObjectNode) doc.at("/people/3");
        p.set("gendre", p.remove("gender"));
        List<ScenarioError> e = errors(doc);
        assertThat(e).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo("u.json");
            assertThat(x.path()).isEqualTo("$.people[3].gendre");
            assertThat(x.hint()).contains("did you mean 'gender'");
        });
        assertThat(e).anySatisfy(x -> assertThat(x.message()).contains("missing required field 'gender'"));
    }

    @Test
    void ballotsMustNameAPersonAndStayWithinTheCouncil() throws Exception {
        ObjectNode doc = example();
        ArrayNode ballots = (ArrayNode) doc.get("ballots");
        ((ObjectNode) ballots.get(0)).put("person", "p1");
        ((ObjectNode) ballots.get(1)).put("for", 10);
        List<ScenarioError> e = errors(doc);
        assertThat(e).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("$.ballots[0].person");
            assertThat(x.hint()).contains("did you mean");
        });
        assertThat(e).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("$.ballots[1].for");
            assertThat(x.message()).contains("council has 9 members");
        });
    }

    @Test
    void anInitiativeSupportsOneAwardOnly() throws Exception {
        ObjectNode doc = example();
        ObjectNode p01 = (ObjectNode) doc.at("/people/0");
        ((ArrayNode) p01.at("/history/0/initiatives")).add("sk-2025-01");
        ((ArrayNode) p01.at("/history/1/initiatives")).add("sk-2025-01");
        ((ArrayNode) p01.at("/history/1/initiatives")).add("sk-2025-9");
        List<ScenarioError> e = errors(doc);
        assertThat(e).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("$.people[0].history[1].initiatives[0]");
            assertThat(x.message()).contains("already supported another award");
        });
        assertThat(e).anySatisfy(x -> assertThat(x.path()).isEqualTo("$.people[0].history[1].initiatives[1]"));
    }

    @Test
    void aBlocReviewIsNotReadAsAUnitReview() {
        assertThatThrownBy(() -> UnitReviews.read("{\"kind\": \"bloc-review\"}", "b.json", null))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("expected kind 'unit-review', found 'bloc-review'");
        assertThat(errors(TestDocs.readTree("{\"kind\": \"unit-reveiw\"}"))).anySatisfy(x ->
                assertThat(x.hint()).contains("did you mean 'unit-review'"));
    }
}
