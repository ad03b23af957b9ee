package io.github.thidua.rules.authoring;

import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.pack.Sandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCheckerTest {
    @Test
    void everySyntaxErrorOfEveryFileIsReportedAndTheOtherFilesStillCompile() {
        List<Problem> problems = RuleChecker.create().check(Packs.pack("broken-syntax"));
        assertThat(problems).extracting(Problem::format).containsExactly(
                "rules/a.drl:11:25: error [ERR101] no viable alternative at input ')' (rule \"A: missing right operand\")",
                "rules/a.drl:21:26: error [ERR102] a ')' is missing at the end of this line (the parser stopped at 22:1:"
                        + " mismatched input 'then') (rule \"A: unclosed pattern\")",
                "rules/b.drl:10:5: error [ERR102] mismatched input '$m' (rule \"B: no when\")",
                "rules/c.drl:11:18: error [COMPILE] Unable to parse left part of expression: rnak > 1"
                        + " — Member has no property 'rnak'; did you mean 'rank'? (rule \"C: a correct rule with an unknown property\")");
    }

    @Test
    void semanticErrorsGetTheirLineAndRuleAndMetadataIsLinted() {
        List<Problem> problems = RuleChecker.create().check(Packs.pack("broken-semantic"));
        List<String> lines = problems.stream().map(Problem::format).toList();
        // Drools reports this one with line -1; it is mapped back by the failing expression.
        assertThat(lines).contains("rules/lhs.drl:16:18: error [COMPILE] Unable to parse left part of expression: rnk > 1"
                + " — Member has no property 'rnk'; did you mean 'rank'? (rule \"LHS: a misspelt property\")");
        // A Java error in a generated consequence class, mapped back to the DRL line.
        assertThat(lines).contains("rules/rhs.drl:17:5: error [COMPILE] Type mismatch: cannot convert from String to int"
                + " (rule \"RHS: a type error in the consequence\")");
        assertThat(problems).extracting(p -> p.path() + ":" + p.line() + " " + p.code()).contains(
                "rules/meta.drl:11 MISSING_RULE_ID",
                "rules/meta.drl:20 MISSING_LEGAL_BASIS",
                "rules/meta.drl:20 MISSING_CERTAINTY",
                "rules/meta.drl:31 BAD_CERTAINTY",
                "rules/meta.drl:32 BAD_DATE",
                "rules/meta.drl:43 DATE_RANGE",
                "rules/meta.drl:55 UNKNOWN_RULEFLOW_GROUP",
                "rules/meta.drl:58 UNKNOWN_PARAM",
                "rules/meta.drl:60 UNKNOWN_AWARD",
                "rules/meta.drl:60 COMPILE",
                "rules/rhs.drl:9 DUPLICATE_RULE_NAME",
                "rules/rhs.drl:10 DUPLICATE_RULE_ID");
        assertThat(lines).contains("rules/meta.drl:58:25: error [UNKNOWN_PARAM] parameter \"bloc.leaderCnt\" is not defined"
                + " by profile national (did you mean bloc.leaderCount?) (rule \"Meta: unknown parameter and ruleflow group\")");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.rule()).isNotNull();
            assertThat(p.message()).doesNotContain("\n").doesNotContain("Problem stacktrace").doesNotContain("at org.drools");
        });
        assertThat(RuleChecker.hasErrors(problems)).isTrue();
    }

    @Test
    void aLegalBasisCitingADocumentOutsideTheCatalogueIsAnError() {
        List<Problem> problems = RuleChecker.create().check(Packs.pack("broken-citation"));
        assertThat(problems).extracting(Problem::format).containsExactly(
                "rules/cite.drl:17:5: error [UNKNOWN_LEGAL_DOCUMENT] @legalBasis cites unknown legal document id"
                        + " 'TT_08_2018_BNNPTNT' (TT_08_2018_BNNPTNT:3): use an id of the legal catalogue"
                        + " (rule \"Cite: an agriculture circular that is not in the catalogue\")");
        assertThat(RuleChecker.hasErrors(problems)).isTrue();
    }

    @Test
    void aCompilerExceptionBecomesAProblemOfItsRuleAndTheOtherRulesAreStillChecked() {
        List<Problem> problems = RuleChecker.create().check(Packs.pack("broken-compiler-crash"));
        assertThat(problems).extracting(Problem::format).containsExactly(
                "crash.drl:11:13: error [CONSTRAINT] the executable-model compiler cannot parse the constraint `class == null`"
                        + " of Member(...): Encountered unexpected token: (rule \"Crash: a constraint the exec-model expression"
                        + " parser rejects, on an unbound pattern\")",
                "crash.drl:21:28: error [COMPILE] Unable to parse left part of expression: rnk > 2 — Member has no property 'rnk'; did you mean 'rank'? (rule \"Crash: fine\")");
    }

    @Test
    void theBundledPackIsCleanForTheLintAndTheSandbox() {
        Map<String, String> files = new LinkedHashMap<>();
        for (DrlSource s : RulePack.bundled().sources()) {
            files.put(s.path(), s.text());
        }
        assertThat(RuleChecker.create().compile(false).check(files)).isEmpty();
        for (String profile : Profiles.BUNDLED) {
            assertThat(RuleChecker.create().compile(false).profile(Profiles.bundled(profile)).check(files)).as(profile).isEmpty();
        }
    }

    @Test
    void theProvincialExamplePackIsClean() {
        assertThat(RuleChecker.create().check(Packs.pack("provincial-example"))).isEmpty();
    }

    @Test
    void sandboxProblemsAreReportedByTheCheckerAndTheFileIsNotCompiled() {
        List<Problem> problems = RuleChecker.create().check(Packs.resource("hostile-packs/runtime-exec"));
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isEqualTo(Sandbox.CODE));
    }

    @Test
    void problemsFormatLikeCompilerMessages() {
        Problem p = Problem.error("rules/a.drl", 3, 7, "UNKNOWN_PARAM", "parameter \"x\" is not defined\n  by profile national", "R");
        assertThat(p.format()).isEqualTo("rules/a.drl:3:7: error [UNKNOWN_PARAM] parameter \"x\" is not defined by profile national (rule \"R\")");
        assertThat(Problem.warning("p.drl", 0, 0, "NO_RULEFLOW_GROUP", "m", null).format()).isEqualTo("p.drl:0:0: warning [NO_RULEFLOW_GROUP] m");
    }
}
