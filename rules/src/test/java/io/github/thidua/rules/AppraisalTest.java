package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Attestation;
import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BlocDecisions;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.CouncilSession;
import io.github.thidua.core.ExclusionFact;
import io.github.thidua.core.ExclusionKind;
import io.github.thidua.core.Proposal;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Tally;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.Authority;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AwardType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two modes, one pack: suggest when nothing is recorded; appraise (thẩm định) the bloc's and council's decisions. */
class AppraisalTest {
    static final UnitId U1 = UnitId.of("u01");
    static final UnitId U2 = UnitId.of("u02");
    static final UnitId U3 = UnitId.of("u03");

    private static Engine engine() {
        return TestEngine.get();
    }

    private static Proposal p(UnitId u, AwardType a) {
        return new Proposal(u, a, null, null);
    }

    private static BlocReview with(BlocReview r, List<ExclusionFact> exclusions, List<Attestation> attestations) {
        return new BlocReview(r.stage(), r.year(), r.reviewDate(), r.bloc(), r.term(), r.pact(), r.scheme(),
                r.scorecards(), r.ratings(), r.facts(), r.history(), r.votes(), r.election(), r.profile(),
                r.illustrative(), r.note(), r.dossierReceivedDate(), r.decisions(), exclusions, attestations);
    }

    /** The suggestion's own choices recorded as the bloc's decisions. */
    static BlocDecisions asRecorded(ReviewResult s) {
        List<Proposal> ps = new ArrayList<>();
        for (Decision d : s.decisions()) {
            if (d.outcome().isAward() && AuthorityCatalogue.blocProposes(d.award(), s.decisionDate())) {
                ps.add(p(d.unit(), d.award()));
            }
        }
        return new BlocDecisions(s.leaders(), ps, null);
    }

    @Test
    void withoutDecisionsTheResultIsALabelledSuggestionAndNoLowerTitleIsABlocProposal() {
        Appraisal a = engine().appraise(Reviews.bloc(2024, 6).build());
        assertThat(a.mode()).isEqualTo(Appraisal.Mode.SUGGEST);
        assertThat(a.verdicts()).isEmpty();
        assertThat(a.notes().get(0).ruleId()).isEqualTo("APPR_MODE_SUGGEST");
        for (AwardType t : List.of(AwardType.EXCELLENT_LABOUR_COLLECTIVE, AwardType.ADVANCED_LABOUR_COLLECTIVE,
                AwardType.CERTIFICATE_OF_COMMENDATION)) {
            assertThat(a.suggestion().units(t, Outcome.RECOMMENDED)).as(t.name()).isEmpty();
        }
        assertThat(a.suggestion().units(AwardType.EXCELLENT_LABOUR_COLLECTIVE, Outcome.ELIGIBLE_OTHER_AUTHORITY))
                .isNotEmpty();
        assertThat(a.notes()).anyMatch(r -> r.ruleId().equals("APPR_OTHER_AUTHORITY"));
    }

    @Test
    void whenTheRecordedDecisionsEqualTheSuggestionBothModesAgree() {
        for (int year : new int[] {2022, 2024}) {
            BlocReview review = Reviews.bloc(year, 6).build();
            ReviewResult s = engine().review(review);
            BlocReview recorded = review.withDecisions(asRecorded(s));
            if (year == 2022) {
                List<Attestation> att = s.leaders().stream()
                        .map(u -> new Attestation(u, year, AttestedCondition.NEW_MODEL, true, "test")).toList();
                recorded = with(recorded, List.of(), att);
            }
            Appraisal a = engine().appraise(recorded);
            assertThat(a.mode()).isEqualTo(Appraisal.Mode.APPRAISE);
            assertThat(a.verdicts()).isNotEmpty();
            assertThat(a.verdicts()).as(year + "").allSatisfy(v -> assertThat(v.kind()).as(v.toString())
                    .isEqualTo(Verdict.Kind.VALID));
            assertThat(a.differences()).isEmpty();
        }
    }

    @Test
    void aTitleDecidedByTheManagingAgencyIsNotWithinTheBlocsPower() {
        BlocReview r = Reviews.bloc(2024, 6).build().withDecisions(new BlocDecisions(List.of(U1),
                List.of(p(U3, AwardType.ADVANCED_LABOUR_COLLECTIVE)), null));
        Verdict v = engine().appraise(r).verdicts().get(0);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.NOT_WITHIN_POWER);
        assertThat(v.authority()).isEqualTo(Authority.HEAD_OF_AGENCY);
        assertThat(v.reasons().get(0).legalBasis()).contains("Điều 80");
    }

    @Test
    void anIneligibleProposalIsFlaggedWithItsUnmetConditionsAndCitations() {
        BlocReview r = Reviews.bloc(2024, 6).facts("u03", f -> f.targetsExceeded(false).solidarity(false)).build()
                .withDecisions(new BlocDecisions(List.of(U1), List.of(p(U1, AwardType.PROVINCIAL_FLAG),
                        p(U3, AwardType.PROVINCIAL_CERTIFICATE), p(U2, AwardType.PROVINCIAL_FLAG)), null));
        Appraisal a = engine().appraise(r);
        assertThat(a.verdicts().get(0).kind()).isEqualTo(Verdict.Kind.VALID);
        Verdict bad = a.verdicts().get(1);
        assertThat(bad.kind()).isEqualTo(Verdict.Kind.NOT_ELIGIBLE);
        assertThat(bad.unmet()).isNotEmpty().allSatisfy(u -> assertThat(u.legalBasis()).isNotBlank());
        // u02 was not chosen as a leader: the provincial flag is not open to it
        Verdict notLeader = a.verdicts().get(2);
        assertThat(notLeader.kind()).isEqualTo(Verdict.Kind.NOT_ELIGIBLE);
        assertThat(notLeader.unmet()).extracting(Reason::ruleId).contains("APPR_LEADER");
    }

    @Test
    void theBlocMayChooseTheSecondRankedLeaderAndTheEngineSaysWhereItDiffers() {
        BlocReview r = Reviews.bloc(2024, 4).build().withDecisions(new BlocDecisions(List.of(U2),
                List.of(p(U2, AwardType.PROVINCIAL_FLAG)), null));
        Appraisal a = engine().appraise(r);
        assertThat(a.leaders()).containsExactly(U2);
        assertThat(a.verdicts().get(0).kind()).isEqualTo(Verdict.Kind.VALID);
        assertThat(a.differences()).anyMatch(d -> d.en().contains("The bloc chose") && d.en().contains("ranks 1"));
    }

    @Test
    void aVoteBelowTheThresholdAndProposalsOverTheQuotaAreFlagged() {
        BlocReview r = Reviews.bloc(2024, 6).build().withDecisions(new BlocDecisions(List.of(U1), List.of(
                new Proposal(U1, AwardType.PROVINCIAL_FLAG, new Tally(2, 4, 6, 6, 0), null),
                p(U2, AwardType.PROVINCIAL_CERTIFICATE), p(U3, AwardType.PROVINCIAL_CERTIFICATE),
                p(UnitId.of("u04"), AwardType.PROVINCIAL_CERTIFICATE), p(UnitId.of("u05"), AwardType.PROVINCIAL_CERTIFICATE)),
                null));
        Appraisal a = engine().appraise(r);
        assertThat(a.verdicts().get(0).kind()).isEqualTo(Verdict.Kind.VOTE_BELOW_THRESHOLD);
        assertThat(a.verdicts().subList(1, 4)).allSatisfy(v -> assertThat(v.kind()).isEqualTo(Verdict.Kind.VALID));
        assertThat(a.verdicts().get(4).kind()).isEqualTo(Verdict.Kind.OVER_QUOTA);
    }

    @Test
    void aLeaderProposedForTheGovernmentFlagKeepsItsProvincialFlag() {
        BlocReview r = Reviews.bloc(2024, 6).build().withDecisions(new BlocDecisions(List.of(U1), List.of(
                p(U1, AwardType.GOVERNMENT_FLAG), p(U1, AwardType.PROVINCIAL_FLAG)), null));
        Appraisal a = engine().appraise(r);
        assertThat(a.verdicts()).allSatisfy(v -> assertThat(v.kind()).isEqualTo(Verdict.Kind.VALID));
        assertThat(a.verdicts().get(1).reasons()).anyMatch(x -> x.ruleId().equals("APPR_LEADER_KEEPS_FLAG"));
    }

    @Test
    void datedExclusionsBarWhileTheyRunAndNotAfterAnInspectionEndsWithoutViolation() {
        BlocReview base = Reviews.bloc(2024, 6).reviewDate(LocalDate.of(2024, 12, 20)).build()
                .withDecisions(new BlocDecisions(List.of(U1), List.of(p(U1, AwardType.PROVINCIAL_FLAG)), null));
        Verdict running = engine().appraise(with(base, List.of(new ExclusionFact(U1, ExclusionKind.INVESTIGATION,
                LocalDate.of(2024, 10, 1), null, false, null)), List.of())).verdicts().get(0);
        assertThat(running.kind()).isEqualTo(Verdict.Kind.NOT_ELIGIBLE);
        // the pack's own dated-exclusion condition (suggest mode evaluates it too)
        assertThat(running.unmet()).extracting(Reason::ruleId).contains("EXCL24_DATED_ND98");
        assertThat(running.unmet()).anyMatch(x -> x.vi().startsWith("Đang trong thủ tục") && !x.citations().isEmpty());
        Verdict ended = engine().appraise(with(base, List.of(new ExclusionFact(U1, ExclusionKind.INVESTIGATION,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), false, null)), List.of())).verdicts().get(0);
        assertThat(ended.kind()).isEqualTo(Verdict.Kind.VALID);
        assertThat(ended.reasons()).anyMatch(x -> x.ruleId().equals("APPR_EXCLUSION_ENDED"));
    }

    @Test
    void anUnattestedNewModelIsNotSilentlyMet() {
        BlocReview r = Reviews.bloc(2022, 6).noDefaultAttestations().build().withDecisions(new BlocDecisions(List.of(U1),
                List.of(p(U1, AwardType.PROVINCIAL_FLAG)), null));
        Appraisal a = engine().appraise(r);
        Verdict v = a.verdicts().get(0);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.NOT_ELIGIBLE);
        assertThat(v.unmet()).extracting(Reason::ruleId).containsExactly("PF17_NEW_MODEL");
        assertThat(v.unmet().get(0).en()).startsWith("Not attested");
        // suggest mode too: no unit is suggested for the flag on a silent condition
        assertThat(a.suggestion().units(AwardType.PROVINCIAL_FLAG, Outcome.RECOMMENDED)).isEmpty();
        assertThat(a.suggestion().decision(U1, AwardType.PROVINCIAL_FLAG).orElseThrow().unmet())
                .extracting(Reason::vi).containsExactly("Chưa được xác nhận: " + AttestedCondition.NEW_MODEL.vi());
        // attested as met: the flag stands
        BlocReview attested = Reviews.bloc(2022, 6).noDefaultAttestations().attest("u01", AttestedCondition.NEW_MODEL, true)
                .build().withDecisions(r.decisions());
        assertThat(engine().appraise(attested).verdicts().get(0).kind()).isEqualTo(Verdict.Kind.VALID);
    }

    // ---- the council ----

    private static ProvinceReview province(int year, LocalDate session, CouncilSession council) {
        BlocReview a = Reviews.bloc(year, 6).build().withDecisions(new BlocDecisions(List.of(U1), List.of(
                p(U1, AwardType.GOVERNMENT_FLAG), p(U1, AwardType.PROVINCIAL_FLAG)), null));
        BlocReview b = renamed(a);
        return new ProvinceReview("Tỉnh thử", year, session, "national", List.of(a, b), false, null, council);
    }

    /** The same fixture as a second bloc with other ids. */
    private static BlocReview renamed(BlocReview r) {
        return io.github.thidua.core.json.Scenarios.readBlocReview(io.github.thidua.core.json.Scenarios.write(r)
                .replace("\"u0", "\"v0").replace("test-bloc", "test-bloc-2"), "b.json", null);
    }

    @Test
    void withoutASessionTheCouncilsPartIsASuggestion() {
        CouncilAppraisal c = engine().appraise(province(2024, LocalDate.of(2025, 3, 10), null));
        assertThat(c.mode()).isEqualTo(Appraisal.Mode.SUGGEST);
        assertThat(c.verdicts()).isNotEmpty().allSatisfy(v -> assertThat(v.kind()).isEqualTo(CouncilVerdict.Kind.SUGGESTED));
        assertThat(c.notes().get(0).ruleId()).isEqualTo("COUNCIL_SUGGESTION");
    }

    @Test
    void aBallotBelowEightyPercentOfAllMembersIsNotPassedAndTheCapHolds() {
        UnitId v1 = UnitId.of("v01");
        CouncilSession session = new CouncilSession(LocalDate.of(2025, 3, 10), 20, 18, List.of(
                new Ballot(U1, AwardType.PROVINCIAL_FLAG, new Tally(16, 2, 18, 20, 0), null),
                new Ballot(v1, AwardType.PROVINCIAL_FLAG, new Tally(15, 3, 18, 20, 0), null),
                new Ballot(U1, AwardType.GOVERNMENT_FLAG, new Tally(17, 1, 18, 20, 0), true),
                new Ballot(v1, AwardType.GOVERNMENT_FLAG, new Tally(18, 0, 18, 20, 0), true)), null);
        CouncilAppraisal c = engine().appraise(province(2024, LocalDate.of(2025, 3, 10), session));
        assertThat(c.mode()).isEqualTo(Appraisal.Mode.APPRAISE);
        CouncilVerdict pass = c.verdicts().stream().filter(v -> v.unit().equals(U1) && v.award() == AwardType.PROVINCIAL_FLAG)
                .findFirst().orElseThrow();
        assertThat(pass.kind()).isEqualTo(CouncilVerdict.Kind.PASSED);
        CouncilVerdict below = c.verdicts().stream().filter(v -> v.unit().equals(v1) && v.award() == AwardType.PROVINCIAL_FLAG)
                .findFirst().orElseThrow();
        assertThat(below.kind()).isEqualTo(CouncilVerdict.Kind.BELOW_THRESHOLD);
        assertThat(below.passed()).isFalse();
        assertThat(below.reasons().get(0).legalBasis()).contains("Điều 30, khoản 7");
        // 2 blocs × leaders; floor(20 % × leaders) Government flags at most, kept in the council's order
        List<CouncilVerdict> gf = c.verdicts().stream().filter(v -> v.award() == AwardType.GOVERNMENT_FLAG).toList();
        assertThat(gf.stream().filter(CouncilVerdict::passed).count()).isLessThanOrEqualTo(c.governmentFlagCap());
        assertThat(gf).anyMatch(v -> v.kind() == CouncilVerdict.Kind.OVER_CAP || c.governmentFlagCap() >= 2);
    }

    @Test
    void aSessionBelowTheProvincesAttendanceRulePassesNothing() {
        CouncilSession session = new CouncilSession(LocalDate.of(2026, 3, 10), 20, 15, List.of(
                new Ballot(U1, AwardType.PROVINCIAL_FLAG, new Tally(17, 0, 15, 20, 2), null)), null);
        ProvinceReview p = province(2025, LocalDate.of(2026, 3, 10), session);
        ProvinceReview bacNinh = new ProvinceReview(p.province(), p.year(), p.reviewDate(), "bac-ninh", p.blocs(),
                false, null, session);
        CouncilAppraisal c = engine().appraise(bacNinh);
        assertThat(c.verdicts()).allSatisfy(v -> assertThat(v.kind()).isEqualTo(CouncilVerdict.Kind.NO_QUORUM));
        assertThat(c.notes()).anyMatch(r -> r.ruleId().equals("COUNCIL_ATTENDANCE_BELOW")
                && r.legalBasis().contains("86/2025"));
    }
}
