package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile input: every case ends in a ScenarioException with a useful location, never a crash. */
class JsonSafetyTest {
    @TempDir
    Path dir;

    private static ScenarioError single(List<ScenarioError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        Path file = TestDocs.resource("malformed.json");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenarios.readBlocReview(file));
        ScenarioError err = single(e.errors());
        assertThat(err.file()).isEqualTo(file.toString());
        assertThat(err.path()).isEqualTo("$.stage");
        assertThat(err.message()).startsWith("malformed JSON at line 4, column 3: Unexpected character ('\"'");
        assertThat(err.hint()).contains("missing or extra comma");
    }

    @Test
    void duplicateKeysAreRejected() {
        String json = "{\"kind\": \"bloc-review\", \"members\": [{\"id\": \"a\", \"id\": \"b\"}]}";
        ScenarioError err = single(TestDocs.errors(json));
        assertThat(err.path()).isEqualTo("$.members[0].id");
        assertThat(err.message()).startsWith("malformed JSON at line 1, column").contains("Duplicate field 'id'");
        assertThat(err.hint()).contains("only once");
    }

    @Test
    void trailingContentIsRejected() {
        String json = TestDocs.valid() + "\n{}";
        ScenarioError err = single(TestDocs.errors(json));
        assertThat(err.path()).isEqualTo("$");
        assertThat(err.message()).startsWith("unexpected content after the end of the JSON document at line 2");
    }

    @Test
    void nestingDeeperThan64IsRejected() {
        String json = "{\"note\": " + "[".repeat(70) + "]".repeat(70) + "}";
        ScenarioError err = single(TestDocs.errors(json));
        assertThat(err.message()).startsWith("document exceeds a safety limit").contains("nesting depth");
        assertThat(err.hint()).contains("nesting depth 64");
    }

    @Test
    void overlongNumbersAreRejected() {
        String json = "{\"year\": " + "9".repeat(200) + "}";
        ScenarioError err = single(TestDocs.errors(json));
        assertThat(err.message()).startsWith("document exceeds a safety limit").contains("Number value length");
    }

    @Test
    void extremeExponentsAreRejectedWithoutExpandingThem() {
        ObjectNode doc = TestDocs.valid();
        TestDocs.obj(doc, "/scheme").put("maxBase", new BigDecimal("1E+999999999"));
        ScenarioError err = single(TestDocs.errors(doc));
        assertThat(err.path()).isEqualTo("$.scheme.maxBase");
        assertThat(err.message()).contains("too many digits or too large an exponent");
    }

    @Test
    void filesOver20MbAreRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Json.MAX_FILE_BYTES + 1);
        }
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenarios.readBlocReview(big));
        ScenarioError err = single(e.errors());
        assertThat(err.path()).isEqualTo("$");
        assertThat(err.message()).isEqualTo("file is 20971521 bytes, more than the limit of 20971520 bytes (20 MB)");
    }

    @Test
    void missingFile() {
        Path none = dir.resolve("none.json");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenarios.readBlocReview(none));
        assertThat(single(e.errors()).format()).isEqualTo(none + ": $: file not found (hint: check the path and the working directory)");
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"note\": \"Cà phê\"}".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> Scenarios.readBlocReview(file));
        assertThat(single(e.errors()).message()).isEqualTo("file is not valid UTF-8");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + TestDocs.valid(), StandardCharsets.UTF_8);
        assertThat(Scenarios.readBlocReview(file).bloc().size()).isEqualTo(3);
    }

    @Test
    void emptyDocument() {
        assertThat(single(TestDocs.errors("  ")).message()).isEqualTo("the document is empty");
    }

    @Test
    void typeInformationInTheDocumentIsJustAnUnknownField() {
        ObjectNode doc = TestDocs.valid();
        doc.put("@class", "java.lang.ProcessBuilder");
        ScenarioError err = single(TestDocs.errors(doc));
        assertThat(err.path()).isEqualTo("$['@class']");
        assertThat(err.message()).isEqualTo("unknown field '@class' in bloc review");
    }

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = Normalizer.normalize("Hội Văn học nghệ thuật tỉnh", Normalizer.Form.NFD);
        ObjectNode doc = TestDocs.valid();
        TestDocs.obj(doc, "/members/0").put("name", decomposed);
        BlocReview review = Scenarios.readBlocReview(doc.toString(), "test.json", null);
        assertThat(review.bloc().members().get(0).name()).isEqualTo("Hội Văn học nghệ thuật tỉnh")
                .isNotEqualTo(decomposed);
    }

    @Test
    void kindOfTellsTheKinds() {
        assertThat(Scenarios.kindOf(TestDocs.resource("valid-bloc-review.json"))).isEqualTo(Scenarios.BLOC_REVIEW);
        assertThat(Scenarios.kindOf(TestDocs.resource("province/province.json"))).isEqualTo(Scenarios.PROVINCE_REVIEW);
        assertThat(Scenarios.kindOf("{\"kind\": \"bloc-review\", \"whatever\": 1}", "x.json"))
                .isEqualTo(Scenarios.BLOC_REVIEW);
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> Scenarios.kindOf("{\"kind\": \"bloc-reviews\"}", "x.json"));
        ScenarioError err = single(e.errors());
        assertThat(err.path()).isEqualTo("$.kind");
        assertThat(err.message()).isEqualTo("not a scenario: kind string \"bloc-reviews\"");
        assertThat(err.hint()).startsWith("did you mean 'bloc-review'?");
        assertThat(single(catchThrowableOfType(ScenarioException.class, () -> Scenarios.kindOf("[]", "x.json"))
                .errors()).message()).isEqualTo("not a scenario: no \"kind\"");
    }
}
