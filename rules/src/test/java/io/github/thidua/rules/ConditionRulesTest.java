package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.UnitId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One focused test per legal-condition rule ({@link ConditionCases}): on a model collective the rule fires and its
 * condition is met; after one change of input it is the unmet condition that refuses the award.
 */
class ConditionRulesTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.thidua.rules.ConditionCases#cases")
    void ruleFiresMetOnAModelCollectiveAndRefusesWhenItsConditionFails(ConditionCases.Case c) {
        Engine engine = TestEngine.get();
        UnitId unit = UnitId.of(c.unit());
        ReviewResult good = engine.review(c.setup().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())).build(), c.profile());
        if (c.firesOnModel()) {
            assertThat(good.audit()).as("rule fires on the model collective").anyMatch(a -> a.ruleId().equals(c.ruleId()));
        } else {
            assertThat(good.audit()).as("rule stays silent on complete data").noneMatch(a -> a.ruleId().equals(c.ruleId()));
        }
        Decision goodDecision = good.decision(unit, c.award()).orElseThrow();
        assertThat(goodDecision.unmet()).extracting(Reason::ruleId).doesNotContain(c.ruleId());
        assertThat(goodDecision.outcome()).isNotEqualTo(Outcome.NOT_ELIGIBLE);

        ReviewResult bad = engine.review(c.breakIt().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())).build(), c.profile());
        assertThat(bad.audit()).as("rule fires on the broken input").anyMatch(a -> a.ruleId().equals(c.ruleId()));
        Decision badDecision = bad.decision(unit, c.award()).orElseThrow();
        assertThat(badDecision.outcome()).as("outcome after breaking " + c.ruleId()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(badDecision.unmet()).extracting(Reason::ruleId).contains(c.ruleId());
        Reason reason = badDecision.unmet().stream().filter(r -> r.ruleId().equals(c.ruleId())).findFirst().orElseThrow();
        assertThat(reason.legalBasis()).isNotBlank();
        assertThat(reason.vi()).isNotBlank();
        assertThat(reason.en()).isNotBlank();
    }
}
