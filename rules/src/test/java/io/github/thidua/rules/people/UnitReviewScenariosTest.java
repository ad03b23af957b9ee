package io.github.thidua.rules.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.people.IndividualAward;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each example unit review gives the decisions its .expected.json derives from the law, with citations of its period. */
class UnitReviewScenariosTest {
    static final Path DIR = Path.of("../examples/scenarios");
    static final UnitReviewEngine ENGINE = new UnitReviewEngine();

    @TestFactory
    Stream<DynamicTest> everyExampleUnitReviewGivesItsExpectedDecisions() throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.list(DIR)) {
            expected = files.filter(p -> p.getFileName().toString().startsWith("unit-")
                    && p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        return expected.stream().map(e -> DynamicTest.dynamicTest(e.getFileName().toString(), () -> check(e)));
    }

    private static void check(Path file) throws IOException {
        JsonNode exp = new ObjectMapper().readTree(file.toFile());
        UnitReviewResult r = ENGINE.review(UnitReviews.read(DIR.resolve(exp.get("scenario").asText())));
        assertThat(r.regime().code()).isEqualTo(exp.get("regime").asText());
        assertThat(r.decree()).isEqualTo(exp.get("decree").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.get("outcomes").fields(); it.hasNext(); ) {
            var award = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = award.getValue().fields(); o.hasNext(); ) {
                var outcome = o.next();
                List<String> ids = new ArrayList<>();
                outcome.getValue().forEach(n -> ids.add(n.asText()));
                assertThat(r.people(IndividualAward.valueOf(award.getKey()), PersonOutcome.valueOf(outcome.getKey())))
                        .as(award.getKey() + " " + outcome.getKey()).isEqualTo(ids);
            }
        }
        exp.get("initiatives").fields().forEachRemaining(e -> {
            String[] k = e.getKey().split("/");
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(n -> ids.add(n.asText()));
            assertThat(r.decision(k[0], IndividualAward.valueOf(k[1])).initiatives()).as(e.getKey()).isEqualTo(ids);
        });
        JsonNode s = exp.get("statistics");
        assertThat(r.statistics().headcount()).isEqualTo(s.get("headcount").asInt());
        assertThat(r.statistics().completedTasks()).isEqualTo(s.get("completedTasks").asInt());
        assertThat(r.statistics().advancedLabour()).isEqualTo(s.get("advancedLabour").asInt());
        assertThat(r.statistics().emulationFighters()).isEqualTo(s.get("emulationFighters").asInt());
        assertThat(r.statistics().disciplinedWarningOrAbove()).isEqualTo(s.get("disciplinedWarningOrAbove").asInt());
        assertThat(r.statistics().women()).isEqualTo(s.get("women").asInt());
        exp.get("collective").fields().forEachRemaining(e -> assertThat(r.collective().stream()
                .filter(d -> d.award() == AwardType.valueOf(e.getKey())).findFirst().orElseThrow().outcome().name())
                .as(e.getKey()).isEqualTo(e.getValue().asText()));
        exp.get("bonus").fields().forEachRemaining(e -> {
            String[] k = e.getKey().split("/");
            var line = r.bonuses().stream().filter(b -> b.subject().equals(k[0]) && (b.award().equals(nameOf(k[1]))))
                    .findFirst().orElseThrow(() -> new AssertionError("no bonus line " + e.getKey()));
            assertThat(line.amount()).as(e.getKey()).isEqualTo(e.getValue().asLong());
        });
        assertThat(r.bonusTotal()).isEqualTo(exp.get("bonusTotal").asLong());
        List<String> cited = r.decisions().stream().flatMap(d -> d.reasons().stream()).map(x -> x.ruleId()).distinct()
                .toList();
        assertThat(cited).isNotEmpty();
        exp.get("ruleIdsNeverCited").forEach(n -> assertThat(cited).as("rules of another period")
                .noneMatch(id -> id.contains(n.asText())));
        assertThat(r.decisions()).allSatisfy(d -> assertThat(d.reasons()).allSatisfy(x -> {
            assertThat(x.legalBasis()).isNotBlank();
            assertThat(x.vi()).isNotBlank();
            assertThat(x.en()).isNotBlank();
        }));
        citationsOfThePeriod(r);
    }

    /**
     * Every citation of every person decision (reasons and unmet conditions) names a catalogue document that rules of
     * the review's legal period may cite and that is in force on the review date; every reason cites at least one
     * catalogue document. The deciding authority's provision is of the period too.
     */
    static void citationsOfThePeriod(UnitReviewResult r) {
        var catalogue = io.github.thidua.core.law.LegalCatalogue.standard();
        var period = io.github.thidua.core.law.LegalPeriod.of(r.year(), null, r.reviewDate());
        for (var d : r.decisions()) {
            for (var x : d.reasons()) {
                String at = d.person() + " " + d.award() + " " + x.ruleId() + " (" + x.legalBasis() + ")";
                assertThat(x.citations()).as(at + ": cites a catalogue document").isNotEmpty();
                for (var c : x.citations()) {
                    var doc = catalogue.document(c);
                    assertThat(doc.belongsTo(period)).as(at + ": " + c.id() + " belongs to period " + period.code())
                            .isTrue();
                    assertThat(doc.inForceOn(r.reviewDate())).as(at + ": " + c.id() + " in force on "
                            + r.reviewDate()).isTrue();
                }
            }
            var authority = io.github.thidua.rules.pack.LegalBasisCitations.of(d.authority().basis());
            for (var c : authority) {
                assertThat(catalogue.document(c).inForceOn(r.decisionDate())).as(d.person() + " " + d.award()
                        + " authority " + c.id() + " in force on " + r.decisionDate()).isTrue();
            }
        }
    }

    private static String nameOf(String key) {
        try {
            return IndividualAward.valueOf(key).vi();
        } catch (IllegalArgumentException e) {
            return AwardType.valueOf(key).vi();
        }
    }
}
