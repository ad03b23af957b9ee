package io.github.thidua.testkit.verify;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import org.junit.jupiter.api.Test;

class RuleVerifierTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.forEngine(Engine.builder().build());

    @Test
    void aConditionRuleFiresAndDecides() {
        RuleVerifier.RuleAssertion check = VERIFIER.verifyThat("ELC24_ADVANCED_LABOUR_70")
                .given(Reviews.bloc(2024, 3).stats("u02", 10, 10, 6, 1, 0))
                .fires()
                .firesFor("u02")
                .yields("u02", AwardType.EXCELLENT_LABOUR_COLLECTIVE, Outcome.NOT_ELIGIBLE);
        assertThat(check.result().rulePack().name()).isEqualTo("thidua-national");
        VERIFIER.verifyThat("EXCL24_PENDING_REVIEW_ND98")
                .given(Reviews.bloc(2024, 3).facts("u03", f -> f.pendingComplaint(true)))
                .yields("u03", AwardType.PROVINCIAL_CERTIFICATE, Outcome.NOT_ELIGIBLE)
                .yields("u01", AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED);
    }

    @Test
    void rulesOfTheOtherRegimeOrOutOfForceDoNotFire() {
        VERIFIER.verifyThat("ELC17_ADVANCED_LABOUR_70").given(Reviews.bloc(2024, 3)).doesNotFire();
        VERIFIER.verifyThat("EXCL24_PENDING_REVIEW_ND152").given(Reviews.bloc(2024, 3)).doesNotFire();
        VERIFIER.verifyThat("EXCL24_PENDING_REVIEW_ND152")
                .given(Reviews.bloc(2025, 3).reviewDate(java.time.LocalDate.of(2025, 12, 15))).fires();
        VERIFIER.verifyThat("SEL_LEADERS").given(Reviews.bloc(2024, 3)).firesFor("u01").doesNotFireFor("u03");
    }

    @Test
    void aRuleThatDoesNotFireFailsWithItsOwnFiringsOnly() {
        assertThatThrownBy(() -> VERIFIER.verifyThat("EXCL24_PENDING_REVIEW_ND152").given(Reviews.bloc(2024, 2)).fires())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting rule EXCL24_PENDING_REVIEW_ND152 (\"Exclusion (2024, Decree 152)")
                .hasMessageContaining("to fire, but it did not (it is not in force on the decision date 2024-12-31: effective from 2025-07-01")
                .hasMessageContaining("Firings of EXCL24_PENDING_REVIEW_ND152: none")
                .hasMessageNotContaining("EXCL24_PENDING_REVIEW_ND98")
                .hasMessageNotContaining("GOVERNMENT_FLAG");
    }

    @Test
    void aWrongOutcomeFailsWithTheActualDecision() {
        assertThatThrownBy(() -> VERIFIER.verifyThat("ELC24_ADVANCED_LABOUR_70")
                .given(Reviews.bloc(2024, 3).stats("u02", 10, 10, 6, 1, 0))
                .yields("u02", AwardType.EXCELLENT_LABOUR_COLLECTIVE, Outcome.RECOMMENDED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to yield\n  u02 EXCELLENT_LABOUR_COLLECTIVE RECOMMENDED\nbut the decision was\n"
                        + "  u02 EXCELLENT_LABOUR_COLLECTIVE NOT_ELIGIBLE [ELC24_NOT_ELIGIBLE, unmet ELC24_ADVANCED_LABOUR_70]")
                .hasMessageContaining("\nRules fired for u02 (")
                .hasMessageContaining("ELC24_ADVANCED_LABOUR_70")
                .hasMessageContaining("\nDecisions of u02:\n")
                .hasMessageNotContaining("u01")
                .hasMessageNotContaining("u03")
                .satisfies(e -> assertThat(e.getMessage().lines().count()).as(e.getMessage()).isLessThan(20));
        assertThatThrownBy(() -> VERIFIER.verifyThat("SEL_LEADERS").given(Reviews.bloc(2024, 3)).doesNotFire())
                .hasMessageContaining("not to fire, but it fired 1 time(s), for [u01]");
    }

    @Test
    void anUnknownRuleIdFailsAtOnce() {
        assertThatThrownBy(() -> VERIFIER.verifyThat("ELC24_ADVANCED_LABOUR_80"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a rule with id\n  ELC24_ADVANCED_LABOUR_80")
                .hasMessageContaining("ELC24_ADVANCED_LABOUR_70");
    }

    @Test
    void theReviewBuilderRefusesUnknownUnits() {
        assertThatThrownBy(() -> Reviews.bloc(2024, 3).stats("u09", 10, 10, 6, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown unit u09");
    }
}
