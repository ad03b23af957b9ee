package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotas, leaders, the Government-flag limit, one award per achievement, and the PM certificate path. */
class SelectionTest {
    static final UnitId U1 = UnitId.of("u01");
    static final UnitId U2 = UnitId.of("u02");
    static final UnitId U3 = UnitId.of("u03");

    static ReviewResult review(Reviews f) {
        return TestEngine.get().review(f.build());
    }

    @Test
    void theBestRankedUnitLeadsGetsTheGovernmentFlagAndKeepsItsProvincialFlag() {
        ReviewResult r = review(Reviews.bloc(2024, 4));
        assertThat(r.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U1);
        // a leader put forward for the Government flag also holds its provincial flag (national profile)
        assertThat(r.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        // unless the province's profile says the Government-flag proposal replaces it
        ReviewResult replaced = TestEngine.get().review(Reviews.bloc(2024, 4).profile("bac-ninh").build());
        Decision pf = replaced.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow();
        assertThat(pf.outcome()).isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        assertThat(pf.reasons().get(0).ruleId()).isEqualTo("DECIDE_FLAG_GIVES_WAY");
        assertThat(pf.reasons().get(0).en()).contains("Calibrated to seed 000");
        // national profile: one leader per bloc; the others meet the flag standard but are not leaders
        Decision d2 = r.decision(U2, AwardType.PROVINCIAL_FLAG).orElseThrow();
        assertThat(d2.outcome()).isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        assertThat(d2.reasons().get(0).ruleId()).isEqualTo("SEL_LEADERS_CUT");
        assertThat(d2.reasons().get(0).legalBasis()).contains("bloc.leaderCount = 1");
        assertThat(d2.reasons().get(0).certainty().code()).isEqualTo("assumption");
    }

    @Test
    void aLeaderMeetingTheStandardsKeepsItsProvincialFlagBesideAPendingPmCertificate() {
        // u01 leads the bloc and meets the PM certificate's streak; its Party organisation is not rated clean and
        // strong, so no Government flag: the certificate is pending the council, the flag stays (title beside form)
        Reviews f = RuleCoverageTest.pmLeader(Reviews.bloc(2024, 4), 2024, "u01")
                .facts("u01", x -> x.partyCleanStrong(false));
        ReviewResult r = review(f);
        assertThat(r.leaders()).containsExactly(U1);
        assertThat(r.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(r.decision(U1, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow().outcome())
                .isEqualTo(Outcome.PENDING_PROVINCE);
        // with the Government flag too: the two state-level forms exclude each other, the flag still stands
        ReviewResult both = review(RuleCoverageTest.pmLeader(Reviews.bloc(2024, 4), 2024, "u01"));
        assertThat(both.decision(U1, AwardType.GOVERNMENT_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(both.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        Decision pmc = both.decision(U1, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow();
        assertThat(pmc.outcome()).isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        assertThat(pmc.reasons().get(0).ruleId()).isEqualTo("DECIDE24_STATE_FORM_ND98");
    }

    @Test
    void aPendingStateLevelProposalInTheHistoryCountsForTheOneStateFormRule() {
        Reviews f = Reviews.bloc(2024, 4);
        ReviewResult before = review(f);
        assertThat(before.decision(U1, AwardType.GOVERNMENT_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        {
            io.github.thidua.core.BlocReview b = f.build();
            List<io.github.thidua.core.AwardRecord> history = new java.util.ArrayList<>(b.history());
            history.add(new io.github.thidua.core.AwardRecord(U1, AwardType.PRIME_MINISTER_CERTIFICATE, 2024, null,
                    AwardKind.REGULAR, io.github.thidua.core.AwardStatus.PENDING));
            io.github.thidua.core.BlocReview pending = new io.github.thidua.core.BlocReview(b.stage(), b.year(),
                    b.reviewDate(), b.bloc(), b.term(), b.pact(), b.scheme(), b.scorecards(), b.ratings(), b.facts(),
                    history, b.votes(), b.election(), b.profile(), b.illustrative(), b.note(), b.dossierReceivedDate(),
                    b.decisions(), b.exclusions(), b.attestations());
            Decision gf = TestEngine.get().review(pending).decision(U1, AwardType.GOVERNMENT_FLAG).orElseThrow();
            assertThat(gf.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(gf.unmet()).anyMatch(x -> x.ruleId().equals("GF24_ONE_STATE_FORM")
                    && x.en().startsWith("Pending with the deciding authority"));
        }
    }

    @Test
    void everyUnitReceivesAtMostOneFormAndOneStateLevelFormAndEveryEvaluatedAwardHasADecision() {
        ReviewResult r = review(Reviews.bloc(2022, 6));
        for (int i = 1; i <= 6; i++) {
            UnitId u = UnitId.of(Reviews.id(i));
            // one achievement, one form of commendation; never two state-level forms (titles stand beside them)
            assertThat(r.decisionsFor(u).stream().filter(d -> d.outcome().isAward()
                    && d.award().form() == io.github.thidua.core.law.AwardForm.COMMENDATION)).hasSizeLessThanOrEqualTo(1);
            assertThat(r.decisionsFor(u).stream().filter(d -> d.outcome().isAward() && d.award().isStateLevel()))
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(r.decisionsFor(u)).extracting(Decision::award).containsExactlyInAnyOrder(AwardType.values());
        }
    }

    @Test
    void certificatesGoToTheNextRankedUnitsUpToTheShareOfMembers() {
        // 6 members, share 0.5 → 3 certificates among the non-leaders u02..u06
        ReviewResult r = review(Reviews.bloc(2024, 6));
        assertThat(r.units(AwardType.PROVINCIAL_CERTIFICATE, Outcome.RECOMMENDED))
                .containsExactly(U2, U3, UnitId.of("u04"));
        Decision cut = r.decision(UnitId.of("u05"), AwardType.PROVINCIAL_CERTIFICATE).orElseThrow();
        assertThat(cut.outcome()).isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        assertThat(cut.reasons().get(0).ruleId()).isEqualTo("SEL_CERTIFICATES_CUT");
        // the leader is eligible but its higher award supersedes the certificate and takes no quota
        assertThat(r.decision(U1, AwardType.PROVINCIAL_CERTIFICATE).orElseThrow().reasons().get(0).ruleId())
                .isEqualTo("SEL_CERTIFICATE_SUPERSEDED");
        // units cut by the quota still qualify for the best title they meet; the bloc does not propose it: it is
        // information for the authority that decides it
        Decision title = r.decision(UnitId.of("u05"), AwardType.EXCELLENT_LABOUR_COLLECTIVE).orElseThrow();
        assertThat(title.outcome()).isEqualTo(Outcome.ELIGIBLE_OTHER_AUTHORITY);
        assertThat(title.reasons().get(0).ruleId()).isEqualTo("AUTH_OTHER_AUTHORITY");
    }

    @Test
    void certificateQuotaIsRoundedDown() {
        // 5 members × 0.5 = 2.5 → 2
        ReviewResult r = review(Reviews.bloc(2024, 5));
        assertThat(r.units(AwardType.PROVINCIAL_CERTIFICATE, Outcome.RECOMMENDED)).containsExactly(U2, U3);
    }

    @Test
    void theGovernmentFlagLimitCutsTheOtherEligibleLeaders() {
        ReviewResult r = TestEngine.get().review(Reviews.bloc(2022, 24).profile("bac-ninh").build());
        assertThat(r.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U1);
        assertThat(r.units(AwardType.PROVINCIAL_FLAG, Outcome.RECOMMENDED)).containsExactly(U2, U3);
        assertThat(r.decision(U2, AwardType.GOVERNMENT_FLAG).orElseThrow().reasons())
                .extracting(Reason::ruleId).contains("SEL_GOVERNMENT_FLAG_CUT");
        assertThat(r.units(AwardType.PROVINCIAL_CERTIFICATE, Outcome.RECOMMENDED)).hasSize(12);
    }

    @Test
    void aLeaderWithoutTheGovernmentFlagStandardsStillGetsTheProvincialFlag() {
        ReviewResult r = review(Reviews.bloc(2024, 3).facts("u01", f -> f.partyCleanStrong(false)));
        assertThat(r.decision(U1, AwardType.GOVERNMENT_FLAG).orElseThrow().unmet())
                .extracting(Reason::ruleId).containsExactly("GF24_PARTY_CLEAN_STRONG");
        assertThat(r.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(r.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).isEmpty();
    }

    @Test
    void aNominationBelowTheVoteShareDropsTheUnitAndTheNextOneLeads() {
        ReviewResult r = review(Reviews.bloc(2024, 3).vote("u01", AwardType.PROVINCIAL_FLAG, 2, 5, 5));
        assertThat(r.decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(r.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U2);
        // exactly half of the members is enough (≥ 0.5)
        ReviewResult half = review(Reviews.bloc(2024, 3).vote("u01", AwardType.PROVINCIAL_FLAG, 2, 3, 4));
        assertThat(half.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U1);
    }

    @Test
    void excludedUnitsGetNothingAndSayWhy() {
        ReviewResult r = review(Reviews.bloc(2024, 3).facts("u01", f -> f.pendingComplaint(true)));
        assertThat(r.decisionsFor(U1)).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(d.unmet()).extracting(Reason::ruleId).contains("EXCL24_PENDING_REVIEW_ND98");
        });
        assertThat(r.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U2);
    }

    @Test
    void pressIssuesExcludeOnlyFrom2024() {
        ReviewResult y2023 = review(Reviews.bloc(2023, 3).facts("u01", f -> f.pressIssue(true)));
        assertThat(y2023.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U1);
        ReviewResult y2024 = review(Reviews.bloc(2024, 3).facts("u01", f -> f.pressIssue(true)));
        assertThat(y2024.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U2);
    }

    @Test
    void aServedDisciplinePeriodEndingOnTheFirstOfJanuaryLeavesTheYearWhole() {
        ReviewResult whole = review(Reviews.bloc(2024, 3).facts("u01", f -> f.disciplineEndedOn(java.time.LocalDate.of(2024, 1, 1))));
        assertThat(whole.units(AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED)).containsExactly(U1);
        // ... but the streak before it does not count: last year's rating is before the end of discipline
        assertThat(whole.decision(U1, AwardType.PROVINCIAL_CERTIFICATE).orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        ReviewResult partial = review(Reviews.bloc(2024, 3).facts("u01", f -> f.disciplineEndedOn(java.time.LocalDate.of(2024, 1, 2))));
        assertThat(partial.decision(U1, AwardType.CERTIFICATE_OF_COMMENDATION).orElseThrow().outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void aUnitWithTheCertificateStreakIsPutToTheCouncilForThePmCertificateAndTakesNoCertificateQuota() {
        Reviews f = Reviews.bloc(2024, 4);
        f.award("u03", AwardType.PROVINCIAL_CERTIFICATE, 2018, AwardKind.REGULAR)
                .award("u03", AwardType.PROVINCIAL_FLAG, 2021, AwardKind.REGULAR);
        for (int y = 2020; y <= 2024; y++) {
            f.rating("u03", y, TaskRating.EXCELLENT);
        }
        ReviewResult r = review(f);
        assertThat(r.decision(U3, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow().outcome()).isEqualTo(Outcome.PENDING_PROVINCE);
        assertThat(r.decision(U3, AwardType.PROVINCIAL_CERTIFICATE).orElseThrow().outcome()).isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        // 4 × 0.5 = 2 certificates go to u02 and u04, not to u03
        assertThat(r.units(AwardType.PROVINCIAL_CERTIFICATE, Outcome.RECOMMENDED)).containsExactly(U2, UnitId.of("u04"));
    }

    @Test
    void irregularAndThematicAwardsNeverCountTowardThePmCertificate() {
        Reviews f = Reviews.bloc(2024, 4);
        f.award("u03", AwardType.PROVINCIAL_CERTIFICATE, 2018, AwardKind.IRREGULAR)
                .award("u03", AwardType.PROVINCIAL_FLAG, 2021, AwardKind.THEMATIC)
                .revoked("u03", AwardType.PROVINCIAL_CERTIFICATE, 2017);
        for (int y = 2020; y <= 2024; y++) {
            f.rating("u03", y, TaskRating.EXCELLENT);
        }
        Decision pm = review(f).decision(U3, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow();
        assertThat(pm.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(pm.unmet()).extracting(Reason::ruleId)
                .containsExactlyInAnyOrder("PMC24_PRIOR_PROVINCIAL_CERTIFICATE", "PMC24_AWARDS_IN_WINDOW");
    }

    @Test
    void thresholdsAreExactOnBothSides() {
        // TTLĐXS 70 %: 7/10 passes, 69/100 fails (covered in ConditionRulesTest), 70/100 passes
        assertThat(eligible(2024, AwardType.EXCELLENT_LABOUR_COLLECTIVE, 100, 100, 70, 1, 0)).isTrue();
        assertThat(eligible(2024, AwardType.EXCELLENT_LABOUR_COLLECTIVE, 100, 100, 69, 1, 0)).isFalse();
        // all members completed: 100/100 passes, 99/100 fails
        assertThat(eligible(2022, AwardType.EXCELLENT_LABOUR_COLLECTIVE, 100, 100, 80, 1, 0)).isTrue();
        assertThat(eligible(2022, AwardType.EXCELLENT_LABOUR_COLLECTIVE, 100, 99, 80, 1, 0)).isFalse();
        // TTLĐTT more than 50 %: 51/100 passes, 50/100 fails, both regimes
        for (int year : List.of(2022, 2024)) {
            assertThat(eligible(year, AwardType.ADVANCED_LABOUR_COLLECTIVE, 100, 100, 51, 0, 0)).isTrue();
            assertThat(eligible(year, AwardType.ADVANCED_LABOUR_COLLECTIVE, 100, 100, 50, 0, 0)).isFalse();
        }
    }

    private static boolean eligible(int year, AwardType award, int head, int completed, int advanced, int fighters, int disc) {
        ReviewResult r = review(Reviews.bloc(year, 3).stats("u03", head, completed, advanced, fighters, disc));
        return r.decision(U3, award).orElseThrow().outcome() != Outcome.NOT_ELIGIBLE;
    }
}
