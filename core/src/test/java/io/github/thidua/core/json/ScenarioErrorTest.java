package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.MemberStatistics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioErrorTest {
    @Test
    void formatsFilePathMessageAndHint() {
        ScenarioError e = new ScenarioError("a.json", "$.members[3].id", "duplicate member id 'x'", "rename one");
        assertThat(e.format()).isEqualTo("a.json: $.members[3].id: duplicate member id 'x' (hint: rename one)");
        assertThat(new ScenarioError("a.json", "$", "file not found", null).format())
                .isEqualTo("a.json: $: file not found");
    }

    @Test
    void exceptionListsEveryError() {
        ScenarioException e = new ScenarioException(List.of(
                new ScenarioError("a.json", "$.year", "bad year", "fix it"),
                new ScenarioError("b.json", "$", "file not found", null)));
        assertThat(e.errors()).hasSize(2);
        assertThat(e.getMessage()).isEqualTo("invalid scenario: 2 errors" + System.lineSeparator()
                + "  a.json: $.year: bad year (hint: fix it)" + System.lineSeparator()
                + "  b.json: $: file not found");
    }

    @Test
    void exceptionNeedsAnError() {
        assertThatThrownBy(() -> new ScenarioException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordConstructorsIllegalArgumentBecomesAnErrorAtThePath() {
        Context ctx = new Context("a.json", null, null, new ArrayList<>());
        MemberStatistics s = ctx.build("$.facts[0].members", () -> new MemberStatistics(0, 0, 0, 0, 0, 0));
        assertThat(s).isNull();
        assertThat(ctx.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.facts[0].members");
            assertThat(e.message()).isEqualTo("headcount must be at least 1, was 0");
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void suggestionsFindTyposButNotUnrelatedWords() {
        List<String> fields = List.of("unit", "year", "rating");
        assertThat(Suggestions.closest("raiting", fields)).contains("rating");
        assertThat(Suggestions.closest("Year", fields)).contains("year");
        assertThat(Suggestions.closest("colour", fields)).isEmpty();
        assertThat(Suggestions.distance("nmae", "name")).isEqualTo(1);
    }

    @Test
    void jsonPathsQuoteNamesThatAreNotIdentifiers() {
        assertThat(JsonPath.child("$", "members")).isEqualTo("$.members");
        assertThat(JsonPath.child("$", "a b")).isEqualTo("$['a b']");
        assertThat(JsonPath.child("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonPath.index("$.members", 3)).isEqualTo("$.members[3]");
    }
}
