package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the bundled pack fires in at least one of the project's fixtures, and every rule carries its id,
 * legal basis and certainty: a rule no test can reach is either dead or untested.
 */
class RuleCoverageTest {
    @Test
    void everyRuleHasItsMetadata() {
        assertThat(TestEngine.get().rules()).allSatisfy(r -> {
            assertThat(r.ruleId()).as(r.name()).isNotEqualTo(r.name()).matches("[A-Z0-9_]+");
            assertThat(r.legalBasis()).as(r.ruleId()).isNotBlank();
            assertThat(r.certainty()).as(r.ruleId()).isNotNull();
            if (r.effectiveFrom() != null && r.effectiveTo() != null) {
                assertThat(r.effectiveFrom()).isBefore(r.effectiveTo());
            }
        });
        assertThat(TestEngine.get().rules()).extracting(RuleInfo::ruleId).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleFiresInSomeFixture() {
        Engine engine = TestEngine.get();
        Set<String> fired = new TreeSet<>();
        Consumer<ReviewResult> collect = r -> r.audit().forEach(a -> fired.add(a.ruleId()));
        ConditionCases.cases().forEach(c -> {
            collect.accept(engine.review(c.setup().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())).build(), c.profile()));
            collect.accept(engine.review(c.breakIt().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())).build(), c.profile()));
        });
        for (int year : List.of(2019, 2022, 2024)) {
            Reviews pm = Reviews.bloc(year, 4);
            pm.award("u03", AwardType.PROVINCIAL_CERTIFICATE, year - 6, AwardKind.REGULAR)
                    .award("u03", AwardType.PROVINCIAL_FLAG, year - 2, AwardKind.REGULAR);
            for (int y = year - 4; y <= year; y++) {
                pm.rating("u03", y, TaskRating.EXCELLENT);
            }
            collect.accept(engine.review(pm.build()));
            collect.accept(engine.review(Reviews.bloc(year, 6).term("u01", "u02").election("u01", null).build()));
            collect.accept(engine.review(Reviews.bloc(year, 6).term("u01", "u02").election("u03", "u04").build()));
            collect.accept(engine.review(Reviews.bloc(year, 6).term("u01", null).build()));
            collect.accept(engine.review(Reviews.bloc(year, 3).stage(Stage.PACT).pact(List.of("u01"), year - 1).build()));
            collect.accept(engine.review(Reviews.bloc(year, 3).stage(Stage.PACT).build()));
        }
        collect.accept(engine.review(Reviews.bloc(2025, 3).reviewDate(LocalDate.of(2025, 12, 1)).build()));
        collect.accept(engine.review(Reviews.bloc(2019, 3).reviewDate(LocalDate.of(2019, 12, 1)).build()));
        // Bắc Ninh from 15/12/2025 (QĐ 86/2025): the provincial flag's Party-organisation rating
        collect.accept(engine.review(Reviews.bloc(2025, 3).reviewDate(LocalDate.of(2025, 12, 18)).profile("bac-ninh-2025")
                .build()));
        Path dir = Path.of("../examples/scenarios");
        var province = Scenarios.readProvinceReview(dir.resolve("province-bac-ninh-2022.json"));
        engine.consolidate(province, Profiles.resolve(province.profile(), dir)).audit().forEach(a -> fired.add(a.ruleId()));
        engine.consolidate(new io.github.thidua.core.ProvinceReview("T", 2024, null, "national", List.of(
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b1", "p1-"),
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b2", "p2-"),
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b3", "p3-"),
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b4", "p4-"),
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b5", "p5-"),
                ConsolidationTest.rename(Reviews.bloc(2024, 6).build(), "b6", "p6-")), false, null))
                .audit().forEach(a -> fired.add(a.ruleId()));
        // the leader also qualifies for the PM certificate: no two state-level forms in one year (both periods); a
        // dated inspection running at the decision, another ended without violation
        // (each period's documents: 2019 and 2022 under the two circulars, 2024 and 2025 under the two decrees)
        for (int year : List.of(2019, 2022, 2024, 2025)) {
            LocalDate on = LocalDate.of(year, 12, 20);
            collect.accept(engine.review(pmLeader(Reviews.bloc(year, 4), year, "u01").reviewDate(on)
                    .exclusion("u02", io.github.thidua.core.ExclusionKind.INVESTIGATION, LocalDate.of(year, 3, 1), null, false)
                    .exclusion("u03", io.github.thidua.core.ExclusionKind.INVESTIGATION, LocalDate.of(year, 3, 1),
                            LocalDate.of(year, 6, 30), false).build()));
            // six such blocs: the council keeps one Government flag; the others' PM certificates go to the council
            List<io.github.thidua.core.BlocReview> pmBlocs = new java.util.ArrayList<>();
            for (int b = 1; b <= 6; b++) {
                pmBlocs.add(ConsolidationTest.rename(pmLeader(Reviews.bloc(year, 6), year, "u01").reviewDate(on).build(),
                        "b" + b, "p" + b + "-"));
            }
            engine.consolidate(new io.github.thidua.core.ProvinceReview("T", year, on, "national", pmBlocs, false, null))
                    .audit().forEach(a -> fired.add(a.ruleId()));
        }
        // three leaders in a 24-unit Bắc Ninh bloc: the Government-flag limit cuts two of them
        collect.accept(engine.review(Reviews.bloc(2022, 24).profile("bac-ninh").build()));
        // a pact without a scoring scheme
        collect.accept(engine.review(new io.github.thidua.core.BlocReview(Stage.PACT, 2024, null,
                Reviews.bloc(2024, 2).build().bloc(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, "national", false, null)));
        // a scheme whose criteria do not add up to the base
        collect.accept(engine.review(new io.github.thidua.core.BlocReview(Stage.PACT, 2024, null,
                Reviews.bloc(2024, 2).build().bloc(), null, null,
                new io.github.thidua.core.ScoringScheme(java.math.BigDecimal.valueOf(1000), Reviews.bloc(2024, 2).build().scheme().criteria(),
                        java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, "national", false, null)));

        // the individuals rules: the example unit reviews, the 2025 one moved to 2024 (Decree 98, an outstanding
        // unit, a warning), and the 2022 one with a sanction
        var people = new io.github.thidua.rules.people.UnitReviewEngine(engine);
        for (String text : unitReviews()) {
            people.review(io.github.thidua.core.json.UnitReviews.read(text, "coverage.json", null))
                    .audit().forEach(fired::add);
        }

        Set<String> all = new TreeSet<>(engine.rules().stream().map(RuleInfo::ruleId).toList());
        all.removeAll(fired);
        assertThat(all).as("rules no fixture fires").isEmpty();
    }

    /** A fixture whose unit {@code u} qualifies for the PM certificate (history and five excellent years). */
    static Reviews pmLeader(Reviews f, int year, String u) {
        f.award(u, AwardType.PROVINCIAL_CERTIFICATE, year - 6, AwardKind.REGULAR)
                .award(u, AwardType.PROVINCIAL_FLAG, year - 2, AwardKind.REGULAR);
        for (int y = year - 4; y <= year; y++) {
            f.rating(u, y, TaskRating.EXCELLENT);
        }
        return f;
    }

    static List<String> unitReviews() {
        try {
            String y2025 = java.nio.file.Files.readString(Path.of("../examples/scenarios/unit-bac-ninh-2025-home-affairs.json"));
            String y2022 = java.nio.file.Files.readString(Path.of("../examples/scenarios/unit-yen-bai-2022-culture.json"));
            String y2024 = y2025.replace("2023", "2022").replace("2024", "2023").replace("2025", "2024")
                    .replace("\"outstandingUnit\": false", "\"outstandingUnit\": true")
                    .replace("\"level\": \"REPRIMAND\"", "\"level\": \"WARNING\"");
            String sanctioned = y2022.replaceFirst("\"discipline\": \\[\\]",
                    "\"discipline\": [{\"level\": \"WARNING\", \"decided\": \"2022-05-02\"}]");
            return List.of(y2025, y2022, y2024, sanctioned);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
