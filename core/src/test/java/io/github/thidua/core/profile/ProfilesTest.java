package io.github.thidua.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.law.Certainty;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesTest {
    private static final Profile NATIONAL = Profiles.bundled("national");

    static Path resource(String name) {
        try {
            return Path.of(ProfilesTest.class.getResource("/profiles/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource /profiles/" + name + " not found", e);
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class National {
        @Test
        void loadsAsTheBaseline() {
            assertThat(NATIONAL.name()).isEqualTo(Profiles.NATIONAL);
            assertThat(NATIONAL.parent()).isEmpty();
            assertThat(NATIONAL.description()).isNotBlank();
            assertThat(NATIONAL.names()).contains("bloc.leaderCount", "province.governmentFlagShare",
                    "ranking.tieBreak", "ranking.womenPriorityShare", "rotation.policy");
            assertThat(Profiles.bundled("national")).isSameAs(NATIONAL);
            assertThat(Profiles.resolve("national", null)).isSameAs(NATIONAL);
        }

        @Test
        void everyValueHasAReferenceACertaintyAndTheDeclaredType() {
            for (String name : NATIONAL.names()) {
                Parameter p = NATIONAL.definition(name).orElseThrow();
                assertThat(p.description()).as(name).isNotBlank();
                for (ParameterValue v : p.values()) {
                    assertThat(v.reference()).as(name).isNotBlank();
                    assertThat(v.certainty()).as(name).isNotNull();
                }
            }
            assertThat(NATIONAL.definition("ranking.tieBreak").orElseThrow().type()).isEqualTo(ParameterType.TEXT);
            assertThat(NATIONAL.definition("rotation.allowConsecutiveHead").orElseThrow().type())
                    .isEqualTo(ParameterType.BOOLEAN);
        }

        @Test
        void rankingDefaultsAreTheDocumentedOnes() {
            ResolvedParameter chain = NATIONAL.get("ranking.tieBreak", date("2024-12-31"), 8);
            assertThat(chain.textValue()).isEqualTo("FEWER_PENALTY,PREVIOUS_YEAR_AWARD,WOMEN_PRIORITY,UNIT_ID");
            assertThat(chain.certainty()).isEqualTo(Certainty.ASSUMPTION);

            ResolvedParameter women = NATIONAL.get("ranking.womenPriorityShare", date("2024-12-31"), 8);
            assertThat(women.decimalValue()).isEqualByComparingTo("0.70");
            assertThat(women.reference()).contains("Nghị định 98/2023/NĐ-CP, Điều 4, khoản 6");
            assertThat(women.certainty()).isEqualTo(Certainty.CONFIRMED);
        }
    }

    @Nested
    class ByDate {
        @Test
        void parameterWithTwoDatedValuesGivesTheOneInForce() {
            ResolvedParameter before = NATIONAL.get("province.governmentFlagShare", date("2023-12-31"), 8);
            assertThat(before.validFrom()).isEqualTo(date("2017-10-01"));
            assertThat(before.certainty()).isEqualTo(Certainty.CONFIRMED);
            assertThat(before.reference()).contains("5007/BNV-TĐKT");

            ResolvedParameter after = NATIONAL.get("province.governmentFlagShare", date("2024-01-01"), 8);
            assertThat(after.validFrom()).isEqualTo(date("2024-01-01"));
            assertThat(after.certainty()).isEqualTo(Certainty.ASSUMPTION);
        }

        @Test
        void valuesChangeOnTheirFirstDay() {
            Profile profile = Profiles.fromFile(resource("test-brackets.json"));

            assertThat(profile.get("bloc.voteShareMin", date("2025-06-30"), 8).decimalValue()).isEqualByComparingTo("0.5");
            assertThat(profile.get("bloc.voteShareMin", date("2025-07-01"), 8).decimalValue()).isEqualByComparingTo("0.6");
            assertThat(profile.definition("bloc.voteShareMin").orElseThrow().values())
                    .extracting(ParameterValue::validFrom)
                    .as("values are sorted by date whatever the file order")
                    .containsExactly(date("2020-01-01"), date("2025-07-01"));
        }

        @Test
        void noValueBeforeTheFirstDate() {
            assertThat(NATIONAL.find("province.governmentFlagShare", date("2017-09-30"), 8)).isEmpty();
            assertThat(NATIONAL.find("advancedLabourCollective.minPercentAdvancedLabour", date("2023-12-31"), 8)).isEmpty();
            assertThat(NATIONAL.find("advancedLabourCollective.minPercentAdvancedLabour", date("2024-01-01"), 8))
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(50));

            assertThatThrownBy(() -> NATIONAL.get("province.governmentFlagShare", date("2017-09-30"), 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("province.governmentFlagShare")
                    .hasMessageContaining("2017-09-30")
                    .hasMessageContaining("its first value is later");
        }

        @Test
        void parameterValueOnPicksTheLatestStartedValue() {
            Parameter p = new Parameter("x", "Test", ParameterType.NUMBER, List.of(
                    new ParameterValue(date("2024-01-01"), new BigDecimal("2"), null, "B", Certainty.CONFIRMED),
                    new ParameterValue(date("2020-01-01"), new BigDecimal("1"), null, "A", Certainty.CONFIRMED)));

            assertThat(p.valueOn(date("2019-12-31"))).isEmpty();
            assertThat(p.valueOn(date("2020-01-01"))).hasValueSatisfying(v -> assertThat(v.reference()).isEqualTo("A"));
            assertThat(p.valueOn(date("2023-12-31"))).hasValueSatisfying(v -> assertThat(v.reference()).isEqualTo("A"));
            assertThat(p.valueOn(date("2024-01-01"))).hasValueSatisfying(v -> assertThat(v.reference()).isEqualTo("B"));
        }
    }

    @Nested
    class BySize {
        @ParameterizedTest(name = "a bloc of {0} members has {1} leader(s)")
        @CsvSource({"1, 1", "9, 1", "10, 2", "19, 2", "20, 3", "45, 3"})
        void bracketsApplyFromTheirMinimumSize(int blocSize, int leaders) {
            Profile profile = Profiles.fromFile(resource("test-brackets.json"));

            ResolvedParameter value = profile.get("bloc.leaderCount", date("2024-12-31"), blocSize);

            assertThat(value.intValue()).isEqualTo(leaders);
            assertThat(value.profile()).isEqualTo("test-brackets");
        }

        @Test
        void bracketsAreSortedAndMustStartAtOne() {
            ParameterValue v = new ParameterValue(date("2024-01-01"), null,
                    List.of(new SizeBracket(20, new BigDecimal("3")), new SizeBracket(1, new BigDecimal("1"))),
                    "Test", Certainty.ASSUMPTION);
            assertThat(v.bySize()).extracting(SizeBracket::minMembers).containsExactly(1, 20);
            assertThat(v.valueFor(19)).isEqualTo(new BigDecimal("1"));

            assertThatThrownBy(() -> new ParameterValue(date("2024-01-01"), null,
                    List.of(new SizeBracket(5, new BigDecimal("1"))), "Test", Certainty.ASSUMPTION))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("minMembers 1");
            assertThatThrownBy(() -> new ParameterValue(date("2024-01-01"), new BigDecimal("1"),
                    List.of(new SizeBracket(1, new BigDecimal("1"))), "Test", Certainty.ASSUMPTION))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of 'value' or 'bySize'");
        }
    }

    @Nested
    class Overrides {
        @Test
        void overrideFallsBackToTheParentForWhatItDoesNotSet() {
            Profile profile = Profiles.fromFile(resource("test-brackets.json"));

            assertThat(profile.name()).isEqualTo("test-brackets");
            assertThat(profile.parent()).containsSame(NATIONAL);
            assertThat(profile.ownParameters()).containsOnlyKeys("bloc.leaderCount", "bloc.voteShareMin", "test.onlyHere");
            assertThat(profile.names()).containsAll(NATIONAL.names()).contains("test.onlyHere");

            ResolvedParameter inherited = profile.get("ranking.tieBreak", date("2024-12-31"), 12);
            assertThat(inherited.profile()).isEqualTo("national");
            assertThat(inherited.textValue()).isEqualTo(NATIONAL.get("ranking.tieBreak", date("2024-12-31"), 12).textValue());
        }

        @Test
        void overrideFallsBackToTheParentBeforeItsOwnFirstDate() {
            Profile profile = Profiles.fromFile(resource("test-brackets.json"));

            ResolvedParameter before = profile.get("bloc.leaderCount", date("2023-12-31"), 25);
            assertThat(before.intValue()).isEqualTo(1);
            assertThat(before.profile()).isEqualTo("national");

            ResolvedParameter after = profile.get("bloc.leaderCount", date("2024-01-01"), 25);
            assertThat(after.intValue()).isEqualTo(3);
            assertThat(after.profile()).isEqualTo("test-brackets");
            assertThat(after.reference()).startsWith("Test brackets");
        }

        @Test
        void overrideInheritsTypeAndDescription() {
            Profile profile = Profiles.fromFile(resource("test-brackets.json"));

            Parameter own = profile.ownParameters().get("bloc.leaderCount");
            Parameter parent = NATIONAL.definition("bloc.leaderCount").orElseThrow();
            assertThat(own.type()).isEqualTo(parent.type());
            assertThat(own.description()).isEqualTo(parent.description());
            assertThat(profile.ownParameters().get("test.onlyHere").type()).isEqualTo(ParameterType.BOOLEAN);
        }

        @Test
        void resolvedParameterNamesTheProfileOfEachValueAlongAChain() {
            Profile grandchild = Profiles.resolve("test-grandchild.json", resource("test-brackets.json").getParent());

            assertThat(grandchild.parent().map(Profile::name)).hasValue("test-brackets");
            LocalDate day = date("2024-12-31");
            assertThat(grandchild.get("bloc.certificateShare", day, 8).profile()).isEqualTo("test-grandchild");
            assertThat(grandchild.get("bloc.leaderCount", day, 8).profile()).isEqualTo("test-brackets");
            assertThat(grandchild.get("rotation.policy", day, 8).profile()).isEqualTo("national");
            assertThat(grandchild.get("test.onlyHere", day, 8).booleanValue()).isTrue();
            assertThat(grandchild.toString()).isEqualTo("Profile[test-grandchild extends test-brackets]");
        }

        @Test
        void profileBuiltInCodeOverridesItsParent() {
            Parameter share = new Parameter("bloc.certificateShare", "Test", ParameterType.NUMBER, List.of(
                    new ParameterValue(date("2017-10-01"), new BigDecimal("0.3"), null, "Code", Certainty.ASSUMPTION)));
            Profile profile = new Profile("code", null, NATIONAL, Map.of(share.name(), share));

            assertThat(profile.get("bloc.certificateShare", date("2024-12-31"), 6).display()).isEqualTo("0.3");
            assertThat(profile.get("bloc.voteBase", date("2024-12-31"), 6).textValue()).isEqualTo("MEMBERS");
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownBundledProfileNamesTheBundledOnes() {
            assertThatThrownBy(() -> Profiles.bundled("atlantis"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown profile 'atlantis'")
                    .hasMessageContaining("national");
        }

        @Test
        void unknownParameterNamesTheKnownOnes() {
            assertThatThrownBy(() -> NATIONAL.get("bloc.leaderCuont", date("2024-12-31"), 8))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("profile 'national'")
                    .hasMessageContaining("'bloc.leaderCuont'")
                    .hasMessageContaining("known parameters")
                    .hasMessageContaining("bloc.leaderCount");
        }

        @Test
        void resolvedValueOfAnotherTypeSaysSo() {
            ResolvedParameter text = NATIONAL.get("rotation.policy", date("2024-12-31"), 8);

            assertThatThrownBy(text::decimalValue).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("rotation.policy is not a number");
            assertThatThrownBy(text::booleanValue).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a boolean");
            assertThatThrownBy(() -> NATIONAL.get("bloc.voteShareMin", date("2024-12-31"), 8).textValue())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not text");
        }

        @Test
        void badCertaintyIsReportedWithItsPath() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/bad-certainty.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad-certainty.json: invalid profile")
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[0]: unknown certainty 'probable'");
        }

        @Test
        void missingReferenceIsReportedWithItsPath() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/missing-reference.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[0]: reference must not be blank");
        }

        @Test
        void valueOfTheWrongTypeIsReportedWithItsPath() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/wrong-type.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.voteShareMin']")
                    .hasMessageContaining("is of type NUMBER but has the value sixty percent")
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[0]: parameter bloc.voteShareMin"
                            + " is of type NUMBER but has the value sixty percent")
                    .hasMessageNotContaining("$.parameters['bloc.voteShareMin']: ");
        }

        @Test
        void valueOrBracketOfTheWrongTypeIsReportedAtItsOwnPath() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/wrong-type-bracket.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.leaderCount'].values[0].bySize[1]: parameter"
                            + " bloc.leaderCount is of type NUMBER but has the value two")
                    .hasMessageContaining("$.parameters['rotation.allowConsecutiveHead'].values[1]: parameter"
                            + " rotation.allowConsecutiveHead is of type BOOLEAN but has the value 1")
                    .hasMessageNotContaining("bySize[0]")
                    .hasMessageNotContaining("values[0]: parameter rotation");
        }

        @Test
        void cycleOfExtendsIsReportedWithTheFilesOfTheCycle() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/cycle-a.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cycle-a.json: invalid profile")
                    .hasMessageContaining("$.extends: cycle cycle-a.json \u2192 cycle-b.json \u2192 cycle-a.json");
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/cycle-b.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.extends: cycle cycle-b.json \u2192 cycle-a.json \u2192 cycle-b.json");
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/cycle-self.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.extends: cycle cycle-self.json \u2192 cycle-self.json");
        }

        @Test
        void overrideCannotChangeTheParentsType() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/type-override.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.leaderCount'].type: 'text' differs from the type"
                            + " 'number' of bloc.leaderCount in profile 'national'")
                    .as("restating the parent's type is fine")
                    .hasMessageNotContaining("bloc.voteShareMin");
        }

        @Test
        void unknownTypeNamesTheThreeTypes() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/bad-type.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['test.count'].type: 'type' must be number, boolean or text,"
                            + " was 'integer'")
                    .hasMessageNotContaining("No enum constant");
        }

        @Test
        void parameterWhoseValuesAreAllInvalidGetsNoExtraError() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/all-values-invalid.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[0].validFrom: expected a date")
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[1]: unknown certainty 'perhaps'")
                    .hasMessageNotContaining("has no values")
                    .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(3));
        }

        @Test
        void unknownFieldsOfParametersValuesAndBracketsListTheExpectedOnes() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/unknown-fields.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].descripton: unknown field"
                            + " (expected description, type, values)")
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[0].note: unknown field"
                            + " (expected validFrom, value, bySize, reference, certainty)")
                    .hasMessageContaining("$.parameters['bloc.leaderCount'].values[0].bySize[1].minMember: unknown field"
                            + " (expected minMembers, value)")
                    .hasMessageContaining("$.parameters['bloc.leaderCount'].values[0].bySize[1].minMembers: required");
        }

        @Test
        void unknownOrNullBundledNameGivesTheUnknownProfileMessage() {
            assertThatThrownBy(() -> Profiles.bundled(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown profile null; bundled profiles: [bac-kan, bac-ninh, bac-ninh-2025, lao-cai, national, thai-nguyen, yen-bai]");
            assertThatThrownBy(() -> Profiles.resolve(null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown profile null");
            for (String name : List.of("", "National", "../schema/bloc-review.schema", "national.json")) {
                assertThatThrownBy(() -> Profiles.bundled(name)).as(name)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("unknown profile '" + name + "'; bundled profiles:");
            }
        }

        @Test
        void badDateIsReportedWithItsPath() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/bad-date.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.parameters['bloc.voteShareMin'].values[1].validFrom: expected a date like 2024-01-01");
        }

        @Test
        void everyErrorOfAFileIsReportedAtOnce() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/several-errors.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("$.colour: unknown field")
                    .hasMessageContaining("$.extends: unknown profile 'atlantis'")
                    .hasMessageContaining("$.parameters['new.parameter']: 'type' is required")
                    .hasMessageContaining("$.parameters['other.parameter'].values[0].validFrom: expected a date")
                    .hasMessageContaining("$.parameters['other.parameter'].values[1]: unknown certainty 'maybe'");
        }

        @Test
        void malformedJsonGivesLineAndColumn() {
            assertThatThrownBy(() -> Profiles.fromFile(resource("invalid/malformed.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("malformed.json: malformed JSON at line 1");
        }

        @Test
        void missingFileIsReported() {
            Path missing = resource("test-brackets.json").resolveSibling("no-such-profile.json");

            assertThatThrownBy(() -> Profiles.fromFile(missing))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no-such-profile.json: cannot read");
        }

        @Test
        void parameterValueRecordsRejectBadValues() {
            assertThatThrownBy(() -> new ParameterValue(date("2024-01-01"), 1.5, null, "Test", Certainty.CONFIRMED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be a number, a boolean or a string, was Double");
            assertThatThrownBy(() -> new Parameter("x", "Test", ParameterType.NUMBER, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parameter x has no values");
            assertThatThrownBy(() -> new Parameter("x", "Test", ParameterType.BOOLEAN, List.of(
                    new ParameterValue(date("2024-01-01"), true, null, "A", Certainty.CONFIRMED),
                    new ParameterValue(date("2024-01-01"), false, null, "B", Certainty.CONFIRMED))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duplicate validFrom of parameter x: 2024-01-01");
            assertThatThrownBy(() -> new SizeBracket(0, new BigDecimal("1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 1, was 0");
        }
    }
}
