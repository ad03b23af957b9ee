package io.github.thidua.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled legal catalogue, citation ids, their rendering and the legal periods taken from the law's dates. */
class LegalCatalogueTest {
    private final LegalCatalogue catalogue = LegalCatalogue.standard();
    private final CitationFormatter formatter = new CitationFormatter(catalogue);

    @Test
    void catalogueHoldsTheDocumentsWithTheirDates() {
        LegalDocument nd152 = catalogue.get("ND_152_2025");
        assertThat(nd152.number()).isEqualTo("152/2025/NĐ-CP");
        assertThat(nd152.kind()).isEqualTo(DocumentKind.DECREE);
        assertThat(nd152.signed()).isEqualTo(LegalDate.confirmed(LocalDate.of(2025, 6, 14)));
        assertThat(nd152.inForceFrom()).isEqualTo(LegalDate.confirmed(LocalDate.of(2025, 7, 1)));
        assertThat(nd152.inForceUntil()).isEqualTo(new LegalDate(LocalDate.of(2027, 2, 28), Certainty.SECONDARY));
        assertThat(nd152.citationCertainty()).isEqualTo(Certainty.SECONDARY);
        // ND 152 Art 59: ND 98 ceases the day ND 152 takes effect.
        LegalDocument nd98 = catalogue.get("ND_98_2023");
        assertThat(nd98.replacedBy()).isEqualTo("ND_152_2025");
        assertThat(nd98.inForceUntil().date().plusDays(1)).isEqualTo(nd152.inForceFrom().date());
        assertThat(catalogue.get("TT_08_2017").inForceOn(LocalDate.of(2017, 12, 10))).isFalse();
        assertThat(catalogue.get("TT_08_2017").inForceOn(LocalDate.of(2017, 12, 15))).isTrue();
        assertThat(catalogue.get("CV_5007_2023").inForceOn(LocalDate.of(2020, 3, 10))).isFalse();
        assertThat(catalogue.get("QD_86_2025_BN").inForceFrom().date()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(catalogue.get("LAW_2026").certainty()).isEqualTo(Certainty.SECONDARY);
        assertThat(nd152.endedBefore(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(nd152.endedBefore(LocalDate.of(2027, 2, 28))).isFalse();
    }

    @Test
    void everyReplacementStartsTheDayAfterTheReplacedDocumentEnds() {
        for (LegalDocument d : catalogue.documents()) {
            if (d.replacedBy() != null) {
                LegalDocument next = catalogue.get(d.replacedBy());
                assertThat(d.inForceUntil()).as(d.id()).isNotNull();
                if (next.inForceFrom() != null) {
                    assertThat(d.inForceUntil().date().plusDays(1)).as(d.id()).isEqualTo(next.inForceFrom().date());
                }
            }
            assertThat(d.periods()).as(d.id()).isNotEmpty();
        }
    }

    @Test
    void citationIdsParseAndPrint() {
        Citation c = Citation.parse("LAW_2022:25.1.a");
        assertThat(c).isEqualTo(new Citation("LAW_2022", "25", "1", "a"));
        assertThat(c.id()).isEqualTo("LAW_2022:25.1.a");
        assertThat(Citation.parse("ND_152_2025:4").clause()).isNull();
        assertThat(Citation.parse("TT_15_2025").article()).isNull();
        assertThat(Citation.parse("LAW_2022:74.1.đ").point()).isEqualTo("đ");
        assertThat(Citation.parseList("LAW_2022:26.1; ND_98_2023:4.2, ND_152_2025:4"))
                .extracting(Citation::id).containsExactly("LAW_2022:26.1", "ND_98_2023:4.2", "ND_152_2025:4");
        assertThat(Citation.isIdList("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26")).isFalse();
        assertThatThrownBy(() -> Citation.parse("LAW_2022:25..a")).hasMessageContaining("DOC[:article[.clause[.point]]]");
        assertThatThrownBy(() -> Citation.parse("law_2022")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatterRendersVietnameseAndEnglish() {
        assertThat(formatter.format(Citation.parse("LAW_2022:25.1.a"), "vi"))
                .isEqualTo("điểm a khoản 1 Điều 25 Luật Thi đua, khen thưởng 06/2022/QH15");
        assertThat(formatter.format(Citation.parse("LAW_2022:25.1.a"), "en"))
                .isEqualTo("Law on Emulation and Commendation 06/2022/QH15, Article 25(1)(a)");
        assertThat(formatter.format(Citation.parse("ND_152_2025:4"), "vi")).isEqualTo("Điều 4 Nghị định 152/2025/NĐ-CP");
        assertThat(formatter.format(Citation.parse("ND_152_2025"), "en")).isEqualTo("Decree 152/2025/ND-CP");
        assertThat(formatter.format(Citation.parseList("TT_08_2017:8; ND_91_2017:12"), "vi"))
                .isEqualTo("Điều 8 Thông tư 08/2017/TT-BNV; Điều 12 Nghị định 91/2017/NĐ-CP");
    }

    @Test
    void unknownDocumentIdsAreRejected() {
        assertThatThrownBy(() -> formatter.format(Citation.parse("TT_08_2018_BNNPTNT:3"), "vi"))
                .hasMessageContaining("unknown legal document id 'TT_08_2018_BNNPTNT'");
        assertThat(catalogue.problems("LAW_2022:26.1; ND_98_2023:4")).isEmpty();
        assertThat(catalogue.problems("LAW_2022:26.1; LAW_2099:1")).singleElement().asString()
                .contains("unknown legal document id 'LAW_2099'");
        assertThat(catalogue.problems("Luật 2022, Điều 26")).hasSize(2);
    }

    @Test
    void periodsComeFromTheLawsDates() {
        LocalDate dec2025 = LocalDate.of(2025, 12, 20);
        assertThat(LegalPeriod.of(2023, null, LocalDate.of(2023, 12, 1))).isEqualTo(LegalPeriod.P2017);
        assertThat(LegalPeriod.of(2024, null, dec2025)).isEqualTo(LegalPeriod.P2024);
        assertThat(LegalPeriod.of(2026, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 10))).isEqualTo(LegalPeriod.P2024);
        assertThat(LegalPeriod.of(2026, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 10))).isEqualTo(LegalPeriod.P2026);
        assertThat(LegalPeriod.of(2026, null, LocalDate.of(2026, 12, 10))).isEqualTo(LegalPeriod.P2026);
        assertThat(LegalPeriod.P2026.ruleSet()).isEqualTo(Regime.REGIME_2024);
        assertThat(LegalPeriod.P2026.criteriaUnverified()).isTrue();
        assertThat(Regime.FIRST_YEAR_2024).isEqualTo(2024);
        assertThat(Regime.DECREE_152_FROM).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void applicableCitationsAreThoseInForceAndOfThePeriod() {
        List<Citation> shared = Citation.parseList(
                "ND_91_2017:12; TT_08_2017:8; TT_12_2019; LAW_2022:26; ND_98_2023:4; ND_152_2025:4; LAW_2026");
        assertThat(LegalPeriod.P2017.applicable(shared, LocalDate.of(2017, 12, 10), catalogue))
                .extracting(Citation::id).containsExactly("ND_91_2017:12");
        assertThat(LegalPeriod.P2017.applicable(shared, LocalDate.of(2018, 12, 10), catalogue))
                .extracting(Citation::id).containsExactly("ND_91_2017:12", "TT_08_2017:8");
        assertThat(LegalPeriod.P2024.applicable(shared, LocalDate.of(2025, 6, 30), catalogue))
                .extracting(Citation::id).containsExactly("LAW_2022:26", "ND_98_2023:4");
        assertThat(LegalPeriod.P2024.applicable(shared, LocalDate.of(2025, 7, 1), catalogue))
                .extracting(Citation::id).containsExactly("LAW_2022:26", "ND_152_2025:4");
        assertThat(LegalPeriod.P2026.applicable(shared, LocalDate.of(2026, 12, 1), catalogue))
                .extracting(Citation::id).containsExactly("LAW_2022:26", "ND_152_2025:4", "LAW_2026");
        // A 2023 achievement decided in January 2024: the period's own documents, as on their last day.
        assertThat(LegalPeriod.P2017.transitional(LocalDate.of(2024, 1, 15), catalogue)).isTrue();
        assertThat(LegalPeriod.P2017.applicable(shared, LocalDate.of(2024, 1, 15), catalogue))
                .extracting(Citation::id).containsExactly("ND_91_2017:12", "TT_12_2019");
    }

    @Test
    void timelineGivesTheGoverningDocumentsAndItsNotices() {
        LegalTimeline t = new LegalTimeline(catalogue);
        assertThat(t.governing(LegalPeriod.P2024, LocalDate.of(2025, 12, 20), List.of("bac-ninh")))
                .extracting(LegalDocument::id).doesNotContain("QD_86_2025_BN");
        assertThat(t.governing(LegalPeriod.P2024, LocalDate.of(2025, 12, 20), List.of("bac-ninh-2025", "national")))
                .extracting(LegalDocument::id)
                .containsExactly("LAW_2022", "ND_152_2025", "ND_129_2025", "TT_15_2025", "QD_86_2025_BN");
        assertThat(t.governing(LegalPeriod.P2024, LocalDate.of(2025, 12, 10), List.of("bac-ninh-2025")))
                .extracting(LegalDocument::id).doesNotContain("QD_86_2025_BN");
        assertThat(t.governing(LegalPeriod.P2024, LocalDate.of(2025, 6, 30), List.of("national")))
                .extracting(LegalDocument::id).containsExactly("LAW_2022", "ND_98_2023");
        assertThat(t.governing(LegalPeriod.P2017, LocalDate.of(2017, 12, 10), List.of()))
                .extracting(LegalDocument::id).containsExactly("LAW_2003", "ND_91_2017");
        // 2027: ND 152 is past its recorded end with no known successor: still cited, with a warning.
        LocalDate march2027 = LocalDate.of(2027, 3, 15);
        List<String> cited = t.governing(LegalPeriod.P2026, march2027, List.of()).stream().map(LegalDocument::id).toList();
        assertThat(cited).contains("ND_152_2025", "LAW_2026");
        assertThat(t.notices(LegalPeriod.P2026, 2026, march2027, null, cited))
                .extracting(LegalTimeline.Notice::code)
                .containsExactly("DOCUMENT_PAST_END", "AMENDED_LAW_CRITERIA_UNVERIFIED");
        assertThat(t.notices(LegalPeriod.P2017, 2023, LocalDate.of(2024, 1, 20), null, List.of()))
                .extracting(LegalTimeline.Notice::code).containsExactly("PERIOD_ENDED_BEFORE_DECISION");
        assertThat(t.notices(LegalPeriod.P2024, 2025, LocalDate.of(2025, 12, 20), null, List.of("ND_152_2025"))).isEmpty();
    }
}
