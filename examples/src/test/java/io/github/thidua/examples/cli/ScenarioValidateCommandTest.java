package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thidua scenario validate} and {@code thidua scenario schema}, and {@code "$schema"} in scenario files: the
 * same strict errors as {@code review} without reviewing, the bundled schemas with relative {@code $id}s.
 */
class ScenarioValidateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BLOC = ReviewCommand.DEFAULT_SCENARIO;
    private static final String PROVINCE = "province-bac-ninh-2022.json";
    private static final String UNIT = "unit-bac-ninh-2025-home-affairs.json";

    @TempDir
    Path dir;

    @Test
    void everyBundledScenarioIsValidWithOneLineEach() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(scenario(BLOC).getParent())) {
            list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().forEach(p -> files.add(p.toString()));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        List<String> args = new ArrayList<>(List.of("scenario", "validate", "--lang", "en"));
        args.addAll(files);

        Run run = run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(files.size()).allSatisfy(l -> assertThat(l).contains(": valid — "));
        assertThat(run.out()).contains(scenario(BLOC) + ": valid — bloc review of Khối thi đua các tổ chức xã hội,"
                + " tổ chức xã hội - nghề nghiệp for 2022, YEAR_END (24 members)",
                scenario(PROVINCE) + ": valid — province review of Bắc Ninh for 2022 (2 blocs, 33 units)",
                scenario(UNIT) + ": valid — unit review of Sở Nội vụ tỉnh Bắc Ninh for 2025 (40 people)");
    }

    @Test
    void anInvalidFileGetsTheSameLinesAsReviewAndExitTwo() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Cli.bundledScenario());
        doc.put("stage", "YEAREND");
        ((ObjectNode) doc.at("/members/0")).put("nmae", "x");
        Path file = write("bad.json", doc);

        Run validate = run("scenario", "validate", file.toString());
        Run review = run("review", file.toString());

        assertBadInput(validate);
        assertThat(validate.err()).isEqualTo(review.err());
        assertThat(validate.err().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith(file + ": $."))
                .anySatisfy(l -> assertThat(l).contains("$.stage", "hint: did you mean 'YEAR_END'?"))
                .anySatisfy(l -> assertThat(l).contains("$.members[0].nmae", "did you mean 'name'?"));
    }

    @Test
    void validAndInvalidFilesTogether() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path notAScenario = Files.writeString(dir.resolve("other.json"), "{\"kind\": \"bloc-reveiw\"}");

        Run run = run("scenario", "validate", scenario(BLOC).toString(), missing.toString(), notAScenario.toString());

        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out().lines()).singleElement().asString().startsWith(scenario(BLOC) + ": hợp lệ — ");
        assertThat(run.err().lines()).containsExactly(
                missing + ": $: file not found / không tìm thấy tệp (hint: check the path)",
                notAScenario + ": $.kind: not a scenario: kind string \"bloc-reveiw\" (hint: did you mean"
                        + " 'bloc-review'? a scenario starts with \"kind\": \"bloc-review\", \"province-review\" or"
                        + " \"unit-review\")");
    }

    @Test
    void anUnknownProfileIsReportedAsByReview() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Cli.bundledScenario());
        doc.put("profile", "atlantis");
        Path file = write("atlantis.json", doc);

        Run validate = run("scenario", "validate", file.toString());

        assertBadInput(validate);
        assertThat(validate.err()).isEqualTo(run("review", file.toString()).err()).contains(file + ": $.profile");
    }

    @Test
    void scenariosOfEveryKindMayNameTheirSchema() throws IOException {
        for (String name : List.of(BLOC, UNIT)) {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readString(scenario(name)));
            String kind = doc.path("kind").asText();
            ObjectNode withSchema = MAPPER.createObjectNode().put("$schema", kind + ".schema.json");
            withSchema.setAll(doc);
            Path file = write("with-schema-" + name, withSchema);

            Run run = run("scenario", "validate", file.toString());

            assertThat(run.code()).as(run.toString()).isZero();
        }
        // the province names its bloc files relative to itself: copy them next to it
        for (String name : List.of("000-bac-ninh-2022-social-organisations.json", "002-party-agencies-2022.json")) {
            Files.copy(scenario(name), dir.resolve(name));
        }
        ObjectNode province = (ObjectNode) MAPPER.readTree(Files.readString(scenario(PROVINCE)));
        ObjectNode withSchema = MAPPER.createObjectNode().put("$schema", "province-review.schema.json");
        withSchema.setAll(province);
        Path file = write(PROVINCE, withSchema);
        assertThat(run("scenario", "validate", file.toString()).code()).isZero();
    }

    @Test
    void aBlocNamingItsSchemaReviewsToTheSameResult() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Cli.bundledScenario());
        ObjectNode withSchema = MAPPER.createObjectNode().put("$schema", "bloc-review.schema.json");
        withSchema.setAll(doc);
        Path file = write("with-schema.json", withSchema);

        Run review = run("review", file.toString(), "--format", "json");

        assertThat(review.code()).as(review.toString()).isZero();
        assertThat(review.out()).isEqualTo(run("review", "--format", "json").out());
    }

    @Test
    void aSchemaReferenceMustBeAString() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Cli.bundledScenario());
        doc.put("$schema", 2020);
        Path file = write("bad-schema.json", doc);

        Run run = run("scenario", "validate", file.toString());

        assertBadInput(run);
        assertThat(run.err().lines()).containsExactly(file + ": $['$schema']: '$schema' must be a string, found"
                + " number 2020 (hint: change the value to a string)");
    }

    @Test
    void schemaWritesTheBundledSchemaWithARelativeId() throws IOException {
        Path out = dir.resolve("bloc-review.schema.json");

        Run run = run("scenario", "schema", "bloc-review", "--out", out.toString());
        Run province = run("scenario", "schema", "province-review");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode schema = MAPPER.readTree(Files.readString(out));
        assertThat(schema.path("$id").asText()).isEqualTo("bloc-review.schema.json");
        assertThat(schema.at("/properties/$schema/type").asText()).isEqualTo("string");
        JsonNode p = MAPPER.readTree(province.out());
        assertThat(p.path("$id").asText()).isEqualTo("province-review.schema.json");
        assertThat(province.out()).contains("\"$ref\": \"bloc-review.schema.json\"");
    }

    private Path write(String name, JsonNode doc) throws IOException {
        return Files.writeString(dir.resolve(name), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }
}
