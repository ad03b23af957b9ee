package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.assertFitsTheTerminal;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code thidua explain} on the bundled scenario (Bắc Ninh 2022, 24 units) and the seed province review. */
class ExplainCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void explainsEveryAwardOfAUnitWithItsConditionsCitationsAndQuotaPosition() {
        Run run = run("explain", "--unit", "hoi-khuyen-hoc");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).startsWith("Giải trình: hoi-khuyen-hoc (Hội Khuyến học tỉnh)\n")
                .containsPattern("Xếp hạng\\s+4 trên 24 đơn vị, tổng 94.0 điểm")
                .containsPattern("Kết quả\\s+Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: đề nghị khen thưởng"
                        + " \\[DECIDE_HIGHEST_AWARD\\]");
        // One section per award, with its outcome.
        assertThat(out).contains("\nCờ thi đua của Chính phủ: không đủ điều kiện\n",
                "\nBằng khen của Thủ tướng Chính phủ: không đủ điều kiện\n",
                "\nCờ thi đua của Ủy ban nhân dân tỉnh: đủ điều kiện nhưng không được chọn\n",
                "\nBằng khen của Chủ tịch Ủy ban nhân dân tỉnh: đề nghị khen thưởng\n",
                // a title beside the certificate (a form), for the authority that decides it
                "\nTập thể lao động xuất sắc: đủ điều kiện; do cấp có thẩm quyền khác quyết định\n",
                "\nGiấy khen: đủ điều kiện nhưng không được chọn\n");
        // Conditions not met, and met, each with its rule and legal basis.
        assertThat(out).containsPattern("Chưa đạt\\s+2 năm liên tục hoàn thành xuất sắc nhiệm vụ đến năm 2022 \\(cần 5\\)"
                        + " \\[PMC17_EXCELLENT_YEARS\\]")
                .containsPattern("Đạt\\s+Được 24/24 thành viên bỏ phiếu tán thành")
                .contains("Căn cứ: khoản 2 Điều 38 Nghị định 91/2017/NĐ-CP", "giả định",
                        "đã xác nhận", "docs/legal-notes.md#assumption-pm-certificate-collective")
                .doesNotContain("(assumption)", "(confirmed)");
        // The quotas: 4th of the 5 units meeting the flag standard with 3 leaders; 1st of 12 certificates.
        String quotas = out.substring(out.indexOf("Vị trí trong các chỉ tiêu"), out.indexOf("Ngưỡng dẫn đầu"));
        assertThat(quotas).containsPattern("(?m)^Đơn vị dẫn đầu khối .*\\s3\\s+4/5\\s+ngoài chỉ tiêu\\s")
                .containsPattern("(?m)^Chỉ tiêu Bằng khen .*\\s12 = ⌊0.5 × 24⌋\\s+1/14\\s+trong chỉ tiêu\\s")
                .contains("[SEL_LEADERS_CUT]", "[SEL_CERTIFICATES]", "(bloc.leaderCount)", "(bloc.certificateShare)");
        assertThat(out).contains("Ngưỡng dẫn đầu (đơn vị dẫn đầu xếp cuối được đề nghị Cờ thi đua): 95.0 điểm,"
                + " hoi-vhnt, hạng 3");
        assertFitsTheTerminal(out);
    }

    @Test
    void onlyTheAwardAskedForAndInEnglish() {
        Run run = run("explain", "--unit", "hoi-nha-bao", "--award", "provincial-flag", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        String out = run.out();
        assertThat(out).startsWith("Explanation: hoi-nha-bao (Hội Nhà báo tỉnh)\n")
                .contains("Outcome       no award", "\nProvincial Emulation Flag: not eligible\n",
                        "Not met", "[EXCL17_PENDING_REVIEW_TT12]", "Position under the quotas",
                        "not a candidate")
                .doesNotContain("Government Emulation Flag:", "Certificate quota", "Giải trình");
        assertFitsTheTerminal(out);
    }

    @Test
    void theJsonHasTheQuotaPositionsAndEveryReasonWithBothLanguages() throws IOException {
        Run run = run("explain", "--unit", "hoi-khuyen-hoc", "--format", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.path("kind").asText()).isEqualTo("explanation");
        assertThat(json.path("unit").asText()).isEqualTo("hoi-khuyen-hoc");
        assertThat(json.path("rank").asInt()).isEqualTo(4);
        assertThat(json.path("members").asInt()).isEqualTo(24);
        assertThat(json.path("regime").asText()).isEqualTo("2017");
        assertThat(json.path("outcome").path("award").asText()).isEqualTo("PROVINCIAL_CERTIFICATE");
        assertThat(json.path("outcome").path("outcome").asText()).isEqualTo("RECOMMENDED");
        assertThat(json.path("leaderLine").path("unit").asText()).isEqualTo("hoi-vhnt");

        JsonNode leaders = quota(json, "LEADERS");
        assertThat(leaders.path("status").asText()).isEqualTo("OUTSIDE");
        assertThat(leaders.path("position").asInt()).isEqualTo(4);
        assertThat(leaders.path("limit").asInt()).isEqualTo(3);
        assertThat(leaders.path("parameter").asText()).isEqualTo("bloc.leaderCount");
        assertThat(leaders.path("reason").path("ruleId").asText()).isEqualTo("SEL_LEADERS_CUT");
        JsonNode certificates = quota(json, "CERTIFICATES");
        assertThat(certificates.path("status").asText()).isEqualTo("WITHIN");
        assertThat(certificates.path("position").asInt()).isEqualTo(1);
        assertThat(certificates.path("limit").asInt()).isEqualTo(12);
        assertThat(quota(json, "GOVERNMENT_FLAG").path("status").asText()).isEqualTo("NOT_CANDIDATE");

        assertThat(json.path("decisions")).hasSize(7);
        List<String> unmet = new ArrayList<>();
        for (JsonNode d : json.path("decisions")) {
            for (String field : new String[] {"reasons", "unmet"}) {
                for (JsonNode r : d.path(field)) {
                    // the 1.0 fields in order, then the additive ones: the basis in English, the assumption's anchor
                    java.util.List<String> names = new java.util.ArrayList<>();
                    r.fieldNames().forEachRemaining(names::add);
                    assertThat(names.subList(0, 7))
                            .containsExactly("ruleId", "legalBasis", "certainty", "vi", "en", "kind", "citations");
                    assertThat(names.subList(7, names.size())).isSubsetOf("legalBasisEn", "assumption");
                    assertThat(r.has("assumption")).isEqualTo("assumption".equals(r.path("certainty").asText())
                            && r.has("assumption"));
                }
            }
            d.path("unmet").forEach(r -> unmet.add(r.path("ruleId").asText()));
        }
        assertThat(unmet).contains("GF17_LEADER_FLAG_STANDARD", "PMC17_EXCELLENT_YEARS");
        // the kinds the rules recorded; the leaders' quota states its formula
        assertThat(leaders.path("reason").path("kind").asText()).isEqualTo("QUOTA");
        assertThat(leaders.path("formula").asText()).isEqualTo("3");
        assertThat(certificates.path("formula").asText()).isEqualTo("12 = ⌊0.5 × 24⌋");
    }

    @Test
    void theReasonsAreTheReviewResultsReasons() throws IOException {
        JsonNode explained = MAPPER.readTree(run("explain", "--unit", "hoi-chu-thap-do", "--format", "json").out());
        JsonNode reviewed = MAPPER.readTree(run("review", "--format", "json").out());

        List<JsonNode> expected = new ArrayList<>();
        reviewed.path("decisions").forEach(d -> {
            if (d.path("unit").asText().equals("hoi-chu-thap-do")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("unit");
                ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("unitName"); // explain is about one unit
                expected.add(d);
            }
        });
        List<JsonNode> actual = new ArrayList<>();
        explained.path("decisions").forEach(actual::add);
        assertThat(actual).isEqualTo(expected);
        assertThat(quota(explained, "GOVERNMENT_FLAG").path("status").asText()).isEqualTo("WITHIN");
        assertThat(quota(explained, "LEADERS").path("position").asInt()).isEqualTo(1);
    }

    @Test
    void inAProvinceReviewTheProvinceWideCapIsExplained() {
        Run run = run("explain", scenario("province-bac-ninh-2022.json").toString(), "--unit", "ban-to-chuc",
                "--award", "GOVERNMENT_FLAG");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("Khối thi đua các Ban, cơ quan của Đảng (bn-khoi-dang)",
                        "Tỷ lệ Cờ thi đua của Chính phủ", "(province.governmentFlagShare)", "1 = ⌊0.2 × 6⌋",
                        "ngoài chỉ tiêu",
                        "[CONS17_GOVERNMENT_FLAG_CAP]")
                .containsPattern("Kết quả\\s+Cờ thi đua của Ủy ban nhân dân tỉnh: đề nghị khen thưởng")
                .containsPattern("Quyết định\\s+Hội đồng tỉnh: ngoài tỷ lệ Cờ thi đua của Chính phủ");
        assertFitsTheTerminal(run.out());
    }

    @Test
    void anUnknownUnitIsBadInputWithADidYouMean() {
        Run run = run("explain", "--unit", "hoi-nha-bo");

        assertBadInput(run);
        assertThat(run.err()).startsWith(ReviewCommand.DEFAULT_SCENARIO + ": --unit: unit 'hoi-nha-bo' is not in")
                .contains("did you mean 'hoi-nha-bao'?");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aUnitNameInsteadOfItsIdSuggestsTheId() {
        Run run = run("explain", "--unit", "Hội Nhà báo tỉnh");

        assertBadInput(run);
        assertThat(run.err()).contains("did you mean 'hoi-nha-bao'?");
    }

    @Test
    void anUnknownUnitInAProvinceIsBadInput() {
        Run run = run("explain", scenario("province-bac-ninh-2022.json").toString(), "--unit", "ban-to-chu");

        assertBadInput(run);
        assertThat(run.err()).contains("did you mean 'ban-to-chuc'?");
    }

    @Test
    void anUnknownAwardIsBadInputWithADidYouMean() {
        Run run = run("explain", "--unit", "hoi-nha-bao", "--award", "GOVERMENT_FLAG");

        assertBadInput(run);
        assertThat(run.err()).startsWith("--award: unknown award code 'GOVERMENT_FLAG'")
                .contains("did you mean 'GOVERNMENT_FLAG'?", "valid values: GOVERNMENT_FLAG,");
    }

    @Test
    void theUnitIsRequiredAndHtmlIsNotAFormatOfExplain() {
        assertBadInput(run("explain"));
        Run html = run("explain", "--unit", "hoi-nha-bao", "--format", "html");
        assertBadInput(html);
        assertThat(html.err()).contains("--format: 'html' is not available for 'explain'");
    }

    @Test
    void aPersonOfAUnitReviewIsExplainedTitleByTitle() {
        String file = scenario("unit-bac-ninh-2025-home-affairs.json").toString();
        Run run = run("explain", file, "--person", "p01");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        String out = run.out();
        assertThat(out).startsWith("Giải trình kết quả bình xét của Trần Minh Bình (p01)\n")
                .contains("Nghị định 152/2025/NĐ-CP", "\nLao động tiên tiến: đề nghị khen thưởng",
                        "\nChiến sĩ thi đua cấp tỉnh: đề nghị khen thưởng",
                        "Thẩm quyền quyết định: Chủ tịch Ủy ban nhân dân tỉnh",
                        "Phiếu bầu của Hội đồng thi đua - khen thưởng:", "✓ 9/9 thành viên Hội đồng",
                        "Sáng kiến đã dùng (mỗi sáng kiến chỉ dùng cho một hình thức): sk-2025-01",
                        "\nChiến sĩ thi đua toàn quốc: không đủ điều kiện", "✗ ", "LAW_2022:21");
        // a ballot short of 80 % of the council: meets the standard, not selected
        Run p03 = run("explain", file, "--person", "p03", "--award", "GRASSROOTS_FIGHTER", "--lang", "en");
        assertThat(p03.out()).contains("Grassroots Emulation Fighter: meets the standard, not selected",
                "The council's ballot:", "✗ 7/9");
        // the 15 % cap before 2024: the person's place under the quota
        Run quota = run("explain", scenario("unit-yen-bai-2022-culture.json").toString(), "--person", "p02",
                "--award", "grassroots-fighter", "--format", "json");
        assertThat(quota.code()).as(quota.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(quota.out()).contains("\"kind\" : \"person-explanation\"", "\"ruleId\" : \"CSTDCS17_QUOTA\"",
                "\"outcome\" : \"NOT_SELECTED\"", "ND_91_2017:9.3");
    }

    @Test
    void aUnitReviewNeedsAKnownPerson() {
        String file = scenario("unit-yen-bai-2022-culture.json").toString();
        Run missing = run("explain", file);
        assertBadInput(missing);
        assertThat(missing.err()).contains("--person: missing", "people: p01, p02");
        Run typo = run("explain", file, "--person", "p2");
        assertBadInput(typo);
        assertThat(typo.err()).contains("did you mean 'p02'?");
        Run award = run("explain", file, "--person", "p02", "--award", "PROVINCIAL_FLAG");
        assertBadInput(award);
        assertThat(award.err()).contains("unknown title or form of a person", "GRASSROOTS_FIGHTER");
    }

    @Test
    void atThePactSigningThereIsNothingToExplainButTheUnit() {
        Run run = run("explain", scenario("004-bac-ninh-2024-pact.json").toString(), "--unit", "hoi-vhnt");

        assertThat(run.out()).contains("Giải trình: hoi-vhnt", "chưa xếp hạng",
                "Không có quyết định khen thưởng ở kỳ này");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        Run run = run("explain", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--unit=ID", "--award=CODE", "--format=table|json|html", "--rules=DIR",
                "--out=FILE", "Exit codes", "0   Success", "1   Rule findings", "2   Bad input or usage");
    }

    private static JsonNode quota(JsonNode explanation, String name) {
        for (JsonNode q : explanation.path("quotas")) {
            if (q.path("quota").asText().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no quota " + name + " in " + explanation.path("quotas"));
    }
}
