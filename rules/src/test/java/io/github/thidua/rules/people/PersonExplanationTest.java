package io.github.thidua.rules.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.rules.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitReviewResult#explain}: per person and title, the conditions met and not met with their citations,
 * the ballot, the quota place, the initiatives used and the deciding authority, all from what the rules recorded.
 */
class PersonExplanationTest {
    static final Path DIR = Path.of("../examples/scenarios");
    static final UnitReviewEngine PEOPLE = UnitReviewLinkTest.PEOPLE;

    private static UnitReviewResult review(String file) {
        return PEOPLE.review(UnitReviews.read(DIR.resolve(file)));
    }

    @Test
    void aProvincialFighterShowsItsConditionsBallotInitiativeAndAuthority() {
        PersonExplanation x = review("unit-bac-ninh-2025-home-affairs.json").explain("p01");
        assertThat(x.name()).isEqualTo("Trần Minh Bình");
        assertThat(x.cases()).extracting(PersonExplanation.Case::award).containsExactly(IndividualAward.values());
        PersonExplanation.Case c = x.cases().stream().filter(k -> k.award() == IndividualAward.PROVINCIAL_FIGHTER)
                .findFirst().orElseThrow();
        assertThat(c.outcome()).isEqualTo(PersonOutcome.RECOMMENDED);
        assertThat(c.unmet()).isEmpty();
        assertThat(c.met()).extracting(Reason::ruleId)
                .contains("CSTDT24_THREE_GRASSROOTS", "CSTDT24_OUTSTANDING", "CSTDT24_INITIATIVE");
        assertThat(c.met()).allSatisfy(r -> assertThat(r.kind()).isIn(Reason.Kind.CONDITION, Reason.Kind.EXCLUSION));
        assertThat(c.ballot()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reason.Kind.VOTE);
            assertThat(r.en()).contains("9/9");
        });
        assertThat(c.quota()).isEmpty();
        assertThat(c.initiatives()).containsExactly("sk-2025-01");
        assertThat(c.authority().en()).contains("provincial People's Committee");
        // from the authority catalogue (core), by the decision date and the kind of agency
        assertThat(c.authority().catalogueId()).isEqualTo("auth.PROVINCIAL_EMULATION_FIGHTER.2024");
        assertThat(x.cases().get(0).authority().catalogueId()).isEqualTo("auth.ADVANCED_LABOURER.2024.department");
        assertThat(x.cases().get(0).authority().basis()).contains("Điều 80");
        assertThat(c.decision().ballotPending()).isFalse();
        // no ballot yet for the national title: pending, and the conditions not met listed
        PersonExplanation.Case national = x.cases().stream().filter(k -> k.award() == IndividualAward.NATIONAL_FIGHTER)
                .findFirst().orElseThrow();
        assertThat(national.outcome()).isEqualTo(PersonOutcome.NOT_ELIGIBLE);
        assertThat(national.unmet()).extracting(Reason::ruleId).contains("CSTDTQ24_TWO_PROVINCIAL");
        assertThat(national.decision().ballotPending()).isTrue();
    }

    @Test
    void theCapPlaceAndAShortBallotAreUnmetWithTheirKind() {
        PersonExplanation.Case capped = review("unit-yen-bai-2022-culture.json")
                .explain("p02", IndividualAward.GRASSROOTS_FIGHTER).cases().get(0);
        assertThat(capped.outcome()).isEqualTo(PersonOutcome.NOT_SELECTED);
        assertThat(capped.quota()).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("CSTDCS17_QUOTA");
            assertThat(r.kind()).isEqualTo(Reason.Kind.QUOTA);
            assertThat(r.citations()).extracting(c -> c.id()).contains("ND_91_2017:9.3");
        });
        assertThat(capped.unmet()).containsAll(capped.quota());
        PersonExplanation.Case shortBallot = review("unit-bac-ninh-2025-home-affairs.json")
                .explain("p03", IndividualAward.GRASSROOTS_FIGHTER).cases().get(0);
        assertThat(shortBallot.outcome()).isEqualTo(PersonOutcome.NOT_SELECTED);
        assertThat(shortBallot.unmet()).singleElement().isEqualTo(shortBallot.ballot().get(0));
    }

    @Test
    void theAuthorityFollowsTheCatalogueAndItsPeriod() {
        // a commune's people after 01/07/2025: the commune chairman holds the former district powers
        var review = UnitReviews.read(DIR.resolve("unit-bac-ninh-2025-home-affairs.json"));
        var commune = new io.github.thidua.core.people.UnitReview(review.year(), review.reviewDate(),
                review.decisionDate(), review.province(), review.profile(), new io.github.thidua.core.Unit(
                review.unit().id(), review.unit().name(), io.github.thidua.core.UnitKind.COMMUNE), review.unitRating(),
                review.outstandingUnit(), null, review.councilMembers(), review.people(), review.ballots(), true, null);
        var fighter = PEOPLE.review(commune).decision("p02", IndividualAward.GRASSROOTS_FIGHTER);
        assertThat(fighter.authority().catalogueId()).isEqualTo("auth.GRASSROOTS_EMULATION_FIGHTER.2025-07.commune");
        assertThat(fighter.authority().basis()).contains("129/2025");
        // before 2024 the catalogue has no individual lines: the provision of the period, no catalogue id
        var old = review("unit-yen-bai-2022-culture.json").decision("p01", IndividualAward.ADVANCED_LABOUR);
        assertThat(old.authority().catalogueId()).isNull();
        assertThat(old.authority().basis()).contains("2003");
    }

    @Test
    void anUnknownPersonIsRefused() {
        UnitReviewResult r = review("unit-yen-bai-2022-culture.json");
        assertThatThrownBy(() -> r.explain("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nobody' is not a person of unit review so-vhttdl");
        assertThat(r.people()).hasSize(24).startsWith("p01");
    }
}
