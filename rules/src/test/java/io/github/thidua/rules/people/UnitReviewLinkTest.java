package io.github.thidua.rules.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bloc review built from its members' unit reviews reproduces the collective titles; a disagreement is reported. */
class UnitReviewLinkTest {
    static final Engine ENGINE = Engine.builder().build();
    static final UnitReviewEngine PEOPLE = new UnitReviewEngine(ENGINE);

    private static UnitReview example() {
        return UnitReviews.read(Path.of("../examples/scenarios/unit-bac-ninh-2025-home-affairs.json"));
    }

    /** The one-member bloc of the unit review, without its typed facts. */
    private static BlocReview blocWithoutFacts(UnitReview r) {
        BlocReview b = UnitReviewEngine.collectiveBloc(r, PEOPLE.review(r).statistics());
        return new BlocReview(b.stage(), b.year(), b.reviewDate(), b.bloc(), null, null, null, List.of(), b.ratings(),
                List.of(), List.of(), List.of(), null, b.profile(), false, null);
    }

    @Test
    void theBlocBuiltFromTheUnitReviewReproducesItsCollectiveTitles() {
        UnitReview r = example();
        UnitReviewResult people = PEOPLE.review(r);
        BlocReview linked = UnitReviewLink.apply(blocWithoutFacts(r), Map.of("unit.json", r), PEOPLE,
                Profiles.bundled("national"));
        assertThat(linked.facts()).singleElement().extracting(UnitYearFacts::members).isEqualTo(people.statistics());
        var bloc = ENGINE.review(linked, Profiles.bundled("national"));
        for (AwardType t : List.of(AwardType.ADVANCED_LABOUR_COLLECTIVE, AwardType.EXCELLENT_LABOUR_COLLECTIVE)) {
            var fromBloc = bloc.decision(r.unit().id(), t).orElseThrow();
            var fromUnit = people.collective().stream().filter(d -> d.award() == t).findFirst().orElseThrow();
            assertThat(fromBloc.unmet()).as(t.name()).isEqualTo(fromUnit.unmet());
            assertThat(fromBloc.outcome() == Outcome.NOT_ELIGIBLE).as(t.name())
                    .isEqualTo(fromUnit.outcome() == Outcome.NOT_ELIGIBLE);
        }
    }

    @Test
    void typedStatisticsThatDisagreeAreAnErrorNamingBoth() {
        UnitReview r = example();
        BlocReview b = blocWithoutFacts(r);
        MemberStatistics wrong = new MemberStatistics(40, 40, 30, 5, 0, 23);
        UnitYearFacts typed = new UnitYearFacts(r.unit().id(), r.year(), true, true, true, false, false, false, false,
                null, wrong);
        BlocReview withTyped = new BlocReview(b.stage(), b.year(), b.reviewDate(), b.bloc(), null, null, null, List.of(),
                b.ratings(), List.of(typed), List.of(), List.of(), null, b.profile(), false, null);
        assertThatThrownBy(() -> UnitReviewLink.apply(withTyped, Map.of("unit.json", r), PEOPLE,
                Profiles.bundled("national")))
                .isInstanceOf(UnitReviewLink.MismatchException.class)
                .hasMessageContaining("the statistics typed for 'so-noi-vu' for 2025 disagree with unit review"
                        + " 'unit.json'")
                .hasMessageContaining("Lao động tiên tiến typed 30, derived 34")
                .hasMessageContaining("completed tasks typed 40, derived 39");
        MemberStatistics right = PEOPLE.review(r).statistics();
        UnitYearFacts agreeing = new UnitYearFacts(r.unit().id(), r.year(), true, true, true, false, false, false,
                false, null, right);
        BlocReview ok = new BlocReview(b.stage(), b.year(), b.reviewDate(), b.bloc(), null, null, null, List.of(),
                b.ratings(), List.of(agreeing), List.of(), List.of(), null, b.profile(), false, null);
        assertThat(UnitReviewLink.apply(ok, Map.of("unit.json", r), PEOPLE, Profiles.bundled("national")).facts())
                .containsExactly(agreeing);
    }
}
