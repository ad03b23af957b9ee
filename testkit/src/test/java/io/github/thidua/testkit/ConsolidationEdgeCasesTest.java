package io.github.thidua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.testkit.reference.ReferenceConsolidation;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two consolidation cases the differential law found where the engine once departed from docs/legal-notes.md
 * (the cap's base, and the fallback of a cut Government flag); engine and reference must both follow the docs.
 */
class ConsolidationEdgeCasesTest {
    static final Profile NATIONAL = Profiles.bundled("national");
    static final Engine ENGINE = Engine.builder().build();

    /**
     * Five one-unit blocs: five bloc leaders. b05's leader also qualifies for the PM certificate, so its provincial
     * flag gives way to PENDING_PROVINCE; it is still a leader, so the cap is floor(20 % × 5) = 1.
     */
    @Test
    void theCapCountsEveryBlocLeaderWhateverItsAward() {
        List<BlocReview> blocs = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
            blocs.add(bloc("b0" + b, 100 - b, b == 5));
        }
        ProvinceReview province = new ProvinceReview("Tỉnh thử", 2024, null, "national", blocs, true, null);
        ConsolidationResult engine = ENGINE.consolidate(province, NATIONAL);
        ReferenceConsolidation reference = new ReferenceEvaluator().consolidate(province, NATIONAL);

        UnitId pmc = UnitId.of("b05-u01");
        assertThat(engine.blocs().get(4).decision(pmc, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow().outcome())
                .isEqualTo(Outcome.PENDING_PROVINCE);
        assertThat(engine.blocs().get(4).leaders()).containsExactly(pmc);
        assertThat(engine.quota().leaders()).isEqualTo(5);
        assertThat(engine.quota().cap()).isEqualTo(1);
        assertThat(reference.leaders()).isEqualTo(5);
        assertThat(reference.cap()).isEqualTo(1);
        assertThat(engine.decisions().stream().filter(d -> d.award() == AwardType.GOVERNMENT_FLAG
                && d.outcome() == Outcome.RECOMMENDED)).hasSize(1);
    }

    /**
     * One one-unit bloc (one leader: cap floor(20 % × 1) = 0). Its unit is proposed for the Government flag and also
     * meets the PM-certificate conditions, which "no two state-level forms in one year" set aside. The council cuts
     * the flag: the leader, meeting the standards, still holds its provincial flag (a title beside a form), and the PM
     * certificate is no longer a second state-level form, so it goes to the council again.
     */
    @Test
    void aLeaderWhoseGovernmentFlagTheCouncilCutsKeepsItsProvincialFlagAndItsPmCertificateGoesToTheCouncil() {
        BlocReview b = bloc("b01", 99, true);
        UnitId u = UnitId.of("b01-u01");
        // the same unit, Party organisation clean and strong: Government-flag eligible too
        UnitYearFacts f = b.facts().get(0);
        BlocReview eligible = new BlocReview(b.stage(), b.year(), b.reviewDate(), b.bloc(), b.term(), b.pact(),
                b.scheme(), b.scorecards(), b.ratings(), List.of(new UnitYearFacts(u, 2024, true, true, true, false,
                false, false, false, null, f.members())), b.history(), b.votes(), b.election(), b.profile(), true, null);
        ProvinceReview province = new ProvinceReview("Tỉnh thử", 2024, null, "national", List.of(eligible), true, null);
        var bloc = ENGINE.review(eligible, NATIONAL);
        // in the bloc: the Government flag and the provincial flag; the PM certificate set aside (state-level forms)
        assertThat(bloc.decision(u, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(bloc.decision(u, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow().reasons().get(0).ruleId())
                .isEqualTo("DECIDE24_STATE_FORM_ND98");
        ConsolidationResult engine = ENGINE.consolidate(province, NATIONAL);
        var result = engine.blocs().get(0);
        assertThat(result.decision(u, AwardType.GOVERNMENT_FLAG).orElseThrow().outcome())
                .isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        var pmc = result.decision(u, AwardType.PRIME_MINISTER_CERTIFICATE).orElseThrow();
        assertThat(pmc.outcome()).isEqualTo(Outcome.PENDING_PROVINCE);
        assertThat(pmc.reasons().get(0).ruleId()).isEqualTo("CONS24_GOVERNMENT_FLAG_CAP");
        var flag = result.decision(u, AwardType.PROVINCIAL_FLAG).orElseThrow();
        assertThat(flag.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(flag.reasons().get(0).ruleId()).isEqualTo("CONS24_GOVERNMENT_FLAG_CAP");
        assertThat(flag.reasons().get(0).en()).contains("keeps the Provincial Emulation Flag");
        ReferenceConsolidation reference = new ReferenceEvaluator().consolidate(province, NATIONAL);
        assertThat(reference.outcome(u, AwardType.PRIME_MINISTER_CERTIFICATE)).isEqualTo(Outcome.PENDING_PROVINCE);
        assertThat(reference.outcome(u, AwardType.PROVINCIAL_FLAG)).isEqualTo(Outcome.RECOMMENDED);
    }

    /** A one-unit bloc whose unit leads it (and, with {@code pmc}, has a PM-certificate record). */
    static BlocReview bloc(String id, int score, boolean pmc) {
        UnitId u = UnitId.of(id + "-u01");
        List<YearRating> ratings = new ArrayList<>();
        for (int y = 2018; y <= 2024; y++) {
            ratings.add(new YearRating(u, y, TaskRating.EXCELLENT));
        }
        List<AwardRecord> history = pmc
                ? List.of(new AwardRecord(u, AwardType.PROVINCIAL_CERTIFICATE, 2019, null, AwardKind.REGULAR,
                        AwardStatus.GRANTED),
                new AwardRecord(u, AwardType.PROVINCIAL_FLAG, 2022, null, AwardKind.REGULAR, AwardStatus.GRANTED))
                : List.of();
        ScoringScheme scheme = new ScoringScheme(BigDecimal.valueOf(100),
                List.of(new Criterion("R1", "Nhóm", "Tiêu chí", CriterionKind.REGULAR, BigDecimal.valueOf(100))),
                BigDecimal.TEN, BigDecimal.TEN);
        // b05 is a leader but not proposed for the Government flag: its Party organisation is not rated clean
        UnitYearFacts facts = new UnitYearFacts(u, 2024, true, !pmc, true, false, false, false, false, null,
                new MemberStatistics(10, 10, 8, 1, 0, 3));
        return new BlocReview(Stage.YEAR_END, 2024, null,
                new Bloc(BlocId.of(id), "Khối " + id, BlocKind.KHOI, "Tỉnh thử", null,
                        List.of(new Unit(u, "Đơn vị " + u, UnitKind.STATE_AGENCY))),
                null, null, scheme, List.of(new Scorecard(u, List.of(new Score("R1", BigDecimal.valueOf(score), null)))),
                ratings, List.of(facts), history, List.of(), null, "national", true, null);
    }
}
