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
    void anUnknownPersonIsRefused() {
        UnitReviewResult r = review("unit-yen-bai-2022-culture.json");
        assertThatThrownBy(() -> r.explain("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nobody' is not a person of unit review so-vhttdl");
        assertThat(r.people()).hasSize(24).startsWith("p01");
    }
}
