package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** {@code thidua review} on a unit review file: text, JSON and HTML, with the bonus total and the derived statistics. */
class UnitReviewCommandTest {
    static final String FILE = "unit-bac-ninh-2025-home-affairs.json";

    @Test
    void theTextNamesPeopleAwardsReasonsStatisticsAndTheBonusTotal() {
        Run run = run("review", Cli.scenario(FILE).toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("Bình xét thi đua cá nhân năm 2025 — Sở Nội vụ tỉnh Bắc Ninh",
                "Nghị định 152/2025/NĐ-CP", "Lao động tiên tiến (34 đề nghị)", "Chiến sĩ thi đua cơ sở (5 đề nghị)",
                "đủ điều kiện, chờ Hội đồng bỏ phiếu", "7/9 thành viên Hội đồng đồng ý", "sáng kiến: sk-2025-01",
                "Tổng số: 40; hoàn thành nhiệm vụ: 39; Lao động tiên tiến: 34; Chiến sĩ thi đua cơ sở: 5",
                "710.000 đ", "Tổng cộng: 39.310.000 đ");
        Run en = run("review", Cli.scenario(FILE).toString(), "--lang", "en");
        assertThat(en.out()).contains("Advanced Labourer (34 recommended)", "Total: ");
    }

    @Test
    void jsonAndHtml() throws Exception {
        Run json = run("review", Cli.scenario(FILE).toString(), "--format", "json", "--audit");
        assertThat(json.code()).as(json.toString()).isEqualTo(ThiduaCli.OK);
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.path("kind").asText()).isEqualTo("unit-review-result");
        assertThat(r.path("bonusTotal").asLong()).isEqualTo(39_310_000L);
        assertThat(r.path("statistics").path("advancedLabour").asInt()).isEqualTo(34);
        assertThat(r.path("audit").size()).isPositive();
        Run html = run("review", Cli.scenario(FILE).toString(), "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h1>Bình xét thi đua cá nhân năm 2025");
    }

    @Test
    void aBrokenUnitReviewIsBadInputWithPathAndHint() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("unit");
        var f = dir.resolve("u.json");
        java.nio.file.Files.writeString(f, java.nio.file.Files.readString(Cli.scenario(FILE))
                .replace("\"gender\": \"MALE\"", "\"gendre\": \"MALE\""));
        Run run = run("review", f.toString());
        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("$.people[0].gendre", "did you mean 'gender'");
    }
}
