package io.github.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Bắc Ninh's QĐ 86/2025/QĐ-UBND (from 15/12/2025): the provincial flag goes only to a bloc leader whose Party
 * organisation was rated "hoàn thành xuất sắc nhiệm vụ", as the unit attests in its facts; absent means not attested.
 */
class PartyOrganisationRatingTest {
    private static final Path SCENARIO = Path.of("../examples/scenarios/010-bac-ninh-2025-economic-departments.json");
    private static final UnitId LEADER = new UnitId("so-tai-chinh");

    private static ReviewResult review(String text) {
        BlocReview r = Scenarios.readBlocReview(text, SCENARIO.getFileName().toString(), null);
        return TestEngine.get().review(r, Profiles.resolve(r.profile(), SCENARIO.getParent()));
    }

    private static String withoutAttestation(String unit, Boolean value) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode doc = (ObjectNode) m.readTree(Files.readString(SCENARIO));
        doc.get("facts").forEach(f -> {
            if (f.get("unit").asText().equals(unit)) {
                if (value == null) {
                    ((ObjectNode) f).remove("partyOrganisationExcellent");
                } else {
                    ((ObjectNode) f).put("partyOrganisationExcellent", value);
                }
            }
        });
        return m.writeValueAsString(doc);
    }

    @Test
    void anAttestedRatingMeetsTheConditionAndItsAbsenceIsNotAttested() throws Exception {
        ReviewResult attested = review(Files.readString(SCENARIO));
        assertThat(attested.leaders()).contains(LEADER);
        Decision flag = attested.decisionsFor(LEADER).stream().filter(d -> d.award() == AwardType.PROVINCIAL_FLAG)
                .findFirst().orElseThrow();
        assertThat(flag.outcome()).isNotEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(attested.audit()).extracting(a -> a.ruleId()).contains("PF24_PARTY_ORG_EXCELLENT");

        ReviewResult absent = review(withoutAttestation(LEADER.value(), null));
        Decision refused = absent.decisionsFor(LEADER).stream().filter(d -> d.award() == AwardType.PROVINCIAL_FLAG)
                .findFirst().orElseThrow();
        assertThat(refused.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(absent.leaders()).doesNotContain(LEADER);
        assertThat(refused.unmet()).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("PF24_PARTY_ORG_EXCELLENT");
            assertThat(x.citations()).extracting(c -> c.id()).containsExactly("QD_86_2025_BN");
            assertThat(x.certainty()).isEqualTo(io.github.thidua.core.law.Certainty.CONFIRMED);
            assertThat(x.vi()).contains("chưa xác nhận");
            assertThat(x.en()).contains("Not attested");
        });

        ReviewResult rated = review(withoutAttestation(LEADER.value(), false));
        assertThat(rated.decisionsFor(LEADER)).filteredOn(d -> d.award() == AwardType.PROVINCIAL_FLAG)
                .allSatisfy(d -> assertThat(d.unmet()).anySatisfy(x -> assertThat(x.vi()).contains("không được đánh giá")));
    }

    @Test
    void beforeTheDecisionTookEffectTheConditionDoesNotApply() throws Exception {
        String before = Files.readString(SCENARIO).replace("\"reviewDate\": \"2025-12-18\"", "\"reviewDate\": \"2025-12-12\"");
        ReviewResult r = review(withoutAttestation(LEADER.value(), null));
        ReviewResult early = review(withoutAttestation(LEADER.value(), null).replace("2025-12-18", "2025-12-12"));
        assertThat(before).contains("2025-12-12");
        assertThat(r.audit()).extracting(a -> a.ruleId()).contains("PF24_PARTY_ORG_EXCELLENT");
        assertThat(early.audit()).extracting(a -> a.ruleId()).doesNotContain("PF24_PARTY_ORG_EXCELLENT");
    }
}
