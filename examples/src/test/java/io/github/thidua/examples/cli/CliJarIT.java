package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the fat jar as users do, {@code java -jar thidua.jar …}, in a separate JVM. The jar's path comes from the
 * system property {@code thidua.jar} that maven-failsafe sets to {@code ${project.build.directory}/thidua.jar}.
 */
class CliJarIT {
    private static final long TIMEOUT_SECONDS = 120;

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("thidua.jar");
        // maven-failsafe sets it; a surefire run selected with -Dtest=… that matches this class skips it instead.
        assumeTrue(property != null && !property.isBlank(),
                "system property thidua.jar is not set: run by maven-failsafe (mvn verify)");
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar; build it with mvn package").isRegularFile();
    }

    @Test
    void reviewsTheBundledScenario() throws Exception {
        ProcessRun r = thidua("review");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp", "Bắc Ninh",
                "Xếp hạng", "Hạng", "Hội Chữ thập đỏ tỉnh");
        assertThat(r.out().lines().filter(l -> l.matches("\\s*\\d+  \\S.*"))).hasSizeGreaterThan(1);
    }

    @Test
    void writesValidJson() throws Exception {
        ProcessRun r = thidua("review", "--format", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"decisions\"");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("province").asText()).isEqualTo("Bắc Ninh");
        assertThat(json.path("regime").asText()).isEqualTo("2017");
        assertThat(json.path("ranking").size()).isPositive();
        assertThat(json.path("ranking").get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(json.path("decisions").size()).isPositive();
        assertThat(json.path("nextTerm").path("head").asText()).isEqualTo("doan-luat-su");
    }

    @Test
    void runsTheRulesEngineInTheJar() throws Exception {
        ProcessRun r = thidua("review");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Xếp hạng và đề nghị khen thưởng", "[ROT_ELECTED_HEAD]",
                "  Cờ thi đua của Chính phủ: 1", "Trưởng khối năm 2023: Đoàn Luật sư tỉnh");
    }

    @Test
    void consolidatesTheSeedProvince() throws Exception {
        Path province = scenarios().resolve("province-bac-ninh-2022.json");

        ProcessRun r = thidua("consolidate", province.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Bắc Ninh", "Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp", "Khối thi đua các Ban, cơ quan của Đảng", "CONS17_GOVERNMENT_FLAG_CAP")
                .containsPattern("Tối đa\\s+1 trên 6 đơn vị dẫn đầu");
    }

    @Test
    void writesAndReadsScoringWorkbooksInTheJar() throws Exception {
        Path xlsx = dir.resolve("khoi.xlsx");
        Path template = dir.resolve("mau.xlsx");

        ProcessRun convert = thidua("scenario", "convert",
                scenarios().resolve("000-bac-ninh-2022-social-organisations.json").toString(), "--out", xlsx.toString());
        ProcessRun init = thidua("scenario", "init", "--out", template.toString());
        ProcessRun review = thidua("review", xlsx.toString());

        assertThat(convert.code()).as(convert.toString()).isZero();
        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(Files.size(template)).isPositive();
        assertThat(review.code()).as(review.toString()).isZero();
        assertThat(review.err()).isEmpty();
        assertThat(review.out()).contains("Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp",
                "Hội Chữ thập đỏ tỉnh");
    }

    @Test
    void reviewingAProvinceFileExitsTwoWithAHint() throws Exception {
        Path province = scenarios().resolve("province-bac-ninh-2022.json");

        ProcessRun r = thidua("review", province.toString());

        assertBadInput(r);
        assertThat(r.err()).contains("thidua consolidate");
    }

    @Test
    void aMissingFileExitsTwoNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing-scenario.json");

        ProcessRun r = thidua("review", missing.toString());

        assertBadInput(r);
        assertThat(r.err()).contains("missing-scenario.json");
    }

    @Test
    void aMalformedFileExitsTwoNamingTheFile() throws Exception {
        Path file = dir.resolve("malformed-scenario.json");
        Files.writeString(file, "{\"kind\": \"bloc-review\", \"members\": [", StandardCharsets.UTF_8);

        ProcessRun r = thidua("review", file.toString());

        assertBadInput(r);
        assertThat(r.err()).contains("malformed-scenario.json");
    }

    @Test
    void anUnknownOptionExitsTwoWithOneLineAndAHint() throws Exception {
        ProcessRun r = thidua("review", "--no-such-option");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("--no-such-option", "hint: ")
                .doesNotContain("Usage:");
    }

    @Test
    void droolsWorksInsideTheJar() throws Exception {
        String testClasses = System.getProperty("thidua.testClasses");
        assertThat(testClasses).as("system property thidua.testClasses (set by maven-failsafe)").isNotBlank();

        ProcessRun r = java("-cp", jar + File.pathSeparator + testClasses, DroolsInJarProbe.class.getName());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("runtime build fired 1");
    }

    @Test
    void explainsAUnitAndWritesTheHtmlReportToAFile() throws Exception {
        ProcessRun explain = thidua("explain", "--unit", "hoi-nha-bao", "--lang", "en");
        assertThat(explain.code()).as(explain.toString()).isZero();
        assertThat(explain.out()).contains("Explanation: hoi-nha-bao", "[EXCL17_PENDING_REVIEW_TT12]");

        Path html = dir.resolve("report.html");
        ProcessRun review = thidua("review", "--format", "html", "--out", html.toString());
        assertThat(review.code()).as(review.toString()).isZero();
        assertThat(review.out()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void servesHttpUntilTerminated() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "serve", "--port", "0");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (java.io.BufferedReader err = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return err.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String line = first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("first line on stderr").isNotNull().contains("thidua: serving thidua-national");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(line);
            assertThat(m.find()).isTrue();
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(5)).build();
            java.net.http.HttpResponse<String> rules = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + m.group(1) + "/rules"))
                    .timeout(java.time.Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(rules.statusCode()).isEqualTo(200);
            assertThat(rules.body()).contains("\"precompiled\" : true");
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void runsTheRuleAuthorsCommandsInTheJar() throws Exception {
        // rules verify generates its inputs with QuickTheories: the jar must carry it.
        ProcessRun verify = thidua("rules", "verify", "--tries", "5", "--seed", "1", "--law", "stage,differential");
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(verify.err()).isEmpty();
        assertThat(verify.out()).contains("seed 1", "PASS stage", "PASS differential", "all 2 laws hold (seed 1)");

        Path broken = Path.of(System.getProperty("thidua.testClasses"), "io/github/thidua/examples/cli/packs/broken-syntax");
        ProcessRun check = thidua("rules", "check", broken.toString());
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.err()).as("nothing from Drools on stderr").isEmpty();
        assertThat(check.out()).contains("rules/a.drl:11:25: error [ERR101]", "rules/c.drl:11:18: error [COMPILE]",
                ": 4 errors, 0 warnings").doesNotContain("Exception", "\tat ");
    }

    @Test
    void printsTheVersion() throws Exception {
        ProcessRun r = thidua("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0.1.0-SNAPSHOT");
    }

    /** examples/scenarios: the jar is ${project.build.directory}/thidua.jar, directly under the module. */
    private static Path scenarios() {
        Path dir = jar.toAbsolutePath().getParent().getParent().resolve("scenarios");
        assertThat(dir).isDirectory();
        return dir;
    }

    private static void assertBadInput(ProcessRun r) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isNotBlank();
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
    }

    private ProcessRun thidua(String... args) throws IOException, InterruptedException, ExecutionException {
        List<String> command = new ArrayList<>(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return java(command.toArray(String[]::new));
    }

    private ProcessRun java(String... args) throws IOException, InterruptedException, ExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return ProcessRun.of(new ProcessBuilder(command).directory(dir.toFile()), TIMEOUT_SECONDS,
                "java " + String.join(" ", args));
    }
}
