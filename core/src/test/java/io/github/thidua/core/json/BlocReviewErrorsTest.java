package io.github.thidua.core.json;

import static io.github.thidua.core.json.TestDocs.arr;
import static io.github.thidua.core.json.TestDocs.errors;
import static io.github.thidua.core.json.TestDocs.obj;
import static io.github.thidua.core.json.TestDocs.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of problem a bloc review can have: each names the path and says what is wrong. */
class BlocReviewErrorsTest {

    private static void assertSingle(List<ScenarioError> errors, String path, String... fragments) {
        assertThat(errors).as("errors").hasSize(1);
        ScenarioError e = errors.get(0);
        assertThat(e.file()).isEqualTo("test.json");
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.message()).contains(fragments);
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void theValidFixtureReads() {
        BlocReview r = Scenarios.readBlocReview(valid().toString(), "test.json", null);
        assertThat(r.bloc().members()).hasSize(3);
        assertThat(r.scorecards().get(0).scores().get(1).self()).hasToString("38.50");
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        ObjectNode doc = valid();
        ObjectNode member = obj(doc, "/members/1");
        member.set("nmae", member.remove("name"));
        List<ScenarioError> errors = errors(doc);
        assertThat(errors).extracting(ScenarioError::path)
                .containsExactly("$.members[1].nmae", "$.members[1]");
        assertThat(errors.get(0).message()).contains("unknown field 'nmae'");
        assertThat(errors.get(0).hint()).startsWith("did you mean 'name'?");
        assertThat(errors.get(1).message()).contains("missing required field 'name'");
    }

    @Test
    void unknownTopLevelFieldSuggestsTheClosestName() {
        ObjectNode doc = valid();
        doc.set("sorecards", doc.remove("scorecards"));
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.sorecards", "unknown field 'sorecards' in bloc review");
        assertThat(errors.get(0).hint()).contains("did you mean 'scorecards'?");
    }

    @Test
    void missingRequiredField() {
        ObjectNode doc = valid();
        doc.remove("province");
        assertSingle(errors(doc), "$", "missing required field 'province'");
    }

    @Test
    void requiredFieldGivenAsNull() {
        ObjectNode doc = valid();
        doc.putNull("stage");
        assertSingle(errors(doc), "$", "missing required field 'stage'", "(it is null)");
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndFound() {
        ObjectNode doc = valid();
        doc.put("year", "2022");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.year", "'year' must be an integer", "found string \"2022\"");
        assertThat(errors.get(0).hint()).isEqualTo("write the number without quotes: 2022");
    }

    @Test
    void fractionalCountIsAWrongType() {
        ObjectNode doc = valid();
        obj(doc, "/facts/0/members").put("women", 9.5);
        assertSingle(errors(doc), "$.facts[0].members.women", "must be an integer", "found number 9.5");
    }

    @Test
    void unknownEnumValueListsTheValidOnes() {
        ObjectNode doc = valid();
        doc.put("stage", "YEAREND");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.stage", "unknown stage 'YEAREND'");
        assertThat(errors.get(0).hint()).isEqualTo("did you mean 'YEAR_END'? valid values: PACT, MID_YEAR, YEAR_END");
    }

    @Test
    void unknownUnitKindListsTheValidOnes() {
        ObjectNode doc = valid();
        obj(doc, "/members/2").put("kind", "ASSOCIATION");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.members[2].kind", "unknown unit kind 'ASSOCIATION'");
        assertThat(errors.get(0).hint()).contains("PARTY_AGENCY", "SOCIAL_PROFESSIONAL_ASSOCIATION", "OTHER");
    }

    @Test
    void unknownAwardCode() {
        ObjectNode doc = valid();
        obj(doc, "/history/0").put("award", "PROVINCE_CERTIFICATE");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.history[0].award", "unknown award code 'PROVINCE_CERTIFICATE'");
        assertThat(errors.get(0).hint()).startsWith("did you mean 'PROVINCIAL_CERTIFICATE'?")
                .contains("GOVERNMENT_FLAG", "CERTIFICATE_OF_COMMENDATION");
    }

    @Test
    void negativeScore() {
        ObjectNode doc = valid();
        obj(doc, "/scorecards/0/scores/0").put("assessed", -1);
        assertSingle(errors(doc), "$.scorecards[0].scores[0].assessed", "assessed score -1 is negative");
    }

    @Test
    void scoreAboveTheCriterionMaximum() {
        ObjectNode doc = valid();
        obj(doc, "/scorecards/0/scores/1").put("self", 40.5);
        assertSingle(errors(doc), "$.scorecards[0].scores[1].self",
                "self score 40.5 is above the maximum 40 of criterion 'C2'");
    }

    @Test
    void scoreForAnUnknownCriterion() {
        ObjectNode doc = valid();
        obj(doc, "/scorecards/1/scores/0").put("criterion", "C3");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.scorecards[1].scores[0].criterion", "unknown criterion 'C3'");
        assertThat(errors.get(0).hint()).contains("C1, C2, B1, P1");
    }

    @Test
    void scorecardsWithoutAScheme() {
        ObjectNode doc = valid();
        doc.remove("scheme");
        assertSingle(errors(doc), "$.scorecards", "scorecards are given but there is no scoring scheme");
    }

    @Test
    void nonPositiveCriterionMaximum() {
        ObjectNode doc = valid();
        obj(doc, "/scheme/criteria/2").put("max", 0);
        assertSingle(errors(doc), "$.scheme.criteria[2].max", "'max' must be positive, was 0");
    }

    @Test
    void memberCountAboveHeadcount() {
        ObjectNode doc = valid();
        obj(doc, "/facts/1/members").put("advancedLabour", 13);
        assertSingle(errors(doc), "$.facts[1].members.advancedLabour",
                "'advancedLabour' (13) exceeds the headcount (12)");
    }

    @Test
    void headcountBelowOne() {
        ObjectNode doc = valid();
        obj(doc, "/facts/2/members").put("headcount", 0).put("completedTasks", 0).put("advancedLabour", 0)
                .put("disciplinedWarningOrAbove", 0).put("women", 0);
        assertSingle(errors(doc), "$.facts[2].members.headcount", "headcount must be at least 1, was 0");
    }

    @Test
    void negativeMemberCount() {
        ObjectNode doc = valid();
        obj(doc, "/facts/0/members").put("emulationFighters", -2);
        assertSingle(errors(doc), "$.facts[0].members.emulationFighters", "must not be negative, was -2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/term, head, $.term.head, term head",
        "/term, deputy, $.term.deputy, term deputy",
        "/pact/targets/0, unit, $.pact.targets[0].unit, pact target unit",
        "/scorecards/1, unit, $.scorecards[1].unit, scorecard unit",
        "/ratings/1, unit, $.ratings[1].unit, rating unit",
        "/history/1, unit, $.history[1].unit, history unit",
        "/votes/0, unit, $.votes[0].unit, vote unit",
        "/election, head, $.election.head, elected head",
        "/election, deputy, $.election.deputy, elected deputy",
    })
    void unitThatIsNotAMember(String pointer, String field, String path, String role) {
        ObjectNode doc = valid();
        obj(doc, pointer).put(field, "hoi-vhtn");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, path, role + " 'hoi-vhtn' is not a member of the bloc");
        assertThat(errors.get(0).hint()).startsWith("did you mean 'hoi-vhnt'?").contains("$.members");
    }

    @Test
    void pactSignatoryThatIsNotAMember() {
        ObjectNode doc = valid();
        arr(doc, "/pact/signatories").set(2, doc.textNode("so-noi-vu"));
        assertSingle(errors(doc), "$.pact.signatories[2]", "pact signatory 'so-noi-vu' is not a member");
    }

    @Test
    void factsUnitThatIsNotAMember() {
        ObjectNode doc = valid();
        ObjectNode extra = obj(doc, "/facts/0").deepCopy();
        extra.put("unit", "so-noi-vu");
        arr(doc, "/facts").add(extra);
        assertSingle(errors(doc), "$.facts[3].unit", "facts unit 'so-noi-vu' is not a member of the bloc");
    }

    @Test
    void headAndDeputyMustDiffer() {
        ObjectNode doc = valid();
        obj(doc, "/term").put("deputy", "hiep-hoi-dnnvv");
        assertSingle(errors(doc), "$.term.deputy", "the deputy 'hiep-hoi-dnnvv' is also the head");
    }

    @Test
    void duplicateMemberId() {
        ObjectNode doc = valid();
        obj(doc, "/members/2").put("id", "hoi-vhnt");
        List<ScenarioError> errors = errors(doc);
        // The facts of the lost member are now missing too; the duplicate is reported first.
        assertThat(errors.get(0).path()).isEqualTo("$.members[2].id");
        assertThat(errors.get(0).message()).contains("duplicate member id 'hoi-vhnt' (first at $.members[0].id)");
    }

    @Test
    void duplicateCriterionId() {
        ObjectNode doc = valid();
        obj(doc, "/scheme/criteria/3").put("id", "B1");
        List<ScenarioError> errors = errors(doc);
        assertThat(errors.get(0).path()).isEqualTo("$.scheme.criteria[3].id");
        assertThat(errors.get(0).message()).contains("duplicate criterion id 'B1'");
    }

    @Test
    void duplicateScorecardForAUnit() {
        ObjectNode doc = valid();
        obj(doc, "/scorecards/1").put("unit", "hoi-vhnt");
        assertSingle(errors(doc), "$.scorecards[1].unit", "duplicate scorecard for unit 'hoi-vhnt'");
    }

    @Test
    void duplicateScoreForACriterion() {
        ObjectNode doc = valid();
        obj(doc, "/scorecards/0/scores/1").put("criterion", "C1");
        assertSingle(errors(doc), "$.scorecards[0].scores[1].criterion", "duplicate score for criterion 'C1'");
    }

    @Test
    void duplicateFactsForAUnitAndYear() {
        ObjectNode doc = valid();
        obj(doc, "/facts/2").put("unit", "hoi-vhnt");
        List<ScenarioError> errors = errors(doc);
        assertThat(errors).extracting(ScenarioError::path).containsExactly("$.facts[2]", "$.facts");
        assertThat(errors.get(0).message()).contains("duplicate facts for unit 'hoi-vhnt' for 2022 (first at $.facts[0])");
        assertThat(errors.get(1).message()).contains("no facts for member 'doan-luat-su' for 2022");
    }

    @Test
    void duplicateRatingForAUnitAndYear() {
        ObjectNode doc = valid();
        obj(doc, "/ratings/1").put("year", 2022);
        assertSingle(errors(doc), "$.ratings[1]", "duplicate rating of unit 'hoi-vhnt' for 2022");
    }

    @Test
    void duplicateVoteForAUnitAndAward() {
        ObjectNode doc = valid();
        obj(doc, "/votes/1").put("award", "PROVINCIAL_FLAG");
        assertSingle(errors(doc), "$.votes[1]", "duplicate vote on PROVINCIAL_FLAG for unit 'hoi-vhnt'");
    }

    @Test
    void reviewYearOutOfRange() {
        ObjectNode doc = valid();
        doc.put("year", 2016);
        doc.remove("reviewDate");
        List<ScenarioError> errors = errors(doc);
        assertThat(errors.get(0).path()).isEqualTo("$.year");
        assertThat(errors.get(0).message()).contains("'year' 2016 is out of range 2017..2100");
    }

    @Test
    void historyYearOutOfRange() {
        ObjectNode doc = valid();
        obj(doc, "/history/0").put("achievementYear", 1989);
        assertSingle(errors(doc), "$.history[0].achievementYear", "'achievementYear' 1989 is out of range 1990..2100");
    }

    @Test
    void ratingYearOutOfRange() {
        ObjectNode doc = valid();
        obj(doc, "/ratings/1").put("year", 2101);
        assertSingle(errors(doc), "$.ratings[1].year", "'year' 2101 is out of range 1990..2100");
    }

    @Test
    void ratingYearAfterTheReviewYear() {
        ObjectNode doc = valid();
        obj(doc, "/ratings/1").put("year", 2023);
        assertSingle(errors(doc), "$.ratings[1].year", "rating year 2023 is after the review year 2022");
    }

    @Test
    void termYearMustBeTheReviewYear() {
        ObjectNode doc = valid();
        obj(doc, "/term").put("year", 2021);
        assertSingle(errors(doc), "$.term.year", "term year 2021 differs from the review year 2022");
    }

    @Test
    void reviewDateOutsideTheYear() {
        ObjectNode doc = valid();
        doc.put("reviewDate", "2202-11-25");
        assertSingle(errors(doc), "$.reviewDate", "reviewDate 2202-11-25 is not in 2022 or 2023");
    }

    @Test
    void emptyBloc() {
        ObjectNode doc = valid();
        for (String section : List.of("term", "pact", "scorecards", "ratings", "facts", "history", "votes",
                "election")) {
            doc.remove(section);
        }
        arr(doc, "/members").removeAll();
        assertSingle(errors(doc), "$.members", "the bloc has no members");
    }

    @Test
    void yearEndReviewMissingFactsForAMember() {
        ObjectNode doc = valid();
        obj(doc, "/facts/1").put("year", 2021);
        assertSingle(errors(doc), "$.facts", "no facts for member 'hiep-hoi-dnnvv' for 2022");
    }

    @Test
    void yearEndReviewWithoutAnyFacts() {
        ObjectNode doc = valid();
        doc.remove("facts");
        assertSingle(errors(doc), "$", "a YEAR_END review needs \"facts\" for every member for 2022");
    }

    @Test
    void midYearReviewNeedsNoFacts() {
        ObjectNode doc = valid();
        doc.remove("facts");
        doc.put("stage", "MID_YEAR");
        assertThat(Scenarios.readBlocReview(doc.toString(), "test.json", null).facts()).isEmpty();
    }

    @Test
    void votesForAndAgainstExceedPresent() {
        ObjectNode doc = valid();
        obj(doc, "/votes/1").put("against", 2);
        assertSingle(errors(doc), "$.votes[1].for", "votes for and against (2 + 2 = 4) exceed the members present (3)");
    }

    @Test
    void presentExceedsMembers() {
        ObjectNode doc = valid();
        obj(doc, "/votes/0").put("members", 2);
        assertSingle(errors(doc), "$.votes[0].present", "members present (3) exceed the members entitled to vote (2)");
    }

    @Test
    void badUnitIdForm() {
        ObjectNode doc = valid();
        obj(doc, "/members/0").put("id", "hội vhnt");
        List<ScenarioError> errors = errors(doc);
        assertThat(errors.get(0).path()).isEqualTo("$.members[0].id");
        assertThat(errors.get(0).message()).isEqualTo("invalid unit id 'hội vhnt'");
        assertThat(errors.get(0).hint()).contains("letters, digits, '-', '_' or '.'");
    }

    @Test
    void badUnitIdFormInAReference() {
        ObjectNode doc = valid();
        obj(doc, "/election").put("head", "-doan");
        assertSingle(errors(doc), "$.election.head", "invalid unit id '-doan'");
    }

    @Test
    void badBlocIdForm() {
        ObjectNode doc = valid();
        obj(doc, "/bloc").put("id", "khối 1");
        assertSingle(errors(doc), "$.bloc.id", "invalid bloc id 'khối 1'");
    }

    @Test
    void invalidDateForm() {
        ObjectNode doc = valid();
        obj(doc, "/pact").put("signedOn", "15/03/2022");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.pact.signedOn", "invalid date '15/03/2022'");
        assertThat(errors.get(0).hint()).contains("YYYY-MM-DD");
    }

    @Test
    void invalidCalendarDay() {
        ObjectNode doc = valid();
        obj(doc, "/history/0/decision").put("date", "2021-02-30");
        assertSingle(errors(doc), "$.history[0].decision.date", "invalid date '2021-02-30'", "no such day");
    }

    @Test
    void unknownProfile() {
        ObjectNode doc = valid();
        doc.put("profile", "bac-nin");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.profile", "unknown profile 'bac-nin'");
        assertThat(errors.get(0).hint()).startsWith("did you mean 'bac-ninh'?");
    }

    @Test
    void wrongDocumentKind() {
        ObjectNode doc = valid();
        doc.put("kind", "province-review");
        List<ScenarioError> errors = errors(doc);
        assertSingle(errors, "$.kind", "expected kind 'bloc-review', found 'province-review'");
    }

    @Test
    void rootMustBeAnObject() {
        assertSingle(errors("[1, 2]"), "$", "bloc review must be a JSON object, found an array");
    }

    @Test
    void allErrorsOfADocumentComeBackTogether() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> Scenarios.readBlocReview(TestDocs.resource("several-mistakes.json")));
        String file = TestDocs.resource("several-mistakes.json").toString();
        assertThat(e.errors()).allSatisfy(err -> assertThat(err.file()).isEqualTo(file));
        assertThat(e.errors()).extracting(ScenarioError::path, ScenarioError::message).containsExactly(
                tuple("$.stage", "unknown stage 'YEAREND'"),
                tuple("$.year", "'year' 2016 is out of range 2017..2100"),
                tuple("$.members[0].nmae", "unknown field 'nmae' in member"),
                tuple("$.members[0]", "missing required field 'name' in member"),
                tuple("$.term.head", "term head 'hoi-vhn' is not a member of the bloc"),
                tuple("$.votes[0].award", "unknown award code 'PROVINCE_FLAG'"),
                tuple("$.votes[0].for",
                        "votes for and against (3 + 1 = 4) exceed the members present (3)"),
                tuple("$.votes[0].present",
                        "members present (3) exceed the members entitled to vote (2)"));
        assertThat(e.getMessage()).startsWith("invalid scenario: 8 errors")
                .contains(file + ": $.term.head: term head 'hoi-vhn' is not a member of the bloc (hint: did you mean 'hoi-vhnt'?");
    }
}
