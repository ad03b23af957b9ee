package io.github.thidua.rules.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example bloc review whose members reference their unit reviews ({@code members[].unitReview}) gets every
 * member's statistics from the people, reproduces the collective titles the same bloc gives with those statistics
 * typed, and a typed value that disagrees with a unit review is an error naming both files and both values.
 */
class BlocFromUnitReviewsTest {
    static final Path DIR = Path.of("../examples/scenarios");
    static final String BLOC = "012-bac-ninh-2025-internal-affairs-unit-reviews.json";
    static final Engine ENGINE = UnitReviewLinkTest.ENGINE;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Profile profile() {
        return Profiles.bundled("bac-ninh-2025");
    }

    @Test
    void everyMembersStatisticsComeFromItsUnitReview() throws IOException {
        BlocReview read = Scenarios.readBlocReview(DIR.resolve(BLOC));
        assertThat(read.facts()).as("no statistics are typed").isEmpty();
        BlocReview linked = UnitReviewLink.link(read, new UnitReviewEngine(ENGINE), profile());
        JsonNode expected = MAPPER.readTree(DIR.resolve(BLOC.replace(".json", ".expected.json")).toFile());
        expected.get("statistics").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            assertThat(linked.facts(UnitId.of(e.getKey()), 2025).orElseThrow().members()).as(e.getKey())
                    .isEqualTo(new MemberStatistics(s.get("headcount").asInt(), s.get("completedTasks").asInt(),
                            s.get("advancedLabour").asInt(), s.get("emulationFighters").asInt(),
                            s.get("disciplinedWarningOrAbove").asInt(), s.get("women").asInt()));
        });
        // each member's statistics are those its own unit review derives
        for (var ref : read.unitReviews()) {
            assertThat(linked.facts(ref.unit(), 2025).orElseThrow().members())
                    .isEqualTo(new UnitReviewEngine(ENGINE).review(ref.review(), profile()).statistics());
            assertThat(linked.rating(ref.unit(), 2025)).contains(ref.review().unitRating());
        }
        ReviewResult result = ENGINE.review(read, profile());
        expected.get("notEligible").fields().forEachRemaining(e -> e.getValue().forEach(u -> assertThat(
                result.decision(UnitId.of(u.asText()), AwardType.parse(e.getKey())).orElseThrow().outcome())
                .as(u + " " + e.getKey()).isEqualTo(Outcome.NOT_ELIGIBLE)));
    }

    @Test
    void theBlocReproducesTheCollectiveTitlesItGivesWithTheStatisticsTyped() {
        BlocReview read = Scenarios.readBlocReview(DIR.resolve(BLOC));
        BlocReview linked = UnitReviewLink.link(read, new UnitReviewEngine(ENGINE), profile());
        // the same bloc with the derived statistics typed in and no unit review references
        BlocReview typed = new BlocReview(linked.stage(), linked.year(), linked.reviewDate(), linked.bloc(),
                linked.term(), linked.pact(), linked.scheme(), linked.scorecards(), linked.ratings(), linked.facts(),
                linked.history(), linked.votes(), linked.election(), linked.profile(), linked.illustrative(),
                linked.note(), linked.dossierReceivedDate(), linked.decisions(), linked.exclusions(),
                linked.attestations());
        assertThat(typed.unitReviews()).isEmpty();
        List<Decision> fromUnitReviews = ENGINE.review(read, profile()).decisions();
        List<Decision> fromTyped = ENGINE.review(typed, profile()).decisions();
        assertThat(fromUnitReviews).isEqualTo(fromTyped);
        assertThat(fromUnitReviews).anySatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.RECOMMENDED));
        // and each member's own collective titles in its unit review meet or miss the same standards
        for (var ref : read.unitReviews()) {
            UnitReviewResult own = new UnitReviewEngine(ENGINE).review(ref.review(), profile());
            for (Decision d : own.collective()) {
                Decision inBloc = fromUnitReviews.stream().filter(x -> x.unit().equals(ref.unit())
                        && x.award() == d.award()).findFirst().orElseThrow();
                assertThat(inBloc.outcome() == Outcome.NOT_ELIGIBLE).as(ref.unit() + " " + d.award())
                        .isEqualTo(d.outcome() == Outcome.NOT_ELIGIBLE);
            }
        }
    }

    @Test
    void theUnitReviewsAttestedConditionsBecomeTheBlocsAttestations() throws IOException {
        for (String f : List.of("unit-bac-ninh-2025-home-affairs.json", "unit-bac-ninh-2025-provincial-office.json",
                "unit-bac-ninh-2025-inspectorate.json")) {
            Files.copy(DIR.resolve(f), dir.resolve(f));
        }
        // the office attests its movements in its unit review
        ObjectNode office = (ObjectNode) MAPPER.readTree(dir.resolve("unit-bac-ninh-2025-provincial-office.json")
                .toFile());
        ((ObjectNode) office.get("facts")).putArray("attested").add("ACTIVE_IN_MOVEMENTS");
        Files.writeString(dir.resolve("unit-bac-ninh-2025-provincial-office.json"), office.toString());
        Files.copy(DIR.resolve(BLOC), dir.resolve(BLOC));
        BlocReview read = Scenarios.readBlocReview(dir.resolve(BLOC));
        BlocReview linked = UnitReviewLink.link(read, new UnitReviewEngine(ENGINE), profile());
        assertThat(linked.attestation(UnitId.of("van-phong-ubnd"), 2025,
                io.github.thidua.core.AttestedCondition.ACTIVE_IN_MOVEMENTS)).hasValueSatisfying(a -> {
                    assertThat(a.met()).isTrue();
                    assertThat(a.evidence()).contains("unit-bac-ninh-2025-provincial-office.json");
                });
        assertThat(linked.attestation(UnitId.of("so-noi-vu"), 2025,
                io.github.thidua.core.AttestedCondition.ACTIVE_IN_MOVEMENTS)).isEmpty();
        // the bloc review stating the contrary is an error naming both
        ObjectNode doc = (ObjectNode) MAPPER.readTree(dir.resolve(BLOC).toFile());
        doc.putArray("attestations").addObject().put("unit", "van-phong-ubnd").put("year", 2025)
                .put("condition", "ACTIVE_IN_MOVEMENTS").put("met", false);
        Path file = dir.resolve("bloc.json");
        Files.writeString(file, doc.toString());
        assertThatThrownBy(() -> ENGINE.review(Scenarios.readBlocReview(file), profile()))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(x -> {
                            assertThat(x.path()).isEqualTo("$.attestations[0].met");
                            assertThat(x.message()).contains("unit-bac-ninh-2025-provincial-office.json");
                        }));
    }

    @Test
    void typedStatisticsOrRatingsThatDisagreeAreAnErrorNamingBothFiles() throws IOException {
        for (String f : List.of("unit-bac-ninh-2025-home-affairs.json", "unit-bac-ninh-2025-provincial-office.json",
                "unit-bac-ninh-2025-inspectorate.json")) {
            Files.copy(DIR.resolve(f), dir.resolve(f));
        }
        ObjectNode doc = (ObjectNode) MAPPER.readTree(DIR.resolve(BLOC).toFile());
        ArrayNode facts = doc.putArray("facts");
        ObjectNode typed = facts.addObject();
        typed.put("unit", "thanh-tra-tinh").put("year", 2025).put("targetsExceeded", true)
                .put("partyCleanStrong", true).put("solidarity", true);
        // typed by hand: nobody disciplined, one Chiến sĩ thi đua cơ sở (the people say 1 and 0)
        typed.putObject("members").put("headcount", 10).put("completedTasks", 10).put("advancedLabour", 9)
                .put("emulationFighters", 1).put("disciplinedWarningOrAbove", 0).put("women", 4);
        ((ArrayNode) doc.get("ratings")).addObject().put("unit", "so-noi-vu").put("year", 2025).put("rating", "GOOD");
        Path file = dir.resolve("bloc.json");
        Files.writeString(file, doc.toString());
        BlocReview read = Scenarios.readBlocReview(file);
        assertThatThrownBy(() -> ENGINE.review(read, profile()))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.errors()).hasSize(2);
                    ScenarioError stats = e.errors().stream().filter(x -> x.path().equals("$.facts[0].members"))
                            .findFirst().orElseThrow();
                    assertThat(stats.file()).isEqualTo(file.toString());
                    assertThat(stats.message()).contains("'thanh-tra-tinh'", "unit-bac-ninh-2025-inspectorate.json",
                            "Chiến sĩ thi đua cơ sở typed 1, derived 0",
                            "disciplined at warning or above typed 0, derived 1").doesNotContain("headcount");
                    assertThat(stats.hint()).contains("remove this facts entry");
                    ScenarioError rating = e.errors().stream().filter(x -> x.path().equals("$.ratings[3].rating"))
                            .findFirst().orElseThrow();
                    assertThat(rating.message()).contains("'so-noi-vu' is rated GOOD for 2025 here, but EXCELLENT in"
                            + " unit review 'unit-bac-ninh-2025-home-affairs.json'");
                });
        // typed statistics that agree are kept (and the review proceeds)
        typed.putObject("members").put("headcount", 10).put("completedTasks", 10).put("advancedLabour", 9)
                .put("emulationFighters", 0).put("disciplinedWarningOrAbove", 1).put("women", 4);
        ((ArrayNode) doc.get("ratings")).remove(3);
        Files.writeString(file, doc.toString());
        ReviewResult ok = ENGINE.review(Scenarios.readBlocReview(file), profile());
        assertThat(ok.decision(UnitId.of("thanh-tra-tinh"), AwardType.ADVANCED_LABOUR_COLLECTIVE).orElseThrow()
                .outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(UnitReviewLink.link(Scenarios.readBlocReview(file), new UnitReviewEngine(ENGINE), profile())
                .facts(UnitId.of("thanh-tra-tinh"), 2025)).map(UnitYearFacts::targetsExceeded).contains(true);
    }
}
