package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Citation;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.pack.LegalBasisCitations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explanations are built from what the rules recorded: reasons carry their kind and catalogue citations, quota rules
 * record their quota and each unit's place, and the council's rules choose the fallback award.
 */
class ExplanationTest {
    static final Path DIR = Path.of("../examples/scenarios");

    @Test
    void reasonsCarryTheKindTheRuleRecordedAndTheirCatalogueCitations() {
        ReviewResult r = TestEngine.get().review(Reviews.bloc(2024, 6).build());
        Decision flag = r.decisions().stream().filter(d -> (d.award() == AwardType.PROVINCIAL_FLAG
                || d.award() == AwardType.GOVERNMENT_FLAG) && d.outcome() == Outcome.RECOMMENDED).findFirst()
                .orElseThrow();
        assertThat(flag.reasons().get(0).kind()).isEqualTo(Reason.Kind.DECIDING);
        assertThat(flag.reasons()).anyMatch(x -> x.kind() == Reason.Kind.QUOTA);
        assertThat(flag.reasons()).anyMatch(x -> x.kind() == Reason.Kind.CONDITION);
        assertThat(flag.reasons()).anyMatch(x -> x.kind() == Reason.Kind.EXCLUSION);
        // a condition citing "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26, khoản 1" resolves to the catalogue
        assertThat(flag.reasons()).flatExtracting(Reason::citations).extracting(Citation::document)
                .contains("LAW_2022");
        assertThat(r.nextTerm().reasons()).allMatch(x -> x.kind() == Reason.Kind.TERM);
    }

    @Test
    void quotaRulesRecordTheQuotaAndEveryUnitsPlace() {
        ReviewResult r = TestEngine.get().review(Reviews.bloc(2024, 6).build());
        Quota leaders = r.quota(QuotaKind.LEADERS).orElseThrow();
        assertThat(leaders.parameter()).isEqualTo("bloc.leaderCount");
        assertThat(leaders.limit()).isPositive();
        assertThat(leaders.formula()).isEqualTo(Integer.toString(leaders.limit()));
        assertThat(leaders.positions()).extracting(QuotaPosition::unit).containsAll(r.leaders());
        assertThat(leaders.positions()).allMatch(p -> p.of() == leaders.positions().size());
        Quota certificates = r.quota(QuotaKind.CERTIFICATES).orElseThrow();
        assertThat(certificates.formula()).matches(certificates.limit() + " = ⌊.* × 6⌋");

        UnitId first = r.leaders().get(0);
        Explanation e = r.explain(first);
        assertThat(e.rank()).isEqualTo(1);
        assertThat(e.members()).isEqualTo(6);
        Explanation.QuotaLine line = e.quotas().stream().filter(q -> q.quota().kind() == QuotaKind.LEADERS)
                .findFirst().orElseThrow();
        assertThat(line.position().status()).isEqualTo(QuotaPosition.Status.WITHIN);
        assertThat(line.position().place()).isEqualTo(1);
        assertThat(line.position().reason().kind()).isEqualTo(Reason.Kind.QUOTA);
        assertThat(r.explain(first, AwardType.PROVINCIAL_CERTIFICATE).quotas()).extracting(q -> q.quota().kind())
                .containsExactly(QuotaKind.CERTIFICATES);
        assertThatThrownBy(() -> r.explain(new UnitId("nobody"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCouncilRecordsItsCapAndEachProposalsPlaceAndFallsBackByRule() {
        ProvinceReview p = Scenarios.readProvinceReview(DIR.resolve("province-bac-ninh-2022.json"));
        ConsolidationResult c = TestEngine.get().consolidate(p, Profiles.resolve(p.profile(), DIR));
        List<QuotaPosition> placed = c.blocs().stream()
                .flatMap(b -> b.quota(QuotaKind.PROVINCE_GOVERNMENT_FLAG).orElseThrow().positions().stream()).toList();
        assertThat(placed).hasSize(2).allMatch(x -> x.of() == 2);
        QuotaPosition cut = placed.stream().filter(x -> x.status() == QuotaPosition.Status.OUTSIDE).findFirst()
                .orElseThrow();
        assertThat(cut.place()).isEqualTo(2);
        assertThat(c.quota().reason()).isEqualTo(cut.reason());
        ReviewResult bloc = c.blocs().stream().filter(b -> b.unit(cut.unit()).isPresent()).findFirst().orElseThrow();
        Explanation e = bloc.explain(cut.unit(), AwardType.GOVERNMENT_FLAG);
        assertThat(e.quotas()).extracting(q -> q.quota().kind())
                .containsExactly(QuotaKind.LEADERS, QuotaKind.GOVERNMENT_FLAG, QuotaKind.PROVINCE_GOVERNMENT_FLAG);
        assertThat(e.quotas().get(2).position().status()).isEqualTo(QuotaPosition.Status.OUTSIDE);
        assertThat(e.quotas().get(2).quota().formula()).isEqualTo("1 = ⌊0.2 × 6⌋");
        // the fallback award the council's rule chose: the provincial flag the bloc set aside
        assertThat(bloc.decision(cut.unit(), AwardType.PROVINCIAL_FLAG).orElseThrow().outcome())
                .isEqualTo(Outcome.RECOMMENDED);
    }

    @Test
    void aLegalBasisInProseResolvesToCatalogueCitationsWhereItNamesACatalogueDocument() {
        assertThat(LegalBasisCitations.of("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25, khoản 1, điểm a"))
                .extracting(Citation::id).containsExactly("LAW_2022:25.1.a");
        assertThat(LegalBasisCitations.of("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27, 28, 75; "
                + "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 27, 28 (no quota on these titles)"))
                .extracting(Citation::id).containsExactly("LAW_2022:27", "LAW_2022:28", "LAW_2022:75", "LAW_2003:27",
                        "LAW_2003:28");
        assertThat(LegalBasisCitations.of("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74, khoản 1, điểm a–đ"))
                .extracting(Citation::id).containsExactly("LAW_2022:74.1");
        // the aside in parentheses is not cited; a document outside the catalogue gives nothing
        assertThat(LegalBasisCitations.of("Nghị định 152/2025/NĐ-CP (the article replacing Nghị định 98/2023/NĐ-CP,"
                + " Điều 30, khoản 7 was not seen)")).extracting(Citation::id).containsExactly("ND_152_2025");
        assertThat(LegalBasisCitations.of("Thông tư 08/2018/TT-BNNPTNT; practice")).isEmpty();
        assertThat(LegalBasisCitations.of("LAW_2022:25.1.a; ND_98_2023")).extracting(Citation::id)
                .containsExactly("LAW_2022:25.1.a", "ND_98_2023");
    }
}
