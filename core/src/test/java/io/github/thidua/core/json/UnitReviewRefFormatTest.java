package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.people.UnitReviewRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bloc review's members may reference their own unit review files ({@code members[].unitReview.file}): read
 * relative to the bloc file, checked to fit the bloc (member, year, province, stage, facts), refused without a base
 * directory, and errors inside a unit review file name that file and the reference.
 */
class UnitReviewRefFormatTest {
    static final Path SCENARIOS = Path.of("../examples/scenarios");
    static final String BLOC = "012-bac-ninh-2025-internal-affairs-unit-reviews.json";
    static final List<String> UNITS = List.of("unit-bac-ninh-2025-home-affairs.json",
            "unit-bac-ninh-2025-provincial-office.json", "unit-bac-ninh-2025-inspectorate.json");

    @TempDir
    Path dir;

    @BeforeEach
    void copyExample() throws IOException {
        Files.copy(SCENARIOS.resolve(BLOC), dir.resolve(BLOC));
        for (String u : UNITS) {
            Files.copy(SCENARIOS.resolve(u), dir.resolve(u));
        }
    }

    private ObjectNode bloc() throws IOException {
        return (ObjectNode) TestDocs.readTree(Files.readString(dir.resolve(BLOC)));
    }

    private List<ScenarioError> errorsOf(JsonNode doc) throws IOException {
        Path f = dir.resolve("bloc.json");
        Files.writeString(f, doc.toString());
        try {
            Scenarios.readBlocReview(f);
        } catch (ScenarioException e) {
            return e.errors();
        }
        throw new AssertionError("no error");
    }

    @Test
    void theExampleReadsWithEveryMembersUnitReviewAndNoFacts() {
        BlocReview r = Scenarios.readBlocReview(SCENARIOS.resolve(BLOC));
        assertThat(r.facts()).isEmpty();
        assertThat(r.unitReviews()).extracting(UnitReviewRef::unit).extracting(UnitId::value)
                .containsExactly("so-noi-vu", "van-phong-ubnd", "thanh-tra-tinh");
        UnitReviewRef first = r.unitReviews().get(0);
        assertThat(first.file()).isEqualTo(UNITS.get(0));
        assertThat(first.path()).isEqualTo("$.members[0].unitReview.file");
        assertThat(first.source()).endsWith(BLOC);
        assertThat(first.review().people()).hasSize(40);
        assertThat(r.unitReview(UnitId.of("thanh-tra-tinh")).orElseThrow().review().unit().name())
                .isEqualTo("Thanh tra tỉnh Bắc Ninh");
    }

    @Test
    void theWriterKeepsTheReferenceAndReadsBackEqual() throws IOException {
        BlocReview r = Scenarios.readBlocReview(dir.resolve(BLOC));
        String written = Scenarios.write(r);
        assertThat(TestDocs.readTree(written).at("/members/1/unitReview/file").asText()).isEqualTo(UNITS.get(1));
        Path again = dir.resolve("again.json");
        Files.writeString(again, written);
        BlocReview back = Scenarios.readBlocReview(again);
        assertThat(back.unitReviews()).extracting(UnitReviewRef::review)
                .isEqualTo(r.unitReviews().stream().map(UnitReviewRef::review).toList());
        assertThat(back.withRatingsAndFacts(r.ratings(), r.facts()).bloc()).isEqualTo(r.bloc());
    }

    @Test
    void withoutABaseDirectoryAReferenceIsRefused() throws IOException {
        // text from a stranger (the HTTP example) may not name files to read
        assertThatThrownBy(() -> Scenarios.readBlocReview(bloc().toString(), "request", null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.errors())
                        .anySatisfy(x -> {
                            assertThat(x.file()).isEqualTo("request");
                            assertThat(x.path()).isEqualTo("$.members[0].unitReview.file");
                            assertThat(x.message()).contains("cannot be resolved: no base directory");
                        }));
    }

    @Test
    void badReferencesAreErrorsAtTheReference() throws IOException {
        ObjectNode doc = bloc();
        ArrayNode members = (ArrayNode) doc.get("members");
        ((ObjectNode) members.get(0).get("unitReview")).put("file", "/etc/passwd");
        ((ObjectNode) members.get(1).get("unitReview")).put("file", "missing.json");
        ((ObjectNode) members.get(2).get("unitReview")).put("file", UNITS.get(0));   // another member's review
        List<ScenarioError> errors = errorsOf(doc);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("$.members[0].unitReview.file");
            assertThat(e.message()).contains("must be a relative path ending .json");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.file()).endsWith("missing.json");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("$.members[1].unitReview.file");
            assertThat(e.message()).contains("unit review file 'missing.json' could not be read");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("$.members[2].unitReview.file");
            assertThat(e.message()).contains("is of unit 'so-noi-vu', not of member 'thanh-tra-tinh'");
        });
    }

    @Test
    void aUnitReviewOfAnotherYearProvinceOrStageIsAnError() throws IOException {
        ObjectNode unit = (ObjectNode) TestDocs.readTree(Files.readString(dir.resolve(UNITS.get(2))));
        unit.put("province", "Lào Cai");
        unit.remove("facts");
        Files.writeString(dir.resolve(UNITS.get(2)), unit.toString());
        ObjectNode doc = bloc();
        doc.put("stage", "MID_YEAR");
        List<ScenarioError> errors = errorsOf(doc);
        assertThat(errors).filteredOn(e -> e.path().equals("$.members[2].unitReview.file"))
                .extracting(ScenarioError::message)
                .anySatisfy(m -> assertThat(m).contains("belongs to province 'Lào Cai', not 'Bắc Ninh'"))
                .anySatisfy(m -> assertThat(m).contains("is referenced from a MID_YEAR review"))
                .anySatisfy(m -> assertThat(m).contains("has no \"facts\" and the bloc review none for"
                        + " 'thanh-tra-tinh'"));
    }

    @Test
    void anErrorInsideAUnitReviewNamesThatFileAndTheReference() throws IOException {
        ObjectNode unit = (ObjectNode) TestDocs.readTree(Files.readString(dir.resolve(UNITS.get(1))));
        ((ObjectNode) unit.get("people").get(0)).put("gender", "FEMLAE");
        Files.writeString(dir.resolve(UNITS.get(1)), unit.toString());
        List<ScenarioError> errors = errorsOf(bloc());
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.file()).endsWith(UNITS.get(1));
            assertThat(e.path()).isEqualTo("$.people[0].gender");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.file()).endsWith("bloc.json");
            assertThat(e.path()).isEqualTo("$.members[1].unitReview.file");
        });
    }

    @Test
    void aMemberWithoutAUnitReviewStillNeedsItsFacts() throws IOException {
        ObjectNode doc = bloc();
        ((ObjectNode) doc.get("members").get(2)).remove("unitReview");
        assertThat(errorsOf(doc)).anySatisfy(e -> assertThat(e.message())
                .contains("no facts for member 'thanh-tra-tinh' for 2025"));
    }

    @Test
    void aBlocFileOfAProvinceReviewResolvesItsUnitReviewsRelativeToItself() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("blocs"));
        Files.move(dir.resolve(BLOC), sub.resolve(BLOC));
        for (String u : UNITS) {
            Files.move(dir.resolve(u), sub.resolve(u));
        }
        Path province = dir.resolve("province.json");
        Files.writeString(province, "{\"kind\": \"province-review\", \"province\": \"Bắc Ninh\", \"year\": 2025,"
                + " \"profile\": \"bac-ninh-2025\", \"blocs\": [{\"file\": \"blocs/" + BLOC + "\"}]}");
        ProvinceReview p = Scenarios.readProvinceReview(province);
        assertThat(p.blocs().get(0).unitReviews()).hasSize(3);
        assertThat(p.blocs().get(0).unitReviews().get(0).source()).endsWith("blocs/" + BLOC);
    }
}
