package io.github.thidua.testkit.verify;

import io.github.thidua.fixtures.Reviews;
import io.github.thidua.rules.ConditionCases;
import io.github.thidua.rules.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One focused test per legal-condition rule of the bundled pack (the cases of the rules module's tests,
 * {@link ConditionCases}, through its test jar), written with {@link RuleVerifier} as a rule author
 * would: on a model collective the rule fires and its condition holds; after one change of input the rule refuses
 * the award and is listed among its unmet conditions. A failure prints the expectation, the decision and the rules
 * that fired for the unit.
 */
class ConditionRulesTest {
    static final RuleVerifier VERIFIER = RuleVerifier.forEngine(Engine.builder().build());

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.thidua.rules.ConditionCases#cases")
    void ruleFiresMetOnAModelCollectiveAndRefusesWhenItsConditionFails(ConditionCases.Case c) {
        RuleVerifier verifier = VERIFIER.withProfile(c.profile());
        RuleVerifier.RuleAssertion model = verifier.verifyThat(c.ruleId())
                .given(c.setup().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())));
        if (c.firesOnModel()) {
            model.fires();
        } else {
            model.doesNotFire();
        }
        model.meets(c.unit(), c.award());
        verifier.verifyThat(c.ruleId()).given(c.breakIt().apply(Reviews.bloc(c.year(), 3).reviewDate(c.reviewDate())))
                .refuses(c.unit(), c.award());
    }
}
