package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Province reviews: inline and referenced blocs, errors naming the right file, and the cross-bloc rules. */
class ProvinceReviewTest {
    private static final Path PROVINCE = TestDocs.resource("province/province.json");
    private static final Path BAD = TestDocs.resource("province/province-bad.json");

    private static List<ScenarioError> errorsOf(Path file) {
        return catchThrowableOfType(ScenarioException.class, () -> Scenarios.readProvinceReview(file)).errors();
    }

    private static ObjectNode inlineBloc(String id, int year, String province, String stage) {
        ObjectNode bloc = TestDocs.valid();
        bloc.put("year", year).put("province", province).put("stage", stage);
        bloc.remove("reviewDate");
        TestDocs.obj(bloc, "/bloc").put("id", id);
        TestDocs.obj(bloc, "/term").put("year", year);
        TestDocs.obj(bloc, "/pact").put("year", year);
        TestDocs.arr(bloc, "/facts").forEach(f -> ((ObjectNode) f).put("year", year));
        TestDocs.arr(bloc, "/ratings").forEach(r -> ((ObjectNode) r).put("year", year - 1));
        TestDocs.obj(bloc, "/ratings/1").put("year", year - 2);
        return bloc;
    }

    private static ObjectNode province(ObjectNode... blocs) {
        ObjectNode doc = TestDocs.MAPPER.createObjectNode();
        doc.put("kind", "province-review").put("province", "Bắc Ninh").put("year", 2022).put("profile", "bac-ninh");
        doc.putArray("blocs").addAll(List.of(blocs));
        return doc;
    }

    @Test
    void readsInlineAndReferencedBlocs() {
        ProvinceReview review = Scenarios.readProvinceReview(PROVINCE);
        assertThat(review.province()).isEqualTo("Bắc Ninh");
        assertThat(review.blocs()).extracting(b -> b.bloc().id().value()).containsExactly("bn-khoi-a", "bn-cum-1");
        assertThat(review.blocs()).extracting(BlocReview::stage).containsOnly(Stage.YEAR_END);
        assertThat(Scenarios.kindOf(PROVINCE)).isEqualTo(Scenarios.PROVINCE_REVIEW);
    }

    @Test
    void roundTripsWithBlocsInline() {
        ProvinceReview review = Scenarios.readProvinceReview(PROVINCE);
        String written = Scenarios.write(review);
        assertThat(written).doesNotContain("\"file\"");
        assertThat(Scenarios.readProvinceReview(written, "rewritten.json", null)).isEqualTo(review);
    }

    @Test
    void errorsInAReferencedFileNameThatFile() {
        List<ScenarioError> errors = errorsOf(BAD);
        String badFile = BAD.resolveSibling("bloc-bad.json").toString();
        String missing = BAD.resolveSibling("missing.json").toString();
        assertThat(errors).extracting(ScenarioError::file, ScenarioError::path).containsExactly(
                tuple(BAD.toString(), "$.blocs[1].file"),
                tuple(BAD.toString(), "$.blocs[1].file"),
                tuple(badFile, "$.facts[0].members.completedTasks"),
                tuple(missing, "$"),
                tuple(BAD.toString(), "$.blocs[2].file"),
                tuple(BAD.toString(), "$.blocs[3].stage"),
                tuple(BAD.toString(), "$.blocs[3].province"));
        assertThat(errors.get(0).message()).isEqualTo("bloc file 'bloc-bad.json' is for year 2021, the province review for 2022");
        assertThat(errors.get(1).message()).isEqualTo("duplicate bloc id 'bn-khoi-a' (first at $.blocs[0].file)");
        assertThat(errors.get(2).message()).isEqualTo("'completedTasks' (41) exceeds the headcount (40)");
        assertThat(errors.get(3).message()).isEqualTo("file not found");
        assertThat(errors.get(4).message()).isEqualTo("bloc file 'missing.json' could not be read");
        assertThat(errors.get(5).message()).isEqualTo("bloc is a MID_YEAR review");
        assertThat(errors.get(6).message()).isEqualTo("bloc belongs to province 'Lạng Sơn', not 'Bắc Ninh'");
    }

    @Test
    void everyBlocMustBeAYearEndReview() {
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province(inlineBloc("k1", 2022, "Bắc Ninh", "MID_YEAR")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[0].stage");
            assertThat(e.message()).isEqualTo("bloc is a MID_YEAR review");
            assertThat(e.hint()).contains("\"stage\": \"YEAR_END\"");
        });
    }

    @Test
    void everyBlocMustHaveTheYearOfTheProvinceReview() {
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province(inlineBloc("k1", 2021, "Bắc Ninh", "YEAR_END")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[0].year");
            assertThat(e.message()).isEqualTo("bloc is for year 2021, the province review for 2022");
        });
    }

    @Test
    void everyBlocMustBelongToTheProvince() {
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province(inlineBloc("k1", 2022, "Bắc Kạn", "YEAR_END")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[0].province");
            assertThat(e.message()).isEqualTo("bloc belongs to province 'Bắc Kạn', not 'Bắc Ninh'");
        });
    }

    @Test
    void blocIdsAreUnique() {
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province(inlineBloc("k1", 2022, "Bắc Ninh", "YEAR_END"),
                inlineBloc("k1", 2022, "Bắc Ninh", "YEAR_END")));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[1].bloc.id");
            assertThat(e.message()).isEqualTo("duplicate bloc id 'k1' (first at $.blocs[0].bloc.id)");
        });
    }

    @Test
    void errorsInsideAnInlineBlocHaveFullPaths() {
        ObjectNode bloc = inlineBloc("k1", 2022, "Bắc Ninh", "YEAR_END");
        TestDocs.obj(bloc, "/votes/0").put("award", "PROVINCIAL_FLAGG");
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province(bloc));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[0].votes[0].award");
            assertThat(e.message()).isEqualTo("unknown award code 'PROVINCIAL_FLAGG'");
        });
    }

    @Test
    void aProvinceReviewNeedsBlocs() {
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province());
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs");
            assertThat(e.message()).isEqualTo("the province review has no blocs");
        });
    }

    @Test
    void fileReferencesAreRefusedWithoutABaseDirectory() {
        ObjectNode doc = province();
        TestDocs.arr(doc, "/blocs").addObject().put("file", "bloc-a.json");
        List<ScenarioError> errors = TestDocs.errorsOfProvince(doc);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.blocs[0].file");
            assertThat(e.message()).contains("no base directory");
        });
    }

    @Test
    void absoluteFileReferencesAreRefused() {
        ObjectNode doc = province();
        TestDocs.arr(doc, "/blocs").addObject().put("file", PROVINCE.resolveSibling("bloc-a.json").toAbsolutePath().toString());
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> Scenarios.readProvinceReview(doc.toString(), "p.json", PROVINCE.getParent()));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("$.blocs[0].file");
            assertThat(err.message()).contains("must be a relative path ending .json");
        });
    }

    @Test
    void aBlocReviewIsNotAProvinceReview() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> Scenarios.readProvinceReview(PROVINCE.resolveSibling("bloc-a.json")));
        assertThat(e.errors()).first().satisfies(err -> {
            assertThat(err.path()).isEqualTo("$.kind");
            assertThat(err.message()).isEqualTo("expected kind 'province-review', found 'bloc-review'");
            assertThat(err.hint()).contains("this is a bloc-review");
        });
    }
}
