package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.AgencyKind;
import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ExclusionKind;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The additive fields of the format: managing agency, recorded bloc decisions, dated exclusions, attestations,
 * award periods and open statuses, the council's session with its ballots. They read, round-trip, match the
 * schema, and bad values get errors with paths and hints.
 */
class DecisionsFormatTest {
    private final MiniSchemaValidator validator = new MiniSchemaValidator();

    static ObjectNode withEverything() {
        ObjectNode doc = TestDocs.valid();
        TestDocs.obj(doc, "/members/0").putObject("managingAgency").put("kind", "PROVINCIAL_PEOPLES_COMMITTEE")
                .put("name", "UBND tỉnh");
        ObjectNode h = TestDocs.arr(doc, "/history").addObject();
        h.put("unit", "hoi-vhnt").put("award", "PRIME_MINISTER_CERTIFICATE").put("achievementYear", 2021)
                .put("kind", "REGULAR").put("status", "PENDING").put("periodFrom", 2017);
        ObjectNode decisions = doc.putObject("decisions");
        decisions.put("source", "Biên bản hội nghị tổng kết");
        decisions.putArray("leaders").add("doan-luat-su");
        ObjectNode p = decisions.putArray("proposals").addObject();
        p.put("unit", "doan-luat-su").put("award", "PROVINCIAL_FLAG");
        p.putObject("vote").put("for", 3).put("against", 0).put("present", 3).put("members", 3);
        ObjectNode x = doc.putArray("exclusions").addObject();
        x.put("unit", "hiep-hoi-dnnvv").put("kind", "INVESTIGATION").put("from", "2022-05-01").put("to", "2022-09-30");
        ObjectNode a = doc.putArray("attestations").addObject();
        a.put("unit", "doan-luat-su").put("year", 2022).put("condition", "ACTIVE_IN_MOVEMENTS").put("met", true);
        // the optional attested rating of the Party organisation, before the member statistics
        ObjectNode f2 = TestDocs.obj(doc, "/facts/2");
        com.fasterxml.jackson.databind.JsonNode members = f2.remove("members");
        f2.put("partyOrganisationExcellent", true);
        f2.set("members", members);
        return doc;
    }

    @Test
    void everyNewFieldReadsRoundTripsAndMatchesTheSchema() {
        ObjectNode doc = withEverything();
        assertThat(validator.validate("bloc-review.schema.json", doc)).isEmpty();
        BlocReview r = Scenarios.readBlocReview(doc.toString(), "d.json", null);
        assertThat(r.bloc().members().get(0).managingAgency().kind()).isEqualTo(AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE);
        assertThat(r.decisions().leaders()).containsExactly(UnitId.of("doan-luat-su"));
        assertThat(r.decisions().proposals().get(0).vote().votesFor()).isEqualTo(3);
        assertThat(r.exclusions().get(0).kind()).isEqualTo(ExclusionKind.INVESTIGATION);
        // The inspection ended without violation before the review: it no longer bars the award.
        assertThat(r.exclusions().get(0).barsOn(LocalDate.of(2022, 11, 25))).isFalse();
        assertThat(r.exclusions().get(0).barsOn(LocalDate.of(2022, 6, 1))).isTrue();
        assertThat(r.attestation(UnitId.of("doan-luat-su"), 2022, AttestedCondition.ACTIVE_IN_MOVEMENTS)).isPresent();
        assertThat(r.history().stream().filter(x -> x.status() == AwardStatus.PENDING).findFirst().orElseThrow()
                .achievementPeriodStart()).isEqualTo(2017);
        String written = Scenarios.write(r);
        assertThat(Scenarios.readBlocReview(written, "w.json", null)).isEqualTo(r);
        assertThat(Scenarios.write(Scenarios.readBlocReview(written, "w.json", null))).isEqualTo(written);
    }

    @Test
    void aReviewWithoutTheNewFieldsIsInSuggestMode() {
        BlocReview r = Scenarios.readBlocReview(TestDocs.valid().toString(), "v.json", null);
        assertThat(r.hasDecisions()).isFalse();
        assertThat(r.exclusions()).isEmpty();
        assertThat(r.attestations()).isEmpty();
    }

    @Test
    void badDecisionsAreReportedWithPathsAndHints() {
        ObjectNode doc = withEverything();
        TestDocs.arr(doc, "/decisions/leaders").add("khong-co");
        ObjectNode p = TestDocs.arr(doc, "/decisions/proposals").addObject();
        p.put("unit", "doan-luat-su").put("award", "PROVINCIAL_FLAG");
        TestDocs.obj(doc, "/decisions/proposals/0/vote").put("for", 4);
        TestDocs.obj(doc, "/exclusions/0").put("to", "2022-01-01");
        TestDocs.obj(doc, "/attestations/0").put("condition", "ACTIVE");
        List<ScenarioError> errors = TestDocs.errors(doc);
        assertThat(errors).extracting(ScenarioError::path).containsExactlyInAnyOrder(
                "$.decisions.leaders[1]", "$.decisions.proposals[1]", "$.decisions.proposals[0].vote.for",
                "$.exclusions[0].to", "$.attestations[0].condition");
        assertThat(errors).allSatisfy(e -> assertThat(e.hint()).isNotBlank());
    }

    @Test
    void theCouncilSessionReadsWithItsBallotsAndRejectsImpossibleCounts() {
        ObjectNode province = (ObjectNode) TestDocs.readTree("{\"kind\":\"province-review\",\"province\":\"Bắc Ninh\","
                + "\"year\":2022,\"profile\":\"bac-ninh\",\"blocs\":[]}");
        ObjectNode bloc = TestDocs.valid();
        province.withArray("blocs").add(bloc);
        ObjectNode council = province.putObject("council");
        council.put("members", 10).put("present", 8);
        ObjectNode b = council.putArray("ballots").addObject();
        b.put("unit", "doan-luat-su").put("award", "PROVINCIAL_FLAG").put("for", 9).put("against", 1)
                .put("written", 2).put("chosen", true);
        assertThat(validator.validate("province-review.schema.json", province)).isEmpty();
        ProvinceReview r = Scenarios.readProvinceReview(province.toString(), "p.json", null);
        assertThat(r.council().ballots().get(0).tally().shareOfMembers()).isEqualTo(0.9);
        assertThat(r.council().ballots().get(0).award()).isEqualTo(AwardType.PROVINCIAL_FLAG);
        assertThat(Scenarios.readProvinceReview(Scenarios.write(r), "w.json", null)).isEqualTo(r);

        b.put("written", 3).put("unit", "khong-co");
        List<ScenarioError> errors = TestDocs.errorsOfProvince(province);
        assertThat(errors).extracting(ScenarioError::path)
                .containsExactlyInAnyOrder("$.council.ballots[0].unit", "$.council.ballots[0].written");
    }
}
