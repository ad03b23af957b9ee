package io.github.thidua.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.examples.cli.Cli.Run;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.json.ResultJson;
import io.github.thidua.rules.pack.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.assertFitsTheTerminal;
import static io.github.thidua.examples.cli.Cli.bundledScenario;
import static io.github.thidua.examples.cli.Cli.fixture;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code thidua review} run in-process through picocli, with captured stdout and stderr. */
class ReviewCommandTest {
    private static final String BLOC_NAME = "Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reviewsTheBundledDefaultScenarioAsABriefTableWithNamesOnly() {
        Run run = run("review");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).contains(BLOC_NAME, "Bắc Ninh", "2022", "tổng kết", "bac-ninh", "ngày xét 25/11/2022",
                "Nghị định 91/2017/NĐ-CP", "Trưởng khối: Hiệp hội doanh nghiệp nhỏ và vừa tỉnh", "Hạng", "Đơn vị");
        // Brief: bloc, ranking with proposals, summary, in at most 60 lines of at most 120 columns.
        assertThat(out.lines().count()).as(out).isLessThanOrEqualTo(60);
        assertFitsTheTerminal(out);
        String ranking = out.substring(out.indexOf("\nXếp hạng và đề nghị khen thưởng\n"), out.indexOf("\nTổng hợp\n"));
        assertThat(ranking.lines().filter(l -> l.matches("\\s*\\d+\\*?  \\S.*"))).hasSize(24);
        // Rank 1 is proposed for the Government flag; decimals with a comma in Vietnamese.
        assertThat(out).containsPattern("(?m)^\\s+1  Hội Chữ thập đỏ tỉnh\\s+97,5\\s+94,5\\s+3,0\\s+0,0  Cờ thi đua của Chính phủ$");
        // Hội Nhà báo tỉnh (rank 6) has a pending complaint: no award.
        assertThat(out).containsPattern("(?m)^\\s+6  Hội Nhà báo tỉnh\\s+92,5\\s+92,5\\s+0,0\\s+0,0  —$");
        // The tie is explained under the table, with names.
        assertThat(ranking).contains("* Hội Sinh vật cảnh tỉnh: Xếp trên Hội Nghề cá tỉnh do ít điểm trừ hơn");
        // Names, not slugs, wherever people read: no member id appears in the brief report.
        for (String id : new String[] {"hoi-chu-thap-do", "doan-luat-su", "hoi-nghe-ca", "hiep-hoi-dnnvv"}) {
            assertThat(out).doesNotContain(id);
        }
        assertThat(out).doesNotContain("Chi tiết các quyết định", "97.5").contains("--details");
    }

    @Test
    void detailsAddEveryDecisionWithItsReasonAndRule() {
        Run run = run("review", "--details");

        String out = run.out();
        assertThat(out).contains("Chi tiết các quyết định", "Hạng 1: Hội Chữ thập đỏ tỉnh\n",
                "Đơn vị đang xác minh đơn khiếu nại, tố cáo", "[DECIDE_HIGHEST_AWARD]",
                "[GF17_NOT_ELIGIBLE]", "không đủ điều kiện", "đủ điều kiện nhưng");
        assertThat(out.lines().count()).isGreaterThan(300);
        assertFitsTheTerminal(out);
    }

    @Test
    void summarisesTheAwardsTheNextHeadAndTheWarnings() {
        Run run = run("review");

        String summary = run.out().substring(run.out().indexOf("\nTổng hợp\n"));
        // As reported for the bloc's 2022 review (seed 000): 1 Government flag, 2 provincial flags, 12 certificates.
        assertThat(summary).contains("Đề nghị khen thưởng\n",
                "  Cờ thi đua của Chính phủ: 1\n",
                "  Cờ thi đua của Ủy ban nhân dân tỉnh: 2\n",
                "  Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 12\n",
                "Trưởng khối năm 2023: Đoàn Luật sư tỉnh, được bầu [ROT_ELECTED_HEAD]\n",
                "Phó khối năm 2023: —\n",
                "Phát hiện: không có\n",
                "ILLUSTRATIVE_DATA", "NO_DEPUTY");
    }

    @Test
    void theTableFitsA120ColumnTerminal() {
        assertFitsTheTerminal(run("review").out());
        assertFitsTheTerminal(run("review", "--lang", "en").out());
        assertFitsTheTerminal(run("review", "--audit").out());
    }

    @Test
    void writesEnglishLabelsAwardNamesNumbersAndDatesWithLangEn() {
        Run run = run("review", "--lang", "en", "--details");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("year-end review", "decided 25 November 2022", "Rank", "Unit", "Total",
                "Ranking and proposals", "Ranked ahead of Hội Nghề cá tỉnh", "All decisions", "Summary",
                "  Government Emulation Flag: 1\n",
                "  Provincial Emulation Flag: 2\n",
                "  Provincial Chairman's Certificate of Merit: 12\n",
                "Head for 2023: Đoàn Luật sư tỉnh, elected", " 97.5 ",
                "Recommended for the Government Emulation Flag", "[DECIDE_HIGHEST_AWARD]",
                "eligible, not selected", "Findings: none");
        assertThat(run.out()).doesNotContain("Cờ thi đua của Chính phủ: 1", "đề nghị khen thưởng", "Tổng hợp", "97,5");
    }

    @Test
    void writesTheJsonResultContract() throws IOException {
        Run run = run("review", "--format", "json");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).isEmpty();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().contains("regime", "province", "bloc", "year", "stage",
                "ranking", "decisions", "nextTerm", "findings", "warnings");
        assertThat(json.has("audit")).isFalse();
        assertThat(json.path("regime").asText()).isEqualTo("2017");
        assertThat(json.path("province").asText()).isEqualTo("Bắc Ninh");
        assertThat(json.path("bloc").asText()).isEqualTo("bn-khoi-tcxh");
        assertThat(json.path("year").asInt()).isEqualTo(2022);
        assertThat(json.path("stage").asText()).isEqualTo("YEAR_END");
        JsonNode ranking = json.path("ranking");
        assertThat(ranking).hasSize(24);
        for (int i = 0; i < ranking.size(); i++) {
            assertThat(ranking.get(i).path("rank").asInt()).isEqualTo(i + 1);
        }
        assertThat(json.path("decisions")).isNotEmpty();
        JsonNode first = json.path("decisions").get(0);
        assertThat(first.path("unit").asText()).isEqualTo("hoi-chu-thap-do");
        assertThat(first.path("award").asText()).isEqualTo("GOVERNMENT_FLAG");
        assertThat(first.path("outcome").asText()).isEqualTo("RECOMMENDED");
        assertThat(json.path("nextTerm").path("head").asText()).isEqualTo("doan-luat-su");
        assertThat(json.path("findings")).isEmpty();
        // Additive: names and the score breakdown, so that a host needs no join back to its input.
        assertThat(first.path("unitName").asText()).isEqualTo("Hội Chữ thập đỏ tỉnh");
        assertThat(json.path("nextTerm").path("headName").asText()).isEqualTo("Đoàn Luật sư tỉnh");
        JsonNode top = ranking.get(0);
        assertThat(top.path("name").asText()).isEqualTo("Hội Chữ thập đỏ tỉnh");
        assertThat(top.path("regular").decimalValue()).isEqualByComparingTo("94.5");
        assertThat(top.path("bonus").decimalValue()).isEqualByComparingTo("3");
        assertThat(top.path("penalty").decimalValue()).isEqualByComparingTo("0");
        java.math.BigDecimal regular = java.math.BigDecimal.ZERO;
        for (JsonNode c : top.path("criteria")) {
            assertThat(c.fieldNames()).toIterable().contains("criterion", "name", "kind", "max", "self", "assessed",
                    "points");
            if (c.path("kind").asText().equals("REGULAR")) {
                regular = regular.add(c.path("points").decimalValue());
            }
        }
        assertThat(top.path("criteria")).hasSize(11);
        assertThat(regular).isEqualByComparingTo("94.5");
        assertThat(json.path("units")).hasSize(24);
    }

    @Test
    void theJsonIsExactlyTheContractWritersOutput() {
        Path file = scenario("001-yen-bai-2022-special-associations.json");
        BlocReview review = Scenarios.readBlocReview(file);
        // the review in its mode: without recorded decisions, the suggestion with its label
        String expected = ResultJson.write(Cli.SHARED_ENGINES.create(null)
                .appraise(review, Profiles.resolve(review.profile(), file.getParent())), false);

        Run run = run("review", file.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void theRecordedDecisionsOfSeed000AreAppraisedInTheTableAndTheJson() throws IOException {
        Path file = scenario("000-bac-ninh-2022-social-organisations-recorded.json");
        Run table = run("review", file.toString());
        assertThat(table.code()).as(table.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(table.out()).contains("Thẩm định đề nghị của khối (15 đề nghị)", "Hội Chữ thập đỏ tỉnh", "hợp lệ",
                "Hợp lệ: 15/15").doesNotContain("Lưu ý: đây là gợi ý");
        Run json = run("review", file.toString(), "--format", "json");
        com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out()).path("appraisal");
        assertThat(a.path("mode").asText()).isEqualTo("APPRAISE");
        assertThat(a.path("verdicts")).hasSize(15);
        // without decisions the report says it is a suggestion
        assertThat(run("review").out()).contains("Lưu ý: đây là gợi ý");
    }

    @Test
    void auditAddsTheRulesFired() throws IOException {
        Run json = run("review", "--format", "json", "--audit");
        Run table = run("review", "--audit");

        assertThat(json.code()).isEqualTo(ThiduaCli.OK);
        JsonNode audit = MAPPER.readTree(json.out()).path("audit");
        assertThat(audit.isArray()).isTrue();
        assertThat(audit).isNotEmpty();
        assertThat(audit.get(0).has("ruleId")).isTrue();
        assertThat(table.out()).contains("Nhật ký quy tắc đã chạy (--audit)", "DECIDE_HIGHEST_AWARD");
        assertThat(run("review").out()).doesNotContain("Nhật ký quy tắc");
    }

    @Test
    void readsAFileFromDisk() throws IOException {
        Path file = dir.resolve("copy.json");
        Files.writeString(file, bundledScenario());

        Run run = run("review", file.toString(), "--format=json");

        assertThat(run.code()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("\"regime\" : \"2017\"");
    }

    @Test
    void anUnsignedPactIsAnErrorFindingAndExitsOne() {
        Path file = fixture("pact-missing-signature.json");

        Run run = run("review", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.FAILURES);
        assertThat(run.err()).isEmpty(); // the result is printed in full; the exit code tells the error
        assertThat(run.out()).contains("ký giao ước thi đua", "Không xếp hạng ở hội nghị ký giao ước thi đua.",
                "Không xét khen thưởng ở kỳ này", "Phát hiện\n", "lỗi", "PACT_MEMBER_NOT_SIGNED")
                .doesNotContain("hoi-tu-day");
        assertFitsTheTerminal(run.out());
    }

    @Test
    void anUnsignedPactExitsOneInJsonToo() throws IOException {
        Run run = run("review", fixture("pact-missing-signature.json").toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ThiduaCli.FAILURES);
        JsonNode finding = MAPPER.readTree(run.out()).path("findings").get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("ruleId").asText()).isEqualTo("PACT_MEMBER_NOT_SIGNED");
        assertThat(finding.path("unit").asText()).isEqualTo("hoi-tu-day");
    }

    @Test
    void aPactSignedByEveryMemberExitsZero() {
        Run run = run("review", scenario("004-bac-ninh-2024-pact.json").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("Phát hiện: không có").doesNotContain("Trưởng khối năm 2025");
    }

    @Test
    void aMidYearReviewRanksWithoutAwards() {
        Run run = run("review", scenario("003-bac-kan-2022-culture-society-midyear.json").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).contains("sơ kết", "Không xét khen thưởng ở kỳ này", "MID_YEAR_NO_AWARDS")
                .doesNotContain("Chi tiết các quyết định");
    }

    @Test
    void withoutScorecardsEveryMemberScoresZeroAndTheResultWarns() throws IOException {
        ObjectNode scenario = (ObjectNode) MAPPER.readTree(bundledScenario());
        scenario.remove("scorecards");
        Path file = dir.resolve("no-scores.json");
        Files.writeString(file, MAPPER.writeValueAsString(scenario));

        Run table = run("review", file.toString());
        Run json = run("review", file.toString(), "--format", "json");

        assertThat(table.code()).as(table.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(table.out()).contains("NO_SCORECARD", "Đơn vị Hội Văn học nghệ thuật tỉnh không có bảng điểm: tính 0 điểm");
        assertThat(json.code()).isEqualTo(ThiduaCli.OK);
        JsonNode result = MAPPER.readTree(json.out());
        assertThat(result.path("ranking")).hasSize(24)
                .allSatisfy(u -> assertThat(u.path("total").decimalValue()).isZero());
        assertThat(result.path("warnings").findValuesAsText("code")).contains("NO_SCORECARD");
    }

    @Test
    void aProvinceReviewIsBadInputWithAHintToConsolidate() {
        Path file = scenario("province-bac-ninh-2022.json");

        Run run = run("review", file.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(file + ": $.kind: is a province review")
                .contains("thidua consolidate " + file);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aRulePackThatDoesNotCompilePrintsItsProblemsAndExitsOne() {
        CommandLine cli = ThiduaCli.newCommandLine(override -> {
            throw new RulePackException("rule pack thidua-national does not compile", List.of(
                    Problem.error("common/selection.drl", 12, 5, "COMPILE", "unknown fact type Candidat", null),
                    Problem.error("regime2017/flags.drl", 40, 1, "ERR102", "missing 'then'", null)));
        });

        Run run = Cli.run(cli, "review");

        assertThat(run.code()).isEqualTo(ThiduaCli.FAILURES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "thidua: the rule pack does not compile / bộ quy tắc không biên dịch được:",
                "  common/selection.drl:12:5: error [COMPILE] unknown fact type Candidat",
                "  regime2017/flags.drl:40:1: error [ERR102] missing 'then'");
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("nowhere.json");

        Run run = run("review", missing.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(missing + ": $: file not found");
    }

    @Test
    void aDirectoryIsBadInput() {
        Run run = run("review", dir.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(dir + ": $: is a directory");
    }

    @Test
    void malformedJsonIsBadInput() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"kind\": \"bloc-review\", \"year\": ");

        Run run = run("review", file.toString());

        assertBadInput(run);
        assertThat(run.err()).contains("broken.json");
    }

    @Test
    void everyValidationErrorIsPrintedOnItsOwnLine() throws IOException {
        Path file = dir.resolve("invalid.json");
        Files.writeString(file, bundledScenario()
                .replaceFirst("\"stage\"\\s*:\\s*\"YEAR_END\"", "\"stage\": \"YEAR_ENDS\", \"colour\": \"red\""));

        Run run = run("review", file.toString());

        assertBadInput(run);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith(file + ": $"));
        assertThat(run.err()).contains("$.stage", "$.colour");
    }

    @Test
    void anUnknownProfileOptionIsBadInput() {
        Run run = run("review", "--profile", "atlantis");

        assertBadInput(run);
        assertThat(run.err()).startsWith("--profile: unknown profile 'atlantis'");
    }

    @Test
    void anUnknownProfileInTheScenarioIsBadInput() throws IOException {
        Path file = dir.resolve("atlantis.json");
        Files.writeString(file, bundledScenario()
                .replaceFirst("\"profile\"\\s*:\\s*\"[^\"]*\"", "\"profile\": \"atlantis\""));

        Run run = run("review", file.toString());

        assertBadInput(run);
        assertThat(run.err()).startsWith(file + ": $.profile: unknown profile 'atlantis'");
    }

    @Test
    void aProfileFileWithErrorsGivesOneLinePerProblem() throws IOException {
        Path profile = dir.resolve("my-profile.json");
        Files.writeString(profile, "{\"name\": \"mine\", \"extends\": \"national\", \"colour\": 1}");

        Run run = run("review", "--profile", profile.toString());

        assertBadInput(run);
        assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).startsWith(profile + ": $."));
        assertThat(run.err()).contains("$.colour", "$.parameters");
    }

    @Test
    void aBundledProfileOptionReplacesTheScenarios() throws IOException {
        Run table = run("review", "--profile", "national");
        Run json = run("review", "--profile", "national", "--format", "json");

        assertThat(table.code()).as(table.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(table.out()).contains("bộ tham số national");
        assertThat(MAPPER.readTree(json.out()).path("profile").asText()).isEqualTo("national");
    }

    @Test
    void unknownOptionIsOneLineWithAHintNotTheUsage() {
        Run run = run("review", "--fromat", "json");

        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("thidua review: unknown option '--fromat' / không có tùy chọn"
                + " này (hint: did you mean '--format'? see 'thidua review --help')");
    }

    @Test
    void aBadFormatIsOneLineNamingTheValuesAllowed() {
        Run run = run("review", "--format", "xml");

        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.err().lines()).containsExactly("thidua review: --format: 'xml' is not a valid value / giá trị"
                + " không hợp lệ (hint: did you mean 'html'? use one of table, json, html, docx)");
    }

    @Test
    void noCommandOrAnUnknownOneIsOneLine() {
        Run none = run();
        Run typo = run("reveiw");

        assertThat(none.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(none.err().lines()).singleElement().asString().startsWith("thidua: missing command")
                .contains("hint: try 'thidua review'");
        assertThat(typo.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(typo.err().lines()).singleElement().asString()
                .startsWith("thidua: unknown command 'reveiw'").contains("did you mean 'review'?");
    }

    @Test
    void everyUsageErrorIsOneLineWithAHint() {
        String[][] calls = {
            {"review", "--colour"}, {"review", "a.json", "b.json"}, {"review", "--lang", "fr"},
            {"consolidate"}, {"explain"}, {"explain", "--unit"}, {"serve", "--port", "abc"}, {"rules"},
            {"rules", "chek"}, {"scenario"}, {"scenario", "validate"}, {"scenario", "schema", "blok-review"},
            {"bench", "--preset", "huge"}, {"--no-such-option"}};
        for (String[] call : calls) {
            Run run = run(call);
            assertThat(run.code()).as(String.join(" ", call)).isEqualTo(ThiduaCli.BAD_INPUT);
            assertThat(run.out()).as(String.join(" ", call)).isEmpty();
            assertThat(run.err().lines()).as(String.join(" ", call)).singleElement().asString()
                    .startsWith("thidua").contains("(hint: ").doesNotContain("Usage:");
        }
    }

    @Test
    void everyCommandSummaryInHelpIsAWholeSentence() {
        List<CommandLine> commands = new ArrayList<>();
        commands.add(ThiduaCli.newCommandLine());
        for (int i = 0; i < commands.size(); i++) {
            CommandLine c = commands.get(i);
            commands.addAll(c.getSubcommands().values());
            if (c.getParent() == null) {
                continue;
            }
            String[] header = c.getCommandSpec().usageMessage().header();
            String summary = header.length > 0 ? header[0] : c.getCommandSpec().usageMessage().description()[0];
            assertThat(summary).as(c.getCommandSpec().qualifiedName()).matches("[A-Z].*[^,:;]\\.");
        }
        assertThat(commands).hasSizeGreaterThan(10);
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("thidua 0.1.0-SNAPSHOT");

        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: thidua", "review", "consolidate", "Exit codes", "0   Success",
                "1   Rule", "2   Bad input");
        assertThat(help.out()).doesNotContain("--debug");

        Run reviewHelp = run("review", "--help");
        assertThat(reviewHelp.code()).isZero();
        assertThat(reviewHelp.out()).contains("FILE", "--format", "--profile", "--lang", "--audit", "Exit codes");
    }

    @Test
    void internalErrorsPrintOneLineAndExitOne() {
        Run run = Cli.run(withFailingCommand(), "fail");

        assertThat(run.code()).isEqualTo(ThiduaCli.FAILURES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("thidua: internal error / lỗi nội bộ: IllegalStateException:"
                + " something broke (run with --debug for the stack trace)");
    }

    @Test
    void debugPrintsTheStackTrace() {
        Run run = Cli.run(withFailingCommand(), "fail", "--debug");

        assertThat(run.code()).isEqualTo(ThiduaCli.FAILURES);
        assertThat(run.err()).contains("java.lang.IllegalStateException: something broke", "\tat ");
    }

    @Test
    void aProblemInAProfileFileTheScenarioReachesThroughExtendsIsReportedInThatFileAtItsPath() throws IOException {
        Path parent = dir.resolve("parent.json");
        Files.writeString(parent, "{\"name\": \"parent\", \"extends\": \"national\", \"parameters\": {}, \"colour\": 1}");
        Files.writeString(dir.resolve("child.json"), "{\"name\": \"child\", \"extends\": \"parent.json\", \"parameters\": {}}");
        Path file = dir.resolve("uses-child.json");
        Files.writeString(file, bundledScenario()
                .replaceFirst("\"profile\"\\s*:\\s*\"[^\"]*\"", "\"profile\": \"child.json\""));

        Run run = run("review", file.toString());

        assertBadInput(run);
        assertThat(run.err().lines()).containsExactly(parent + ": $.colour: unknown field (expected name, description,"
                + " extends, province, parameters)");
    }

    private static CommandLine withFailingCommand() {
        return ThiduaCli.newCommandLine(Cli.SHARED_ENGINES).addSubcommand("fail", new Failing());
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something broke");
        }
    }
}
