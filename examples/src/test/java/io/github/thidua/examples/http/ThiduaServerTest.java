package io.github.thidua.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.json.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP embedding example, started on a loopback ephemeral port with one shared engine, exercised through
 * {@link HttpClient}: every endpoint, bad input, oversize bodies, wrong methods and unknown paths. Requests are few
 * and every one has a timeout.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThiduaServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String SCENARIOS = "/io/github/thidua/examples/scenarios/";

    private static Engine engine;
    private static ThiduaServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        engine = Engine.builder().build();
        server = ThiduaServer.start(engine, new InetSocketAddress("127.0.0.1", 0));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listensOnTheLoopbackAddressAndAnEphemeralPort() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.address().getPort()).isPositive();
    }

    @Test
    void getRulesListsThePackAndEveryRuleWithItsMetadata() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/rules")).GET());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode json = MAPPER.readTree(r.body());
        assertThat(json.path("name").asText()).isEqualTo(engine.rulePack().name());
        assertThat(json.path("version").asText()).isEqualTo(engine.rulePack().version());
        assertThat(json.path("count").asInt()).isEqualTo(engine.rules().size()).isGreaterThan(50);
        assertThat(json.path("rules")).hasSize(engine.rules().size());
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : json.path("rules")) {
            assertThat(rule.fieldNames()).toIterable().containsExactly("ruleId", "name", "package", "legalBasis",
                    "certainty", "effectiveFrom", "effectiveTo");
            assertThat(rule.path("legalBasis").asText()).isNotBlank();
            assertThat(rule.path("certainty").asText()).isIn("confirmed", "secondary", "assumption");
            ids.add(rule.path("ruleId").asText());
        }
        assertThat(ids).contains("DECIDE_HIGHEST_AWARD", "SEL_LEADERS", "CONS17_GOVERNMENT_FLAG_CAP");
        assertThat(json.path("rules").findValuesAsText("effectiveFrom")).contains("2025-07-01");
    }

    @Test
    void headRulesHasNoBody() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/rules")).method("HEAD", BodyPublishers.noBody()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void postReviewsReturnsTheResultContractOfTheEngine() throws Exception {
        String scenario = resource("000-bac-ninh-2022-social-organisations.json");

        HttpResponse<String> r = postJson("/reviews", scenario);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        BlocReview review = Scenarios.readBlocReview(scenario, "request", null);
        // the review in its mode (no recorded decision: the suggestion, labelled)
        assertThat(r.body()).isEqualTo(ResultJson.write(engine.appraise(review), false));
        JsonNode json = MAPPER.readTree(r.body());
        assertThat(json.path("kind").asText()).isEqualTo("review");
        assertThat(json.path("nextTerm").path("head").asText()).isEqualTo("doan-luat-su");
        assertThat(json.has("audit")).isFalse();
    }

    @Test
    void postReviewsAppraisesTheBlocsRecordedDecisions() throws Exception {
        HttpResponse<String> r = postJson("/reviews", resource("000-bac-ninh-2022-social-organisations-recorded.json"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = MAPPER.readTree(r.body()).path("appraisal");
        assertThat(a.path("mode").asText()).isEqualTo("APPRAISE");
        assertThat(a.path("verdicts")).hasSize(15).allSatisfy(v -> assertThat(v.path("verdict").asText()).isEqualTo("VALID"));
        assertThat(a.path("verdicts").get(0).path("unitName").asText()).isEqualTo("Hội Chữ thập đỏ tỉnh");
        assertThat(a.path("verdicts").get(0).path("authority").path("vi").asText()).isNotBlank();
        // the explanation of a unit carries its verdict
        HttpResponse<String> e = postJson("/explanations?unit=hoi-chu-thap-do",
                resource("000-bac-ninh-2022-social-organisations-recorded.json"));
        assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        JsonNode x = MAPPER.readTree(e.body());
        assertThat(x.path("mode").asText()).isEqualTo("APPRAISE");
        assertThat(x.path("verdicts").get(0).path("award").asText()).isEqualTo("GOVERNMENT_FLAG");
    }

    @Test
    void auditTrueAddsTheAuditTrail() throws Exception {
        HttpResponse<String> r = postJson("/reviews?audit=true",
                resource("001-yen-bai-2022-special-associations.json"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(MAPPER.readTree(r.body()).path("audit").size()).isPositive();
    }

    @Test
    void badInputIsA400WithTheSameErrorListAsTheCli() throws Exception {
        String bad = resource("000-bac-ninh-2022-social-organisations.json")
                .replaceFirst("\"stage\"\\s*:\\s*\"YEAR_END\"", "\"stage\": \"YEAR_ENDS\", \"colour\": \"red\"");

        HttpResponse<String> r = postJson("/reviews", bad);

        assertThat(r.statusCode()).isEqualTo(400);
        List<ScenarioError> expected;
        try {
            Scenarios.readBlocReview(bad, "request", null);
            throw new AssertionError("the scenario should be invalid");
        } catch (ScenarioException e) {
            expected = e.errors();
        }
        JsonNode errors = MAPPER.readTree(r.body()).path("errors");
        assertThat(errors).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < expected.size(); i++) {
            ScenarioError e = expected.get(i);
            JsonNode n = errors.get(i);
            assertThat(n.path("file").asText()).isEqualTo(e.file());
            assertThat(n.path("path").asText()).isEqualTo(e.path());
            assertThat(n.path("message").asText()).isEqualTo(e.message());
            assertThat(n.path("hint").isNull() ? null : n.path("hint").asText()).isEqualTo(e.hint());
            assertThat(n.path("text").asText()).isEqualTo(e.format());
        }
        assertThat(r.body()).contains("$.stage", "did you mean 'YEAR_END'?", "$.colour");
    }

    @Test
    void malformedJsonEmptyBodiesAndNonUtf8AreBadInput() throws Exception {
        HttpResponse<String> malformed = postJson("/reviews", "{\"kind\": \"bloc-review\", \"year\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON");

        HttpResponse<String> empty = send(HttpRequest.newBuilder(uri("/reviews"))
                .header("Content-Type", "application/json").POST(BodyPublishers.noBody()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("empty request body");

        HttpResponse<String> latin1 = send(HttpRequest.newBuilder(uri("/reviews"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray("{\"province\": \"B\u1eafc Ninh\"}".getBytes(StandardCharsets.UTF_16))));
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("not UTF-8");
    }

    @Test
    void aProfileFileIsRefusedTheServerReadsNoFiles() throws Exception {
        String scenario = resource("000-bac-ninh-2022-social-organisations.json")
                .replace("\"profile\": \"bac-ninh\"", "\"profile\": \"../../etc/profile.json\"");
        assertThat(scenario).contains("etc/profile.json");

        HttpResponse<String> r = postJson("/reviews", scenario);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(r.body()).path("errors").get(0).path("path").asText()).isEqualTo("$.profile");
        assertThat(r.body()).contains("use a bundled profile: ").contains("bac-ninh").contains("national");
    }

    @Test
    void postConsolidationsConsolidatesAProvinceWithInlineBlocs() throws Exception {
        ProvinceReview province = Scenarios.readProvinceReview(scenarioFile("province-bac-ninh-2022.json"));
        String inline = Scenarios.write(province);

        HttpResponse<String> r = postJson("/consolidations", inline);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(r.body());
        assertThat(json.path("kind").asText()).isEqualTo("consolidation");
        assertThat(json.path("quota").path("leaders").asInt()).isEqualTo(6);
        assertThat(json.path("quota").path("cap").asInt()).isEqualTo(1);
        assertThat(json.path("quota").path("confirmed").asInt()).isEqualTo(1);
        assertThat(json.path("blocs")).hasSize(2);
        assertThat(r.body()).isEqualTo(ResultJson.write(engine.appraise(
                Scenarios.readProvinceReview(inline, "request", null)), false));
        assertThat(json.path("council").path("mode").asText()).isEqualTo("SUGGEST");
        assertThat(json.path("blocs").get(0).path("appraisal").path("mode").asText()).isEqualTo("SUGGEST");
    }

    @Test
    void aProvinceReviewWithFileReferencesIsBadInput() throws Exception {
        HttpResponse<String> r = postJson("/consolidations", resource("province-bac-ninh-2022.json"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("$.blocs[0]");
    }

    @Test
    void postRulesCheckReportsTheProblemsOfDrlText() throws Exception {
        String drl = "package org.example.check;\n\nrule \"No then\"\n    @ruleId(\"X_NO_THEN\")\n"
                + "    @legalBasis(\"test\")\n    @certainty(\"assumption\")\n    ruleflow-group \"decision\"\nwhen\n"
                + "    String( length > 1 )\nend\n";

        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/rules/check"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(BodyPublishers.ofString(drl)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(r.body());
        assertThat(json.path("ok").asBoolean()).isFalse();
        assertThat(json.path("errors").asInt()).isPositive();
        JsonNode first = json.path("problems").get(0);
        assertThat(first.path("path").asText()).isEqualTo("request.drl");
        assertThat(first.path("line").asInt()).isEqualTo(10);
        assertThat(first.path("code").asText()).startsWith("ERR");
        assertThat(first.path("text").asText()).startsWith("request.drl:10:");
    }

    @Test
    void postRulesCheckTakesFilesAsJson() throws Exception {
        String body = MAPPER.writeValueAsString(java.util.Map.of("files", java.util.Map.of(
                "rules/meta.drl", "package org.example.check;\nrule \"Meta: none\"\n    ruleflow-group \"decision\"\n"
                        + "when\n    String( length > 1 )\nthen\nend\n")));

        HttpResponse<String> r = postJson("/rules/check?compile=false", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"path\" : \"rules/meta.drl\"", "MISSING_RULE_ID", "MISSING_LEGAL_BASIS");

        HttpResponse<String> badName = postJson("/rules/check", "{\"files\": {\"../x.txt\": \"\"}, \"extra\": 1}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("bad file name '../x.txt'", "unknown field 'extra'");
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/reviews")).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).contains("method GET is not allowed");

        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/rules")).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");

        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/rules/check")).PUT(BodyPublishers.ofString("x")));
        assertThat(put.statusCode()).isEqualTo(405);
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/reviews/42")).GET());

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(MAPPER.readTree(r.body()).path("errors").get(0).path("message").asText())
                .startsWith("no such endpoint: /reviews/42");
    }

    @Test
    void anOversizeBodyIs413ByContentLengthOrWhileReading() throws Exception {
        try (ThiduaServer small = ThiduaServer.builder(engine).address(new InetSocketAddress("127.0.0.1", 0))
                .maxBodyBytes(1024).threads(1).start()) {
            URI reviews = URI.create("http://127.0.0.1:" + small.address().getPort() + "/reviews");
            byte[] big = new byte[4096];
            java.util.Arrays.fill(big, (byte) ' ');

            HttpResponse<String> declared = send(HttpRequest.newBuilder(reviews)
                    .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(big)));
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(declared.body()).contains("request body larger than 1024 bytes");

            // Chunked: no Content-Length, the limit applies as the body is read.
            HttpResponse<String> chunked = send(HttpRequest.newBuilder(reviews).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
            assertThat(chunked.statusCode()).isEqualTo(413);

            HttpResponse<String> fits = send(HttpRequest.newBuilder(reviews).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofByteArray(new byte[] {'{', '}'})));
            assertThat(fits.statusCode()).isEqualTo(400); // read, then refused as a scenario
        }
        assertThat(ThiduaServer.DEFAULT_MAX_BODY_BYTES).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void concurrentRequestsShareTheEngineAndGetTheSameAnswer() throws Exception {
        String scenario = resource("002-party-agencies-2022.json");
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(client.sendAsync(HttpRequest.newBuilder(uri("/reviews")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(BodyPublishers.ofString(scenario)).build(),
                    BodyHandlers.ofString()));
        }
        String first = null;
        for (CompletableFuture<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            first = first == null ? r.body() : first;
            assertThat(r.body()).isEqualTo(first);
        }
    }

    private static HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    static String resource(String name) {
        try (InputStream in = ThiduaServerTest.class.getResourceAsStream(SCENARIOS + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path scenarioFile(String name) {
        try {
            return Path.of(ThiduaServerTest.class.getResource(SCENARIOS + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUnitReviewGivesThePeoplesTitlesAndTheBonusTotal() throws Exception {
        String scenario = new String(ThiduaServerTest.class.getResourceAsStream(SCENARIOS
                + "unit-bac-ninh-2025-home-affairs.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = postJson("/unit-reviews", scenario);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"kind\" : \"unit-review-result\"", "\"bonusTotal\" : 39310000");
        HttpResponse<String> bad = postJson("/unit-reviews", scenario.replace("\"gender\": \"MALE\"", "\"gendre\": \"MALE\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("$.people[0].gendre");
    }
}
