package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provincial council caps Government flags at a share of bloc leaders; cut proposals fall back. */
class ConsolidationTest {
    @Test
    void theBacNinhCouncilKeepsOneGovernmentFlagOfTwoAndTheOtherFallsBack() {
        Path dir = Path.of("../examples/scenarios");
        ProvinceReview p = Scenarios.readProvinceReview(dir.resolve("province-bac-ninh-2022.json"));
        ConsolidationResult c = TestEngine.get().consolidate(p, Profiles.resolve(p.profile(), dir));
        assertThat(c.quota().leaders()).isEqualTo(6);
        assertThat(c.quota().cap()).isEqualTo(1);
        assertThat(c.quota().proposed()).isEqualTo(2);
        assertThat(c.quota().confirmed()).isEqualTo(1);
        List<Decision> gov = c.decisions().stream().filter(d -> d.award() == AwardType.GOVERNMENT_FLAG).toList();
        Decision cut = gov.stream().filter(d -> d.outcome() == Outcome.ELIGIBLE_NOT_SELECTED
                && d.reasons().get(0).ruleId().equals("CONS17_GOVERNMENT_FLAG_CAP")).findFirst().orElseThrow();
        Decision fallback = c.decisions().stream()
                .filter(d -> d.unit().equals(cut.unit()) && d.award() == AwardType.PROVINCIAL_FLAG).findFirst().orElseThrow();
        assertThat(fallback.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(fallback.reasons()).extracting(Reason::ruleId).contains("CONS17_GOVERNMENT_FLAG_CAP");
        assertThat(cut.reasons().get(0).certainty().code()).isEqualTo("confirmed");
    }

    @Test
    void inRegime2024TheShareIsAnAssumption() {
        List<BlocReview> blocs = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            BlocReview r = Reviews.bloc(2024, 6).build();
            blocs.add(rename(r, "bloc-" + b, "b" + b + "-"));
        }
        ProvinceReview p = new ProvinceReview("Tỉnh thử", 2024, null, "national", blocs, false, null);
        ConsolidationResult c = TestEngine.get().consolidate(p);
        // 2 leaders (one per bloc) × 20 % → 0 Government flags; both fall back
        assertThat(c.quota().cap()).isZero();
        assertThat(c.decisions().stream().filter(d -> d.award() == AwardType.GOVERNMENT_FLAG && d.outcome() == Outcome.RECOMMENDED)).isEmpty();
        assertThat(c.decisions().stream().filter(d -> d.award() == AwardType.PROVINCIAL_FLAG && d.outcome() == Outcome.RECOMMENDED)).hasSize(2);
        Decision cut = c.decisions().stream().filter(d -> d.award() == AwardType.GOVERNMENT_FLAG
                && d.outcome() == Outcome.ELIGIBLE_NOT_SELECTED && d.reasons().get(0).ruleId().startsWith("CONS24")).findFirst().orElseThrow();
        assertThat(cut.reasons().get(0).certainty().code()).isEqualTo("assumption");
    }

    @Test
    void aUnitMayNotBelongToTwoBlocsOfTheProvince() {
        BlocReview a = rename(Reviews.bloc(2024, 3).build(), "a", "x-");
        BlocReview b = rename(Reviews.bloc(2024, 3).build(), "b", "x-");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProvinceReview("T", 2024, null, "national", List.of(a, b), false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-u01");
    }

    /** The same fixture bloc under another id, its unit ids prefixed (a unit belongs to one bloc only). */
    static BlocReview rename(BlocReview r, String blocId, String prefix) {
        java.util.function.Function<UnitId, UnitId> m = u -> UnitId.of(prefix + u.value());
        var bloc = new io.github.thidua.core.Bloc(io.github.thidua.core.BlocId.of(blocId), r.bloc().name(), r.bloc().kind(),
                r.bloc().province(), null, r.bloc().members().stream().map(u -> new io.github.thidua.core.Unit(m.apply(u.id()), u.name(), u.kind())).toList());
        return new BlocReview(r.stage(), r.year(), r.reviewDate(), bloc, null, null, r.scheme(),
                r.scorecards().stream().map(s -> new io.github.thidua.core.Scorecard(m.apply(s.unit()), s.scores())).toList(),
                r.ratings().stream().map(x -> new io.github.thidua.core.YearRating(m.apply(x.unit()), x.year(), x.rating())).toList(),
                r.facts().stream().map(f -> new io.github.thidua.core.UnitYearFacts(m.apply(f.unit()), f.year(), f.targetsExceeded(),
                        f.partyCleanStrong(), f.solidarity(), f.underDisciplineReview(), f.underInvestigation(), f.pendingComplaint(),
                        f.pressIssueUnderVerification(), f.disciplineEndedOn(), f.members())).toList(),
                r.history().stream().map(h -> new io.github.thidua.core.AwardRecord(m.apply(h.unit()), h.award(),
                        h.achievementYear(), h.decision(), h.kind(), h.status(), h.periodFrom())).toList(),
                List.of(), null, r.profile(), false, null, null, null,
                r.exclusions().stream().map(x -> new io.github.thidua.core.ExclusionFact(m.apply(x.unit()), x.kind(), x.from(),
                        x.to(), x.violationFound(), x.note())).toList(),
                r.attestations().stream().map(a -> new io.github.thidua.core.Attestation(m.apply(a.unit()), a.year(),
                        a.condition(), a.met(), a.evidence())).toList());
    }
}
