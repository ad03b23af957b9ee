package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.assertFitsTheTerminal;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.examples.cli.Cli.Run;
import io.github.thidua.rules.json.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thidua consolidate} run in-process on the seed province review (Bắc Ninh 2022, two blocs). */
class ConsolidateCommandTest {
    private static final String PROVINCE = "province-bac-ninh-2022.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void consolidatesTheProvinceAsATable() {
        Run run = run("consolidate", scenario(PROVINCE).toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).containsPattern("Tỉnh\\s+Bắc Ninh").containsPattern("Năm thi đua\\s+2022")
                .containsPattern("Chế độ pháp lý\\s+2017: ").containsPattern("Bộ tham số\\s+bac-ninh");
        // 6 bloc leaders (3 per bloc) and a share of 0.2 allow floor(0.2 × 6) = 1 Government flag.
        assertThat(out).containsPattern("Đơn vị dẫn đầu các khối\\s+6\n")
                .containsPattern("Tối đa\\s+1 trên 6 đơn vị dẫn đầu \\(0,2 × 6, làm tròn xuống\\)")
                .containsPattern("Các khối đề nghị\\s+2\n").containsPattern("Được giữ\\s+1\n");
        assertThat(out).contains(
                "\nKhối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp\n",
                "\nKhối thi đua các Ban, cơ quan của Đảng\n",
                "Trưởng khối năm 2023: Đoàn Luật sư tỉnh",
                "Cờ thi đua sau khi áp tỷ lệ toàn tỉnh");
        // The party bloc's leader is ranked second in the province: its Government flag is cut by the council
        // and falls back to the provincial flag.
        String partyBloc = out.substring(out.indexOf("\nKhối thi đua các Ban, cơ quan của Đảng\n"));
        assertThat(partyBloc).doesNotContain("Cờ thi đua của Chính phủ: 1")
                .contains("Cờ thi đua của Ủy ban nhân dân tỉnh: 3", "Hạng 1: Ban Tổ chức Tỉnh ủy",
                        "[CONS17_GOVERNMENT_FLAG_CAP]");
        String socialBloc = out.substring(out.indexOf("\nKhối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp\n"),
                out.indexOf("\nKhối thi đua các Ban, cơ quan của Đảng\n"));
        assertThat(socialBloc).contains("Cờ thi đua của Chính phủ: 1", "Cờ thi đua của Ủy ban nhân dân tỉnh: 2",
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 12");
        assertFitsTheTerminal(out);
    }

    @Test
    void writesEnglishWithLangEn() {
        Run run = run("consolidate", scenario(PROVINCE).toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).containsPattern("Cap\\s+1 of 6 leaders")
                .contains("Province-wide quota of the Government Emulation Flag", "Government Emulation Flag: 1",
                        "Head for 2023: Đoàn Luật sư tỉnh");
        assertFitsTheTerminal(run.out());
    }

    @Test
    void writesTheJsonResultContract() throws IOException {
        Path file = scenario(PROVINCE);
        ProvinceReview province = Scenarios.readProvinceReview(file);
        String expected = ResultJson.write(Cli.SHARED_ENGINES.create(null)
                .appraise(province, Profiles.resolve(province.profile(), file.getParent())), false);

        Run run = run("consolidate", file.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).isEqualTo(expected);
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.path("kind").asText()).isEqualTo("consolidation");
        assertThat(json.path("quota").path("leaders").asInt()).isEqualTo(6);
        assertThat(json.path("quota").path("cap").asInt()).isEqualTo(1);
        assertThat(json.path("blocs")).hasSize(2);
        assertThat(json.path("blocs").get(0).path("decisions")).isNotEmpty();
    }

    @Test
    void auditAddsTheConsolidationRulesFired() throws IOException {
        Run json = run("consolidate", scenario(PROVINCE).toString(), "--format", "json", "--audit");
        Run table = run("consolidate", scenario(PROVINCE).toString(), "--audit");

        assertThat(MAPPER.readTree(json.out()).path("audit")).isNotEmpty();
        assertThat(table.out()).contains("Nhật ký quy tắc đã chạy (--audit)", "CONS17_GOVERNMENT_FLAG_CAP");
    }

    @Test
    void aBlocReviewIsBadInputWithAHintToReview() {
        Path file = scenario(ReviewCommand.DEFAULT_SCENARIO);

        Run run = run("consolidate", file.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(file + ": $.kind: is a bloc review").contains("thidua review " + file);
    }

    @Test
    void aFileIsRequired() {
        Run run = run("consolidate");

        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("thidua consolidate: missing FILE / thiếu tham số (hint: thidua"
                + " consolidate FILE; see 'thidua consolidate --help')");
    }

    @Test
    void aMissingBlocFileIsBadInput() throws IOException {
        Path file = dir.resolve("province.json");
        Files.writeString(file, Files.readString(scenario(PROVINCE))
                .replace("002-party-agencies-2022.json", "no-such-bloc.json"));

        Run run = run("consolidate", file.toString());

        assertBadInput(run);
        assertThat(run.err()).contains("no-such-bloc.json");
    }

    @Test
    void anUnknownProfileOptionIsBadInput() {
        Run run = run("consolidate", scenario(PROVINCE).toString(), "--profile", "atlantis");

        assertBadInput(run);
        assertThat(run.err()).startsWith("--profile: unknown profile 'atlantis'");
    }
}
