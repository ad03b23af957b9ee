package io.github.thidua.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.rules.Engine;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spring Boot example on a real Tomcat: the endpoints of {@code thidua serve}, each live response validated
 * against {@code docs/openapi.yaml}; Actuator's health with the pack's version; the generated OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThiduaServiceTest {
    static final Path SEED = Path.of("../scenarios/000-bac-ninh-2022-social-organisations.json");
    static final Path PROVINCE = Path.of("../scenarios/province-bac-ninh-2022.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Engine engine;

    @Autowired
    AwardService awards;

    @Test
    void theDocumentedAwardServiceRecommendsTheSeedsAwards() throws Exception {
        var recommended = awards.recommended(io.github.thidua.core.json.Scenarios.readBlocReview(SEED));

        // as EmbeddingExample: 1 Government flag, 2 provincial flags, 12 certificates (titles go to their own authority)
        assertThat(recommended).hasSize(15);
        assertThat(recommended.get(0).unit().value()).isEqualTo("hoi-chu-thap-do");
        assertThat(recommended.get(0).award()).isEqualTo(io.github.thidua.core.law.AwardType.GOVERNMENT_FLAG);
        assertThat(recommended).allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
    }

    @Test
    void aReviewIsServedAsDocumented() throws Exception {
        HttpResponse<String> r = post("/reviews", "application/json", Files.readString(SEED));
        assertThat(r.statusCode()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/reviews", 200, r.body());
        assertThat(MAPPER.readTree(r.body()).path("leaders").size()).isPositive();

        HttpResponse<String> audited = post("/reviews?audit=true", "application/json", Files.readString(SEED));
        OpenApiContract.assertValid("POST", "/reviews", 200, audited.body());
        assertThat(MAPPER.readTree(audited.body()).path("audit").size()).isPositive();
    }

    @Test
    void aConsolidationIsServedAsDocumented() throws Exception {
        String province = inlineProvince();
        HttpResponse<String> r = post("/consolidations", "application/json", province);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/consolidations", 200, r.body());
    }

    @Test
    void anExplanationIsServedAsDocumented() throws Exception {
        HttpResponse<String> r = post("/explanations?unit=hoi-chu-thap-do", "application/json", Files.readString(SEED));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/explanations", 200, r.body());
        assertThat(MAPPER.readTree(r.body()).path("quotas").get(0).path("quota").asText()).isEqualTo("LEADERS");

        HttpResponse<String> p = post("/explanations?unit=ban-to-chuc&award=GOVERNMENT_FLAG", "application/json",
                inlineProvince());
        assertThat(p.statusCode()).as(p.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/explanations", 200, p.body());
        assertThat(MAPPER.readTree(p.body()).path("quotas").get(2).path("status").asText()).isEqualTo("OUTSIDE");

        HttpResponse<String> unknown = post("/explanations?unit=nobody", "application/json", Files.readString(SEED));
        assertThat(unknown.statusCode()).isEqualTo(400);
        OpenApiContract.assertValid("POST", "/explanations", 400, unknown.body());
    }

    @Test
    void theRulePackAndHealthAreServedAsDocumented() throws Exception {
        HttpResponse<String> rules = get("/rules");
        assertThat(rules.statusCode()).isEqualTo(200);
        OpenApiContract.assertValid("GET", "/rules", 200, rules.body());
        assertThat(MAPPER.readTree(rules.body()).path("count").asInt()).isEqualTo(engine.rules().size());

        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/rules"))
                .method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<String> health = get("/health");
        OpenApiContract.assertValid("GET", "/health", 200, health.body());
        assertThat(MAPPER.readTree(health.body()).path("version").asText()).isEqualTo(engine.rulePack().version());
    }

    @Test
    void actuatorHealthShowsThePackVersion() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode thidua = MAPPER.readTree(r.body()).path("components").path("thidua");
        assertThat(thidua.path("status").asText()).isEqualTo("UP");
        assertThat(thidua.path("details").path("version").asText()).isEqualTo(engine.rulePack().version());
        assertThat(thidua.path("details").path("pack").asText()).isEqualTo(engine.rulePack().name());
    }

    @Test
    void aRuleCheckIsServedAsDocumented() throws Exception {
        HttpResponse<String> r = post("/rules/check?compile=false", "text/plain; charset=utf-8",
                "package vn.example;\nrule \"broken\"\nwhen\nthen\nend\n");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/rules/check", 200, r.body());
    }

    @Test
    void aCompilingCheckRunsInAChildJvmAndLocatesTheError() throws Exception {
        HttpResponse<String> r = post("/rules/check", "text/plain; charset=utf-8", """
                package vn.example;
                import io.github.thidua.rules.facts.Member;
                rule "Example: unknown property"
                    @ruleId("EX_UNKNOWN")
                    @legalBasis("test")
                    @certainty("assumption")
                when
                    Member( noSuchProperty == 1 )
                then
                end
                """);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/rules/check", 200, r.body());
        JsonNode problems = MAPPER.readTree(r.body()).path("problems");
        assertThat(problems.findValuesAsText("rule")).as(r.body()).contains("Example: unknown property");
        assertThat(problems.findValuesAsText("code")).as("answered by the checker, not the isolation layer")
                .doesNotContain("ISOLATION", "BUDGET");
    }

    @Test
    void badRequestsGetTheDocumentedErrors() throws Exception {
        HttpResponse<String> wrongType = post("/reviews", "text/plain", Files.readString(SEED));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        OpenApiContract.assertValid("POST", "/reviews", 415, wrongType.body());

        HttpResponse<String> badAudit = post("/reviews?audit=1", "application/json", Files.readString(SEED));
        assertThat(badAudit.statusCode()).isEqualTo(400);
        OpenApiContract.assertValid("POST", "/reviews", 400, badAudit.body());

        HttpResponse<String> badJson = post("/reviews", "application/json", "{\"kind\": \"bloc-review\"}");
        assertThat(badJson.statusCode()).isEqualTo(400);
        OpenApiContract.assertValid("POST", "/reviews", 400, badJson.body());

        HttpResponse<String> wrongMethod = get("/reviews");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        OpenApiContract.assertValid("POST", "/reviews", 405, wrongMethod.body());
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void responsesAreGzippedWhenTheClientAsks() throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri("/reviews"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(BodyPublishers.ofString(Files.readString(SEED))).build(), BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(r.body().length).isLessThan(body.length() / 4);
        OpenApiContract.assertValid("POST", "/reviews", 200, body);
    }

    @Test
    void theOpenApiDocumentIsGeneratedFromTheController() throws Exception {
        JsonNode doc = MAPPER.readTree(get("/v3/api-docs").body());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/reviews")).isTrue();
        assertThat(doc.path("paths").has("/consolidations")).isTrue();
        assertThat(doc.path("paths").path("/rules").has("get")).isTrue();
        assertThat(doc.path("paths").has("/rules/check")).isTrue();
        assertThat(doc.path("paths").has("/health")).isTrue();
    }

    /** The Bắc Ninh province scenario with its blocs inline (the service refuses file references). */
    private static String inlineProvince() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                MAPPER.readTree(PROVINCE.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode blocs = MAPPER.createArrayNode();
        for (JsonNode b : root.path("blocs")) {
            blocs.add(b.has("file") ? MAPPER.readTree(PROVINCE.resolveSibling(b.get("file").asText()).toFile()) : b);
        }
        root.set("blocs", blocs);
        return MAPPER.writeValueAsString(root);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
