package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.LegalDocuments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regime partition, the 01/07/2025 citation switch, the mid-year and pact stages, and head rotation. */
class RegimeStageRotationTest {
    static ReviewResult review(Reviews f) {
        return TestEngine.get().review(f.build());
    }

    static List<String> fired(ReviewResult r) {
        return r.audit().stream().map(AuditEntry::ruleId).distinct().toList();
    }

    @Test
    void achievementYear2023FiresOnlyRegime2017RulesAnd2024OnlyRegime2024Rules() {
        ReviewResult y2023 = review(Reviews.bloc(2023, 3).reviewDate(LocalDate.of(2024, 2, 1)));
        assertThat(fired(y2023)).anyMatch(id -> id.contains("17_")).noneMatch(id -> id.contains("24_"));
        assertThat(y2023.citations()).contains(LegalDocuments.DECREE_91_2017);
        ReviewResult y2024 = review(Reviews.bloc(2024, 3).reviewDate(LocalDate.of(2024, 12, 20)));
        assertThat(fired(y2024)).anyMatch(id -> id.contains("24_")).noneMatch(id -> id.contains("17_"));
        assertThat(y2024.citations()).contains(LegalDocuments.DECREE_98_2023);
    }

    @Test
    void decisionsFromFirstJuly2025CiteDecree152() {
        ReviewResult before = review(Reviews.bloc(2024, 3).reviewDate(LocalDate.of(2025, 6, 30)));
        ReviewResult after = review(Reviews.bloc(2024, 3).reviewDate(LocalDate.of(2025, 7, 1)));
        assertThat(before.citations()).contains(LegalDocuments.DECREE_98_2023).doesNotContain(LegalDocuments.DECREE_152_2025);
        assertThat(after.citations()).contains(LegalDocuments.DECREE_152_2025).doesNotContain(LegalDocuments.DECREE_98_2023);
        assertThat(fired(before)).contains("EXCL24_PENDING_REVIEW_ND98").doesNotContain("EXCL24_PENDING_REVIEW_ND152");
        assertThat(fired(after)).contains("EXCL24_PENDING_REVIEW_ND152").doesNotContain("EXCL24_PENDING_REVIEW_ND98");
    }

    @Test
    void circular12Of2019ReplacesCircular08From2020() {
        assertThat(fired(review(Reviews.bloc(2019, 3).reviewDate(LocalDate.of(2019, 12, 31))))).contains("EXCL17_PENDING_REVIEW_TT08")
                .doesNotContain("EXCL17_PENDING_REVIEW_TT12");
        assertThat(fired(review(Reviews.bloc(2019, 3).reviewDate(LocalDate.of(2020, 1, 10))))).contains("EXCL17_PENDING_REVIEW_TT12")
                .doesNotContain("EXCL17_PENDING_REVIEW_TT08");
    }

    @Test
    void midYearGivesARankingAndNoAwardDecisions() {
        ReviewResult r = review(Reviews.bloc(2024, 4).stage(Stage.MID_YEAR));
        assertThat(r.decisions()).isEmpty();
        assertThat(r.nextTerm()).isNull();
        assertThat(r.ranking().units()).hasSize(4);
        assertThat(r.warnings()).extracting(Warning::code).contains("MID_YEAR_NO_AWARDS");
    }

    @Test
    void thePactStageReportsUnsignedMembersAndAMissingScheme() {
        ReviewResult ok = review(Reviews.bloc(2024, 3).stage(Stage.PACT).term("u01", "u02").pact(List.of("u01", "u02", "u03"), 2024));
        assertThat(ok.findings()).isEmpty();
        assertThat(ok.decisions()).isEmpty();
        ReviewResult missing = review(Reviews.bloc(2024, 3).stage(Stage.PACT).term("u01", null).pact(List.of("u01", "u02"), 2023));
        assertThat(missing.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("PACT_MEMBER_NOT_SIGNED", "PACT_YEAR_MISMATCH");
        assertThat(missing.findings().stream().filter(f -> f.ruleId().equals("PACT_MEMBER_NOT_SIGNED")).findFirst().orElseThrow().unit())
                .isEqualTo(UnitId.of("u03"));
        assertThat(missing.hasErrors()).isTrue();
        ReviewResult none = review(Reviews.bloc(2024, 3).stage(Stage.PACT));
        assertThat(none.findings()).extracting(Finding::ruleId).contains("PACT_MISSING", "PACT_NO_HEAD");
    }

    @Test
    void theElectedHeadAndDeputyStand() {
        ReviewResult r = review(Reviews.bloc(2024, 4).term("u01", "u02").election("u03", "u04"));
        assertThat(r.nextTerm().head()).isEqualTo(UnitId.of("u03"));
        assertThat(r.nextTerm().deputy()).isEqualTo(UnitId.of("u04"));
        assertThat(r.nextTerm().elected()).isTrue();
        assertThat(r.nextTerm().year()).isEqualTo(2025);
    }

    @Test
    void reElectingThisYearsHeadIsRefusedAndThePolicyApplies() {
        ReviewResult r = review(Reviews.bloc(2024, 4).term("u01", "u02").election("u01", "u03"));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("ROT_REPEAT_HEAD_REFUSED");
        assertThat(r.nextTerm().head()).isEqualTo(UnitId.of("u02")); // the deputy succeeds (national policy)
        assertThat(r.nextTerm().elected()).isFalse();
        assertThat(r.nextTerm().deputy()).isEqualTo(UnitId.of("u03")); // best-ranked other than new and outgoing head
    }

    @Test
    void withoutAnElectionTheDeputySucceedsOrTheBestRankedLeads() {
        ReviewResult succeeds = review(Reviews.bloc(2024, 4).term("u01", "u03"));
        assertThat(succeeds.nextTerm().head()).isEqualTo(UnitId.of("u03"));
        assertThat(succeeds.nextTerm().deputy()).isEqualTo(UnitId.of("u02"));
        ReviewResult noDeputy = review(Reviews.bloc(2024, 4).term("u01", null));
        assertThat(noDeputy.nextTerm().head()).isEqualTo(UnitId.of("u02")); // best-ranked, not this year's head
        ReviewResult noTerm = review(Reviews.bloc(2024, 4));
        assertThat(noTerm.nextTerm().head()).isEqualTo(UnitId.of("u01"));
        assertThat(noTerm.nextTerm().deputy()).isEqualTo(UnitId.of("u02"));
    }
}
