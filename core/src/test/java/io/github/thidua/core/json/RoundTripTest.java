package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing: documented field order, exact decimals, NFC text kept byte for byte, and read(write(x)) == x. */
class RoundTripTest {
    private final BlocReview review = Scenarios.readBlocReview(TestDocs.valid().toString(), "valid.json", null);
    private final String written = Scenarios.write(review);
    private final JsonNode tree = TestDocs.readTree(written);

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void readWriteReadGivesAnEqualReview() {
        assertThat(Scenarios.readBlocReview(written, "written.json", null)).isEqualTo(review);
        assertThat(Scenarios.write(Scenarios.readBlocReview(written, "written.json", null))).isEqualTo(written);
    }

    @Test
    void fieldsAreWrittenInTheDocumentedOrder() {
        JsonNode tree = TestDocs.readTree(Scenarios.write(Scenarios.readBlocReview(
                DecisionsFormatTest.withEverything().toString(), "everything.json", null)));
        assertThat(keys(tree.at("/decisions"))).containsExactlyElementsOf(Format.DECISIONS_FIELDS);
        assertThat(keys(tree.at("/decisions/proposals/0"))).containsExactlyElementsOf(
                Format.PROPOSAL_FIELDS.subList(0, 3));
        assertThat(keys(tree.at("/exclusions/0"))).containsExactlyElementsOf(List.of("unit", "kind", "from", "to"));
        assertThat(keys(tree.at("/attestations/0"))).containsExactlyElementsOf(Format.ATTESTATION_FIELDS.subList(0, 4));
        assertThat(keys(tree.at("/history/" + (tree.get("history").size() - 1))))
                .containsExactlyElementsOf(List.of("unit", "award", "achievementYear", "kind", "status", "periodFrom"));
        // "$schema" is read (an editor's pointer) but never written: the writer cannot know where the schema is.
        assertThat(keys(tree)).containsExactlyElementsOf(
                Format.BLOC_REVIEW_FIELDS.subList(1, Format.BLOC_REVIEW_FIELDS.size()));
        assertThat(Format.BLOC_REVIEW_FIELDS.get(0)).isEqualTo(Format.SCHEMA_FIELD);
        assertThat(keys(tree.get("bloc"))).containsExactlyElementsOf(Format.BLOC_FIELDS);
        // members[].unitReview needs a file next to the document: UnitReviewRefFormatTest writes it
        assertThat(keys(tree.at("/members/0"))).containsExactlyElementsOf(Format.MEMBER_FIELDS.subList(0, 4));
        assertThat(keys(tree.get("term"))).containsExactlyElementsOf(Format.TERM_FIELDS);
        assertThat(keys(tree.get("pact"))).containsExactlyElementsOf(Format.PACT_FIELDS);
        assertThat(keys(tree.get("scheme"))).containsExactlyElementsOf(Format.SCHEME_FIELDS);
        assertThat(keys(tree.at("/scheme/criteria/0"))).containsExactlyElementsOf(Format.CRITERION_FIELDS);
        assertThat(keys(tree.at("/scorecards/0/scores/0"))).containsExactlyElementsOf(Format.SCORE_FIELDS);
        assertThat(keys(tree.at("/facts/2"))).containsExactlyElementsOf(Format.FACTS_FIELDS);
        assertThat(keys(tree.at("/facts/2/members"))).containsExactlyElementsOf(Format.STATISTICS_FIELDS);
        assertThat(keys(tree.at("/history/0"))).containsExactlyElementsOf(Format.HISTORY_FIELDS.subList(0, 6));
        assertThat(keys(tree.at("/votes/0"))).containsExactlyElementsOf(Format.VOTE_FIELDS);
        assertThat(keys(tree.get("election"))).containsExactlyElementsOf(Format.ELECTION_FIELDS);
    }

    @Test
    void nullOptionalValuesAreOmittedAndDefaultsWritten() {
        assertThat(tree.at("/facts/0").has("disciplineEndedOn")).isFalse();
        assertThat(tree.at("/facts/1/underInvestigation").booleanValue()).isFalse();
        assertThat(tree.at("/scorecards/0/scores/1").has("assessed")).isFalse();
        assertThat(tree.at("/history/1").has("decision")).isFalse();

        ObjectNode minimal = TestDocs.valid();
        for (String optional : List.of("illustrative", "note", "reviewDate", "term", "pact", "scheme", "scorecards",
                "ratings", "facts", "history", "votes", "election", "dossierReceivedDate")) {
            minimal.remove(optional);
        }
        minimal.put("stage", "PACT");
        String text = Scenarios.write(Scenarios.readBlocReview(minimal.toString(), "minimal.json", null));
        assertThat(keys(TestDocs.readTree(text))).containsExactly("kind", "illustrative", "stage", "year", "province",
                "profile", "bloc", "members", "scorecards", "ratings", "facts", "history", "votes");
        assertThat(text).contains("\"illustrative\": false", "\"scorecards\": []");
    }

    @Test
    void decimalsAreWrittenExactlyAsHeld() {
        assertThat(written).contains("\"self\": 38.50", "\"assessed\": 57.5", "\"self\": 58,", "\"maxBase\": 100,");
        ObjectNode doc = TestDocs.valid();
        TestDocs.obj(doc, "/scorecards/1/scores/0").set("self", TestDocs.readTree("6E+1"));
        TestDocs.obj(doc, "/scorecards/1/scores/1").set("self", TestDocs.readTree("0.000"));
        BlocReview r = Scenarios.readBlocReview(doc.toString(), "exp.json", null);
        assertThat(r.scorecards().get(1).scores().get(0).self()).hasToString("6E+1");
        assertThat(r.scorecards().get(1).scores().get(1).self().scale()).isEqualTo(3);
        String text = Scenarios.write(r);
        assertThat(text).contains("\"self\": 6E+1", "\"self\": 0.000");
        assertThat(Scenarios.readBlocReview(text, "exp.json", null)).isEqualTo(r);
    }

    @Test
    void nfcTextIsWrittenByteForByte() {
        List<String> strings = new ArrayList<>();
        collectStrings(TestDocs.valid(), strings);
        assertThat(strings).contains("Hội Văn học nghệ thuật tỉnh", "123/QĐ-UBND");
        for (String s : strings) {
            assertThat(written).contains("\"" + s + "\"");
        }
    }

    @Test
    void outputIsPrettyPrintedWithTwoSpacesAndAFinalNewline() {
        assertThat(written).startsWith("{\n  \"kind\": \"bloc-review\",\n  \"illustrative\": true,\n")
                .endsWith("\n}\n")
                .contains("  \"members\": [\n    {\n      \"id\": \"hoi-vhnt\",")
                .doesNotContain("\r");
    }

    @Test
    void charactersThatNeedEscapingRoundTrip() {
        ObjectNode doc = TestDocs.valid();
        doc.put("note", "Trích \"báo cáo\" \\ dòng 1\ndòng 2\ttab \u2028 😀");
        BlocReview r = Scenarios.readBlocReview(doc.toString(), "esc.json", null);
        assertThat(Scenarios.readBlocReview(Scenarios.write(r), "esc.json", null)).isEqualTo(r);
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collectStrings(child, out));
    }
}
