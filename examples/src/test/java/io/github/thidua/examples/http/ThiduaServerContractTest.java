package io.github.thidua.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.rules.Engine;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code thidua serve}'s live responses validated against {@code docs/openapi.yaml} (networknt JSON Schema
 * validator, OpenAPI 3.0 dialect): every endpoint, the documented errors (400, 405, 415), the health endpoint,
 * HEAD /rules and gzip. The Spring Boot example is held to the same document by its own test.
 */
class ThiduaServerContractTest {
    static final Path SCENARIOS = Path.of("scenarios");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Engine engine;
    private static ThiduaServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        engine = Engine.builder().build();
        server = ThiduaServer.builder(engine).address(new InetSocketAddress("127.0.0.1", 0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reviewsAndConsolidationsAreServedAsDocumented() throws Exception {
        String seed = Files.readString(SCENARIOS.resolve("000-bac-ninh-2022-social-organisations.json"));
        HttpResponse<String> r = post("/reviews", "application/json", seed);
        assertThat(r.statusCode()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/reviews", 200, r.body());
        assertThat(MAPPER.readTree(r.body()).path("leaders").size()).isPositive();

        HttpResponse<String> audited = post("/reviews?audit=true", "application/json", seed);
        OpenApiContract.assertValid("POST", "/reviews", 200, audited.body());
        assertThat(MAPPER.readTree(audited.body()).path("audit").size()).isPositive();

        HttpResponse<String> c = post("/consolidations?audit=false", "application/json", inlineProvince());
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/consolidations", 200, c.body());
    }

    @Test
    void explanationsAreServedAsDocumented() throws Exception {
        String seed = Files.readString(SCENARIOS.resolve("000-bac-ninh-2022-social-organisations.json"));
        HttpResponse<String> e = post("/explanations?unit=hoi-chu-thap-do", "application/json", seed);
        assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/explanations", 200, e.body());
        com.fasterxml.jackson.databind.JsonNode doc = MAPPER.readTree(e.body());
        assertThat(doc.path("kind").asText()).isEqualTo("explanation");
        assertThat(doc.path("quotas").get(0).path("quota").asText()).isEqualTo("LEADERS");
        assertThat(doc.path("decisions").get(0).path("reasons").get(0).path("kind").asText()).isNotEmpty();

        HttpResponse<String> p = post("/explanations?unit=ban-to-chuc&award=GOVERNMENT_FLAG", "application/json",
                inlineProvince());
        assertThat(p.statusCode()).as(p.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/explanations", 200, p.body());
        com.fasterxml.jackson.databind.JsonNode cap = MAPPER.readTree(p.body()).path("quotas").get(2);
        assertThat(cap.path("quota").asText()).isEqualTo("PROVINCE_GOVERNMENT_FLAG");
        assertThat(cap.path("status").asText()).isEqualTo("OUTSIDE");

        HttpResponse<String> unknown = post("/explanations?unit=nobody", "application/json", seed);
        assertThat(unknown.statusCode()).isEqualTo(400);
        OpenApiContract.assertValid("POST", "/explanations", 400, unknown.body());
    }

    @Test
    void aPersonOfAUnitReviewIsExplainedAsDocumented() throws Exception {
        String unit = Files.readString(SCENARIOS.resolve("unit-yen-bai-2022-culture.json"));
        HttpResponse<String> e = post("/explanations?person=p02&award=GRASSROOTS_FIGHTER", "application/json", unit);
        assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/explanations", 200, e.body());
        com.fasterxml.jackson.databind.JsonNode doc = MAPPER.readTree(e.body());
        assertThat(doc.path("kind").asText()).isEqualTo("person-explanation");
        com.fasterxml.jackson.databind.JsonNode c = doc.path("cases").get(0);
        assertThat(c.path("outcome").asText()).isEqualTo("NOT_SELECTED");
        assertThat(c.path("quota").get(0).path("ruleId").asText()).isEqualTo("CSTDCS17_QUOTA");
        assertThat(c.path("ballot").get(0).path("kind").asText()).isEqualTo("VOTE");
        assertThat(c.path("initiatives")).isEmpty();

        HttpResponse<String> all = post("/explanations?person=p01", "application/json", unit);
        OpenApiContract.assertValid("POST", "/explanations", 200, all.body());
        assertThat(MAPPER.readTree(all.body()).path("cases").size()).isEqualTo(7);

        HttpResponse<String> nobody = post("/explanations?person=p99", "application/json", unit);
        assertThat(nobody.statusCode()).isEqualTo(400);
        OpenApiContract.assertValid("POST", "/explanations", 400, nobody.body());
        assertThat(nobody.body()).contains("person=ID", "p01, p02");
    }

    @Test
    void rulesHealthAndChecksAreServedAsDocumented() throws Exception {
        HttpResponse<String> rules = get("/rules");
        OpenApiContract.assertValid("GET", "/rules", 200, rules.body());
        // A client of its own: the connection a HEAD exchange leaves behind must not be reused for the POST below
        // (the JDK client does not retry a POST on a connection the server closed, "header parser received no bytes").
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/rules")).timeout(TIMEOUT)
                .method("HEAD", BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        OpenApiContract.assertValid("GET", "/health", 200, health.body());
        assertThat(MAPPER.readTree(health.body()).path("version").asText()).isEqualTo(engine.rulePack().version());

        HttpResponse<String> check = post("/rules/check?compile=false", "text/plain; charset=utf-8",
                "package vn.example;\nrule \"broken\"\nwhen\nthen\nend\n");
        assertThat(check.statusCode()).isEqualTo(200);
        OpenApiContract.assertValid("POST", "/rules/check", 200, check.body());
    }

    @Test
    void aWrongContentTypeIs415AndABadFlagIs400() throws Exception {
        String seed = Files.readString(SCENARIOS.resolve("000-bac-ninh-2022-social-organisations.json"));
        HttpResponse<String> text = post("/reviews", "text/plain", seed);
        assertThat(text.statusCode()).isEqualTo(415);
        OpenApiContract.assertValid("POST", "/reviews", 415, text.body());
        assertThat(post("/consolidations", "application/x-www-form-urlencoded", "{}").statusCode()).isEqualTo(415);
        assertThat(post("/rules/check", "application/xml", "<drl/>").statusCode()).isEqualTo(415);

        for (String bad : new String[] {"1", "yes", "TRUE", ""}) {
            HttpResponse<String> r = post("/reviews?audit=" + bad, "application/json", seed);
            assertThat(r.statusCode()).as("audit=%s", bad).isEqualTo(400);
            OpenApiContract.assertValid("POST", "/reviews", 400, r.body());
            assertThat(r.body()).contains("audit");
        }
        assertThat(post("/rules/check?compile=no", "text/plain", "package x;").statusCode()).isEqualTo(400);

        HttpResponse<String> wrongMethod = get("/reviews");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        OpenApiContract.assertValid("POST", "/reviews", 405, wrongMethod.body());
    }

    @Test
    void largeResponsesAreGzippedWhenTheClientAsks() throws Exception {
        String seed = Files.readString(SCENARIOS.resolve("000-bac-ninh-2022-social-organisations.json"));
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(uri("/reviews")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(BodyPublishers.ofString(seed)).build(), BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        String body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(r.body().length).isLessThan(body.length() / 4);
        OpenApiContract.assertValid("POST", "/reviews", 200, body);

        HttpResponse<String> plain = post("/reviews", "application/json", seed);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(body);
    }

    /** The Bắc Ninh province scenario with its blocs inline (the server refuses file references). */
    static String inlineProvince() throws Exception {
        Path province = SCENARIOS.resolve("province-bac-ninh-2022.json");
        ObjectNode root = (ObjectNode) MAPPER.readTree(province.toFile());
        ArrayNode blocs = MAPPER.createArrayNode();
        for (JsonNode b : root.path("blocs")) {
            blocs.add(b.has("file") ? MAPPER.readTree(province.resolveSibling(b.get("file").asText()).toFile()) : b);
        }
        root.set("blocs", blocs);
        return MAPPER.writeValueAsString(root);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Content-Type", type)
                .POST(BodyPublishers.ofString(body)).build();
        try {
            return CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // A pooled keep-alive connection the server had closed: the JDK client does not retry a POST itself.
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }
}
