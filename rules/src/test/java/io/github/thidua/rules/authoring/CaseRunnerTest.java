package io.github.thidua.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
    @Test
    void theBundledPackPassesItsCaseFilesAndReportsCoverage() {
        CaseRunner.Report report = CaseRunner.forEngine(Packs.bundled()).run(Packs.resource("cases"));
        assertThat(report.cases()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.failures()).as(report.format(false)).isEmpty();
        assertThat(report.passed()).isTrue();
        Map<String, Integer> firing = report.coverage().casesFiring();
        assertThat(firing).hasSize(Packs.bundled().rules().size());
        assertThat(firing.get("SEL_LEADERS")).isEqualTo(report.cases().size());
        assertThat(firing.get("ELC17_ADVANCED_LABOUR_70")).isEqualTo(1);
        // consolidation rules fire only for a province review, never in a bloc's case
        assertThat(report.coverage().neverFired()).contains("CONS24_GOVERNMENT_FLAG_CAP", "EXCL24_PENDING_REVIEW_ND152");
        assertThat(report.coverage().ratio()).isBetween(0.5, 1.0);
        assertThat(report.format(true)).contains("4 passed, 0 failed", "coverage: ", "not fired by any case: ");
    }

    @Test
    void aFailingCaseShowsExpectedAgainstActual() {
        CaseRunner.Report report = CaseRunner.forEngine(Packs.bundled()).run(Packs.resource("packs/case-errors/cases"));
        assertThat(report.passed()).isFalse();
        CaseRunner.CaseResult wrong = report.cases().stream().filter(c -> c.file().endsWith("wrong-expectations.case.json"))
                .findFirst().orElseThrow();
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.errors()).isEmpty();
        assertThat(wrong.differences()).containsExactly(
                "decision u02 GOVERNMENT_FLAG: expected RECOMMENDED, got NOT_ELIGIBLE [GF24_NOT_ELIGIBLE, unmet GF24_BLOC_LEADER]",
                "decision u04 PROVINCIAL_FLAG: expected no decision, got NOT_ELIGIBLE [PF24_NOT_ELIGIBLE, unmet EXCL24_PENDING_REVIEW_ND98]",
                "next term head: expected u03, got u02",
                "rule SEL_NOMINATION_VOTE: expected to fire, did not",
                "rule SEL_LEADERS: expected not to fire, fired for [u01]");
        CaseRunner.CaseResult bad = report.cases().stream().filter(c -> c.file().endsWith("bad-case-file.case.json"))
                .findFirst().orElseThrow();
        assertThat(bad.result()).isNull();
        assertThat(bad.errors()).containsExactly(
                "$.expect.nextterm: unknown field (did you mean nextTerm?)",
                "$.expect.decisions[0].award: unknown award code 'GOVERMENT_FLAG', expected one of [GOVERNMENT_FLAG,"
                        + " PRIME_MINISTER_CERTIFICATE, PROVINCIAL_FLAG, PROVINCIAL_CERTIFICATE, EXCELLENT_LABOUR_COLLECTIVE,"
                        + " ADVANCED_LABOUR_COLLECTIVE, CERTIFICATE_OF_COMMENDATION]",
                "$.expect.decisions[0].outcome: unknown outcome \"RECOMENDED\" (expected one of [RECOMMENDED,"
                        + " ELIGIBLE_NOT_SELECTED, NOT_ELIGIBLE, PENDING_PROVINCE, ELIGIBLE_OTHER_AUTHORITY] or null)",
                "$.expect.fired[0]: unknown rule id \"SEL_LEADER\" (did you mean SEL_LEADERS?)");
    }

    @Test
    void aPacksOwnCasesRunOnThePack() {
        CaseRunner.Report report = CaseRunner.forEngine(Packs.provincial()).runPack(Packs.pack("provincial-example"));
        assertThat(report.cases()).hasSize(2);
        assertThat(report.failures()).as(report.format(false)).isEmpty();
        assertThat(report.coverage().casesFiring()).containsEntry("BN_PF24_TWO_FIGHTERS", 1);
    }
}
