package io.github.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
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

/** The five seed conferences and the province review reproduce the outcomes their reports state. */
class SeedScenariosTest {
    static final Path DIR = Path.of("../examples/scenarios");

    @TestFactory
    Stream<DynamicTest> everySeedProducesItsExpectedOutcomes() throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.list(DIR)) {
            // unit reviews (unit-*.expected.json) have their own test: people.UnitReviewScenariosTest
            expected = files.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> !p.getFileName().toString().startsWith("unit-")).sorted().toList();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        return expected.stream().map(e -> DynamicTest.dynamicTest(e.getFileName().toString(), () -> check(e)));
    }

    private static void check(Path expectedFile) throws IOException {
        JsonNode exp = new ObjectMapper().readTree(expectedFile.toFile());
        Path scenario = DIR.resolve(exp.get("scenario").asText());
        Engine engine = TestEngine.get();
        List<ReviewResult> results = new ArrayList<>();
        if (Scenarios.kindOf(scenario).equals(Scenarios.PROVINCE_REVIEW)) {
            var province = Scenarios.readProvinceReview(scenario);
            ConsolidationResult c = engine.consolidate(province, Profiles.resolve(province.profile(), DIR));
            results.addAll(c.blocs());
        } else {
            var review = Scenarios.readBlocReview(scenario);
            ReviewResult r = engine.review(review, Profiles.resolve(review.profile(), DIR));
            results.add(r);
            assertThat(r.stage().name()).isEqualTo(exp.get("stage").asText());
            if (exp.has("rankingSize")) {
                assertThat(r.ranking().units()).hasSize(exp.get("rankingSize").asInt());
            }
            JsonNode next = exp.get("nextTerm");
            if (next != null) {
                assertThat(r.nextTerm()).isNotNull();
                assertThat(r.nextTerm().head()).isEqualTo(UnitId.of(next.get("head").asText()));
                if (next.has("deputy")) {
                    assertThat(r.nextTerm().deputy()).isEqualTo(UnitId.of(next.get("deputy").asText()));
                }
            }
        }
        for (ReviewResult r : results) {
            assertThat(r.regime().code()).isEqualTo(exp.get("regime").asText());
            // The legal timeline: the documents the review is decided under, and the notices it must carry.
            if (exp.has("citations")) {
                List<String> cited = r.citations().stream().map(c -> c.document()).toList();
                List<String> want = new ArrayList<>();
                exp.get("citations").forEach(c -> want.add(c.asText()));
                assertThat(cited).as("review citations").containsExactlyElementsOf(want);
            }
            if (exp.has("warnings")) {
                exp.get("warnings").forEach(w -> assertThat(r.warnings()).as("warnings")
                        .anySatisfy(x -> assertThat(x.code()).isEqualTo(w.asText())));
            }
            if (exp.has("findings")) {
                exp.get("findings").forEach(f -> assertThat(r.findings()).as("findings")
                        .anySatisfy(x -> assertThat(x.ruleId()).isEqualTo(f.asText())));
            }
            for (var c : r.citations()) {
                assertThat(c.validOn(r.decisionDate()) || r.warnings().stream().anyMatch(w -> w.code().equals("DOCUMENT_PAST_END")
                        || w.code().equals("PERIOD_ENDED_BEFORE_DECISION")))
                        .as(c + " in force on " + r.decisionDate()).isTrue();
            }
            assertThat(r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count())
                    .isEqualTo(exp.get("findingsWithSeverityError").asLong());
            if (exp.get("noAwardDecisions").asBoolean()) {
                assertThat(r.decisions()).isEmpty();
            }
        }
        if (exp.has("verdicts") || exp.has("council")) {
            appraisal(exp, scenario, engine);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.get("recommended").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            AwardType award = AwardType.parse(e.getKey());
            List<UnitId> got = results.stream().flatMap(r -> r.units(award, Outcome.RECOMMENDED).stream()).toList();
            assertThat(got).as(award + " recommended").hasSize(e.getValue().get("count").asInt());
            if (e.getValue().has("units")) {
                List<UnitId> named = new ArrayList<>();
                e.getValue().get("units").forEach(u -> named.add(UnitId.of(u.asText())));
                assertThat(got).as(award + " units named in the report").containsExactlyInAnyOrderElementsOf(named);
            }
        }
    }

    /** Appraise-mode expectations: verdict counts per kind (bloc) and council verdict counts per kind. */
    private static void appraisal(JsonNode exp, Path scenario, Engine engine) {
        if (Scenarios.kindOf(scenario).equals(Scenarios.PROVINCE_REVIEW)) {
            CouncilAppraisal c = engine.appraise(Scenarios.readProvinceReview(scenario));
            exp.path("verdicts").fields().forEachRemaining(e -> assertThat(c.blocs().stream()
                    .mapToLong(b -> b.verdicts(Verdict.Kind.valueOf(e.getKey())).size()).sum())
                    .as("bloc verdicts " + e.getKey()).isEqualTo(e.getValue().asLong()));
            exp.path("council").fields().forEachRemaining(e -> assertThat(c.verdicts(
                    CouncilVerdict.Kind.valueOf(e.getKey()))).as("council " + e.getKey()).hasSize(e.getValue().asInt()));
        } else {
            Appraisal a = engine.appraise(Scenarios.readBlocReview(scenario));
            assertThat(a.mode()).isEqualTo(Appraisal.Mode.APPRAISE);
            exp.path("verdicts").fields().forEachRemaining(e -> assertThat(a.verdicts(
                    Verdict.Kind.valueOf(e.getKey()))).as("verdicts " + e.getKey()).hasSize(e.getValue().asInt()));
        }
    }
}
