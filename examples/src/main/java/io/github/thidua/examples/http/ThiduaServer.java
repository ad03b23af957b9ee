package io.github.thidua.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import io.github.thidua.rules.authoring.IsolatedChecker;
import io.github.thidua.rules.authoring.RuleChecker;
import io.github.thidua.rules.json.ProblemJson;
import io.github.thidua.rules.json.ResultJson;
import io.github.thidua.rules.pack.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An example of embedding thidua in a web service, on the JDK's own HTTP server ({@code com.sun.net.httpserver}):
 * no framework and no dependency beyond thidua's. One {@link Engine} is built before the server starts and shared
 * by every request (an engine is immutable and thread-safe); requests run on a small fixed pool of threads.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>body</th><th>response</th></tr>
 *   <tr><td>{@code POST /reviews[?audit=true]}</td><td>a bloc review (JSON, see docs/scenario-format.md)</td>
 *       <td>the review result ({@link ResultJson})</td></tr>
 *   <tr><td>{@code POST /consolidations[?audit=true]}</td><td>a province review with its blocs inline</td>
 *       <td>the consolidation result ({@link ResultJson})</td></tr>
 *   <tr><td>{@code GET /rules}</td><td>none</td><td>the rule pack: name, version, and every rule's id, legal basis,
 *       certainty and effective dates</td></tr>
 *   <tr><td>{@code POST /rules/check[?compile=false]}</td><td>DRL text, or JSON
 *       {@code {"files": {"path.drl": "..."}}}</td><td>the problems found by {@link RuleChecker}</td></tr>
 *   <tr><td>{@code GET /health}</td><td>none</td><td>{@code UP} with the rule pack's name and version</td></tr>
 * </table>
 *
 * <p>Bodies must come with their Content-Type ({@code application/json}; {@code text/plain} DRL for
 * {@code /rules/check}), else {@code 415}; {@code audit} and {@code compile} are {@code true} or {@code false},
 * else {@code 400}. Responses of 2 KB or more are gzip-compressed when the client sends
 * {@code Accept-Encoding: gzip}. {@code docs/openapi.yaml} describes the contract, and a test validates live
 * responses against it.
 *
 * <p>Errors: {@code 400} for bad input, with the same error list the CLI prints ({@link ScenarioError}: file, path,
 * message, hint) as {@code {"errors": [...]}}; {@code 413} for a body over the limit (2 MiB by default);
 * {@code 405} (with {@code Allow}) for a wrong method; {@code 404} for an unknown path; {@code 503} when the rule
 * checker is busy; {@code 500} for an internal error (logged, not detailed in the response). Scenario profiles must
 * be bundled profile names: a request cannot make the server read a file.
 *
 * <pre>{@code
 * try (ThiduaServer server = ThiduaServer.start(Engine.builder().build(), new InetSocketAddress("127.0.0.1", 8080))) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class ThiduaServer implements AutoCloseable {
    /** The default limit on request bodies: 2 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** The default number of request threads. */
    public static final int DEFAULT_THREADS = 4;
    /** Bodies from this size are gzip-compressed for a client that accepts it (a review is some 100 KB of JSON). */
    static final int GZIP_MIN_BYTES = 2048;

    static final String JSON = "application/json; charset=utf-8";
    private static final String REQUEST = "request";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper READER = new ObjectMapper();

    /** How long a client may take to send a request's headers and body, in seconds. */
    public static final int REQUEST_SECONDS = 10;
    /** The most errors or problems one response lists. */
    static final int MAX_LISTED = 200;

    static {
        READER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(DEFAULT_MAX_BODY_BYTES).build());
        // The JDK server reads these once, when its first server starts, and only from system properties. Unless
        // the embedding application chose otherwise: a client has REQUEST_SECONDS to send headers and body (the
        // server closes the connection after that), a response 30 s to be read, and a body the handler did not
        // read (after a 413) is not drained: the connection is closed instead.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", "30");
        setIfAbsent("sun.net.httpserver.drainAmount", "0");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Engine engine;
    private final boolean profileOverride;
    private final int maxBodyBytes;
    private final Semaphore checks = new Semaphore(1);
    /** Compiling checks run in a child JVM: 768 MB, 120 s (see {@link IsolatedChecker}). */
    private final IsolatedChecker isolatedChecker = IsolatedChecker.create();
    /** Evaluations at once: the request threads beyond these only read and write (a slow client holds one). */
    private final Semaphore evaluations;
    private final Consumer<String> log;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private ThiduaServer(Builder b) throws IOException {
        this.engine = Objects.requireNonNull(b.engine, "engine");
        this.profileOverride = b.profileOverride;
        this.maxBodyBytes = b.maxBodyBytes;
        this.log = b.log;
        AtomicInteger n = new AtomicInteger();
        this.evaluations = new Semaphore(b.threads);
        // Reading a request happens on these threads: more of them than evaluations, so that slow clients
        // (each bounded by REQUEST_SECONDS) do not keep a normal request from being read.
        this.executor = Executors.newFixedThreadPool(Math.max(32, b.threads * 4), r -> {
            Thread t = new Thread(r, "thidua-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(b.address, 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server on {@code address} (port 0: any free port) with the defaults. */
    public static ThiduaServer start(Engine engine, InetSocketAddress address) throws IOException {
        return builder(engine).address(address).start();
    }

    /** A builder for a server evaluating with {@code engine}. */
    public static Builder builder(Engine engine) {
        return new Builder(engine);
    }

    /** Options of a {@link ThiduaServer}. */
    public static final class Builder {
        private final Engine engine;
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 8080);
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = DEFAULT_THREADS;
        private boolean profileOverride;
        private Consumer<String> log = line -> { };

        private Builder(Engine engine) {
            this.engine = engine;
        }

        /** Where to listen; port 0 picks a free port ({@link ThiduaServer#address()} tells which). */
        public Builder address(InetSocketAddress a) {
            this.address = Objects.requireNonNull(a, "address");
            return this;
        }

        /** The largest request body accepted; larger ones get 413. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** How many requests are served at once. */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be positive");
            }
            this.threads = n;
            return this;
        }

        /**
         * Declares that the engine was built with {@link Engine.Builder#profile(Profile)}, so it ignores the
         * profile a request names (which then need not be a bundled one).
         */
        public Builder engineOverridesProfiles(boolean override) {
            this.profileOverride = override;
            return this;
        }

        /** Where to log one line per request and internal errors; nothing by default. */
        public Builder log(Consumer<String> sink) {
            this.log = Objects.requireNonNull(sink, "log");
            return this;
        }

        public ThiduaServer start() throws IOException {
            return new ThiduaServer(this);
        }
    }

    /** The address the server listens on (with the actual port). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops accepting requests, lets running ones finish (at most 1 s), and stops the threads. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        closed.countDown();
    }

    /** A response: status, JSON body, extra headers. */
    private record Response(int status, String body, Map<String, String> headers) {
        static Response json(int status, String body) {
            return new Response(status, body, Map.of());
        }
    }

    /** Bad input, with the error list to send. */
    private static class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient List<ScenarioError> errors;

        BadRequest(int status, List<ScenarioError> errors) {
            super(errors.get(0).format(), null, false, false);
            this.status = status;
            this.errors = List.copyOf(errors);
        }

        BadRequest(int status, String path, String message, String hint) {
            this(status, List.of(new ScenarioError(REQUEST, path, message, hint)));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        Response response;
        try {
            response = route(exchange, method, uri.getPath());
        } catch (BadRequest e) {
            response = new Response(e.status, errors(e.errors),
                    e instanceof MethodNotAllowed m ? Map.of("Allow", m.allow)
                            : e instanceof TooLarge ? Map.of("Connection", "close") : Map.of());
        } catch (Throwable e) {
            // every failure is answered, even an Error (a stack overflow in a parser, an exhausted heap): the
            // client gets one line and the exchange is closed below
            log.accept("thidua-http: internal error on " + method + " " + uri.getPath() + ": " + e);
            response = Response.json(500, "{\"errors\": [{\"file\": \"request\", \"path\": \"$\", \"message\":"
                    + " \"internal error / lỗi nội bộ\", \"hint\": \"the server's log has the details\"}]}\n");
        }
        try {
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            if (body.length >= GZIP_MIN_BYTES && acceptsGzip(exchange)) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            exchange.getResponseHeaders().set("Content-Type", JSON);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            boolean head = "HEAD".equals(method);
            exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.accept("thidua-http: cannot send the response to " + method + " " + uri.getPath() + ": " + e);
        } finally {
            exchange.close();
            log.accept("thidua-http: " + method + " " + uri.getPath() + " " + response.status() + " "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
    }

    private Response route(HttpExchange exchange, String method, String path) throws BadRequest, IOException {
        switch (path) {
            case "/reviews" -> {
                requireMethod(method, "POST");
                requireContentType(exchange, false);
                return Response.json(200, review(exchange));
            }
            case "/consolidations" -> {
                requireMethod(method, "POST");
                requireContentType(exchange, false);
                return Response.json(200, consolidate(exchange));
            }
            case "/explanations" -> {
                requireMethod(method, "POST");
                requireContentType(exchange, false);
                return Response.json(200, explain(exchange));
            }
            case "/health" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    throw methodNotAllowed(method, "GET, HEAD");
                }
                return Response.json(200, health());
            }
            case "/unit-reviews" -> {
                requireMethod(method, "POST");
                requireContentType(exchange, false);
                return Response.json(200, unitReview(exchange));
            }
            case "/rules" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    throw methodNotAllowed(method, "GET, HEAD");
                }
                return Response.json(200, rules());
            }
            case "/rules/check" -> {
                requireMethod(method, "POST");
                requireContentType(exchange, true);
                return check(exchange);
            }
            default -> throw new BadRequest(404, "$", "no such endpoint: " + path + " / không có địa chỉ này",
                    "the endpoints are POST /reviews, POST /consolidations, POST /explanations, POST /unit-reviews, GET /rules,"
                    + " POST /rules/check"
                    + " and GET /health");
        }
    }

    /** 415 unless the body is declared JSON ({@code application/json}, or {@code text/plain} DRL where allowed). */
    private void requireContentType(HttpExchange exchange, boolean textAllowed) throws BadRequest, IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(textAllowed && media.equals("text/plain"))) {
            // Read the (bounded) body first: unread bodies are not drained, and closing on one would reset the
            // connection before the client reads the answer. A body over the limit is still a 413.
            try {
                body(exchange);
            } catch (TooLarge e) {
                throw e;
            } catch (BadRequest e) {
                // empty or not UTF-8: the Content-Type is the problem to report
            }
            throw new BadRequest(415, "$", "unsupported Content-Type " + (type == null ? "(none)" : "'" + type + "'")
                    + " / kiểu nội dung không được hỗ trợ", "send Content-Type: application/json"
                    + (textAllowed ? " (or text/plain for one DRL file)" : ""));
        }
    }

    /** A boolean query parameter: absent (the default), {@code true} or {@code false}; anything else is a 400. */
    private static boolean flag(HttpExchange exchange, String name, boolean absent) throws BadRequest {
        String value = query(exchange).get(name);
        if (value == null) {
            return absent;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest(400, "$", "bad query parameter " + name + "='" + value
                    + "' / tham số không hợp lệ", "use " + name + "=true or " + name + "=false");
        };
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        for (String value : exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of())) {
            for (String coding : value.split(",")) {
                String c = coding.strip().toLowerCase(Locale.ROOT);
                if (c.equals("gzip") || (c.startsWith("gzip;") && !c.replace(" ", "").endsWith("q=0"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    private String health() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "UP");
        root.put("pack", engine.rulePack().name());
        root.put("version", engine.rulePack().version());
        return print(root);
    }

    private static void requireMethod(String method, String allowed) throws BadRequest {
        if (!method.equals(allowed)) {
            throw methodNotAllowed(method, allowed);
        }
    }

    private static BadRequest methodNotAllowed(String method, String allowed) {
        return new MethodNotAllowed(method, allowed);
    }

    /** 413: the connection is closed after the answer, the rest of the body is not read. */
    private static final class TooLarge extends BadRequest {
        private static final long serialVersionUID = 1L;

        TooLarge(int status, String path, String message, String hint) {
            super(status, path, message, hint);
        }
    }

    /** 405, with the methods for its {@code Allow} header. */
    private static final class MethodNotAllowed extends BadRequest {
        private static final long serialVersionUID = 1L;
        final String allow;

        MethodNotAllowed(String method, String allow) {
            super(405, "$", "method " + method + " is not allowed here / phương thức không được phép",
                    "use " + allow);
            this.allow = allow;
        }
    }

    private String review(HttpExchange exchange) throws BadRequest, IOException {
        String json = body(exchange);     // read first: an unread body is not drained (see requireContentType)
        boolean audit = flag(exchange, "audit", false);
        BlocReview review;
        try {
            review = Scenarios.readBlocReview(json, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(400, e.errors());
        }
        Profile profile = profile(review.profile(), "$.profile");
        io.github.thidua.rules.Appraisal result;
        try {
            // the engine ranks the bloc once; a profile that does not fit it is bad input. The review in its mode:
            // the bloc's recorded decisions appraised (verdicts), or the suggestion labelled as such
            result = evaluate(() -> profile == null ? engine.appraise(review) : engine.appraise(review, profile));
        } catch (io.github.thidua.core.rank.RankingException e) {
            throw new BadRequest(400, "$", "cannot rank the bloc with profile '" + (profile == null ? review.profile()
                    : profile.name()) + "' / không xếp hạng được: " + e.getMessage(),
                    "check the profile's ranking.* parameters");
        }
        return ResultJson.write(result, audit);
    }

    /**
     * Why one unit got what it got ({@code POST /explanations?unit=ID[&award=CODE][&audit=true]}): the body is a bloc
     * review, or a province review (consolidated, the unit looked up in its blocs); the answer is the engine's
     * explanation ({@link ReviewResult#explain}) as the explanation document.
     */
    private String explain(HttpExchange exchange) throws BadRequest, IOException {
        String json = body(exchange);     // read first: an unread body is not drained (see requireContentType)
        boolean audit = flag(exchange, "audit", false);
        if (io.github.thidua.core.json.UnitReviews.isUnitReview(json)) {
            return explainPerson(exchange, json, audit);
        }
        String unitText = query(exchange).get("unit");
        if (unitText == null || !UnitId.isValid(unitText)) {
            throw new BadRequest(400, "$", "query parameter unit=ID is " + (unitText == null ? "missing" : "not a unit id")
                    + " / thiếu hoặc sai mã đơn vị", "POST /explanations?unit=<a unit id of the review>");
        }
        UnitId unit = new UnitId(unitText);
        String awardText = query(exchange).get("award");
        AwardType award = null;
        if (awardText != null) {
            try {
                award = AwardType.valueOf(awardText);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "$", "unknown award '" + awardText + "' / mã hình thức không hợp lệ",
                        "one of " + java.util.Arrays.toString(AwardType.values()));
            }
        }
        String kind;
        try {
            kind = Scenarios.kindOf(json, REQUEST);
        } catch (ScenarioException e) {
            throw new BadRequest(400, e.errors());
        }
        // the explanation in the review's mode (the verdicts on the unit's recorded proposals, the council's ballots)
        io.github.thidua.rules.Explanation explanation;
        final AwardType only = award;
        if (Scenarios.PROVINCE_REVIEW.equals(kind)) {
            ProvinceReview province;
            try {
                province = Scenarios.readProvinceReview(json, REQUEST, null);
            } catch (ScenarioException e) {
                throw new BadRequest(400, e.errors());
            }
            Profile profile = profile(province.profile(), "$.profile");
            try {
                io.github.thidua.rules.CouncilAppraisal c = evaluate(() -> profile == null ? engine.appraise(province)
                        : engine.appraise(province, profile));
                explanation = c.explain(unit, only);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "$", "cannot explain / không giải trình được: " + e.getMessage(), null);
            }
        } else {
            BlocReview review;
            try {
                review = Scenarios.readBlocReview(json, REQUEST, null);
            } catch (ScenarioException e) {
                throw new BadRequest(400, e.errors());
            }
            if (!review.bloc().isMember(unit)) {
                throw new BadRequest(400, "$", "unit '" + unit + "' is not a member of the bloc / không có đơn vị này",
                        "use one of the bloc's unit ids");
            }
            Profile profile = profile(review.profile(), "$.profile");
            try {
                explanation = evaluate(() -> profile == null ? engine.appraise(review) : engine.appraise(review, profile))
                        .explain(unit, only);
            } catch (io.github.thidua.core.rank.RankingException e) {
                throw new BadRequest(400, "$", "cannot rank the bloc / không xếp hạng được: " + e.getMessage(),
                        "check the profile's ranking.* parameters");
            }
        }
        return ResultJson.write(explanation, audit);
    }

    /**
     * One person of a unit review ({@code POST /explanations?person=ID[&award=CODE]} with a unit review body): the
     * person explanation document ({@code "kind": "person-explanation"}).
     */
    private String explainPerson(HttpExchange exchange, String json, boolean audit) throws BadRequest {
        io.github.thidua.core.people.UnitReview review;
        try {
            review = io.github.thidua.core.json.UnitReviews.read(json, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(400, e.errors());
        }
        String person = query(exchange).get("person");
        java.util.List<String> ids = review.people().stream().map(io.github.thidua.core.people.Person::id).toList();
        if (person == null || !ids.contains(person)) {
            throw new BadRequest(400, "$", "query parameter person=ID is " + (person == null ? "missing"
                    : "not a person of the unit review") + " / thiếu hoặc sai mã cá nhân",
                    "POST /explanations?person=<a person id of the unit review>; people: "
                            + String.join(", ", ids.size() <= 30 ? ids : ids.subList(0, 30)));
        }
        String awardText = query(exchange).get("award");
        io.github.thidua.core.people.IndividualAward award = null;
        if (awardText != null) {
            try {
                award = io.github.thidua.core.people.IndividualAward.valueOf(awardText);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "$", "unknown title or form '" + awardText + "' / mã danh hiệu, hình thức"
                        + " không hợp lệ", "one of " + java.util.Arrays.toString(
                        io.github.thidua.core.people.IndividualAward.values()));
            }
        }
        Profile profile = profile(review.profile(), "$.profile");
        var people = new io.github.thidua.rules.people.UnitReviewEngine(engine);
        var result = profile == null ? people.review(review) : people.review(review, profile);
        return io.github.thidua.rules.people.UnitReviewJson.write(result.explain(person, award), audit);
    }

    /** An agency's review of its people ({@code unit-review}): the unit review result document. */
    private String unitReview(HttpExchange exchange) throws BadRequest, IOException {
        String json = body(exchange);
        io.github.thidua.core.people.UnitReview review;
        try {
            review = io.github.thidua.core.json.UnitReviews.read(json, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(400, e.errors());
        }
        Profile profile = profile(review.profile(), "$.profile");
        var people = new io.github.thidua.rules.people.UnitReviewEngine(engine);
        // with a server-wide profile override, the individuals rules use the review's bundled profile
        var result = profile == null ? people.review(review) : people.review(review, profile);
        return io.github.thidua.rules.people.UnitReviewJson.write(result, flag(exchange, "audit", false));
    }

    private String consolidate(HttpExchange exchange) throws BadRequest, IOException {
        String json = body(exchange);     // read first: an unread body is not drained (see requireContentType)
        boolean audit = flag(exchange, "audit", false);
        ProvinceReview province;
        try {
            province = Scenarios.readProvinceReview(json, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(400, e.errors());
        }
        Profile profile = profile(province.profile(), "$.profile");
        io.github.thidua.rules.CouncilAppraisal result;
        try {
            // the province in its mode: the council's recorded ballots appraised, or the suggestion labelled
            result = evaluate(() -> profile == null ? engine.appraise(province) : engine.appraise(province, profile));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "$.blocs", "cannot consolidate / không tổng hợp được: " + e.getMessage(), null);
        }
        return ResultJson.write(result, audit);
    }

    /** Runs an evaluation when one of the evaluation permits is free (waits at most 30 s, then 503). */
    private <T> T evaluate(java.util.function.Supplier<T> evaluation) throws BadRequest {
        boolean acquired;
        try {
            acquired = evaluations.tryAcquire(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BadRequest(503, "$", "the server is busy / máy chủ đang bận", "retry later");
        }
        try {
            return evaluation.get();
        } catch (io.github.thidua.rules.RulePackException e) {
            // an external pack's code exceeded its budget or failed: the pack's fault, not the request's
            throw new BadRequest(500, "$", "the rule pack could not evaluate this request / bộ luật không đánh giá được: "
                    + e.problems().stream().map(io.github.thidua.rules.pack.Problem::message).findFirst().orElse(""),
                    "the server's operator must fix the rule pack");
        } finally {
            evaluations.release();
        }
    }

    /**
     * The profile a scenario names: a bundled one (never a file: a request must not make the server read files),
     * or null when the engine overrides every scenario's profile.
     */
    private Profile profile(String name, String path) throws BadRequest {
        if (profileOverride) {
            return null;
        }
        if (!Profiles.BUNDLED.contains(name)) {
            throw new BadRequest(400, path, "profile '" + name + "' is not available on this server"
                    + " / bộ tham số không có trên máy chủ", "use a bundled profile: "
                    + String.join(", ", new TreeSet<>(Profiles.BUNDLED)));
        }
        return Profiles.bundled(name);
    }

    private String rules() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", engine.rulePack().name());
        root.put("version", engine.rulePack().version());
        root.put("precompiled", engine.isPrecompiled());
        root.put("count", engine.rules().size());
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : engine.rules()) {
            ObjectNode n = rules.addObject();
            n.put("ruleId", r.ruleId());
            n.put("name", r.name());
            n.put("package", r.packageName());
            n.put("legalBasis", r.legalBasis());
            n.put("certainty", r.certainty() == null ? null : r.certainty().code());
            n.put("effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
            n.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
        }
        return print(root);
    }

    private Response check(HttpExchange exchange) throws BadRequest, IOException {
        String body = body(exchange);
        boolean compile = flag(exchange, "compile", true);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean json = type.toLowerCase(Locale.ROOT).startsWith("application/json");
        Map<String, String> files = json ? files(body) : Map.of("request.drl", body);
        RuleChecker checker = RuleChecker.create();
        if (!compile) {
            checker = checker.compile(false);
        }
        boolean acquired;
        try {
            acquired = checks.tryAcquire(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            return new Response(503, errors(List.of(new ScenarioError(REQUEST, "$",
                    "the rule checker is busy / trình kiểm tra đang bận", "retry later"))), Map.of("Retry-After", "10"));
        }
        List<Problem> problems;
        try {
            // Compiling runs the Drools compiler on request text: only a process bounds its memory and time, so a
            // compiling check runs in a child JVM (IsolatedChecker); the other steps run here, bounded by the body cap.
            problems = compile ? isolatedChecker.check(files) : checker.check(files);
        } catch (StackOverflowError e) {
            throw new BadRequest(400, "$", "the DRL is nested too deeply to be checked / DRL lồng nhau quá sâu",
                    "split long expressions into smaller ones");
        } finally {
            checks.release();
        }
        ObjectNode root = MAPPER.createObjectNode();
        long errors = problems.stream().filter(Problem::isError).count();
        root.put("ok", errors == 0);
        root.put("errors", errors);
        root.put("warnings", problems.size() - errors);
        ArrayNode list = root.putArray("problems");
        if (problems.size() > MAX_LISTED) {
            root.put("notShown", problems.size() - MAX_LISTED);
        }
        for (Problem p : problems.subList(0, Math.min(problems.size(), MAX_LISTED))) {
            ProblemJson.write(list.addObject(), p, ThiduaServer::cut);
        }
        return Response.json(200, print(root));
    }

    /** {@code {"files": {"path.drl": "text", ...}}}: at least one, at most 100 files, names ending .drl. */
    private static Map<String, String> files(String body) throws BadRequest {
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "$", "malformed JSON / JSON không hợp lệ: " + e.getOriginalMessage(),
                    "send {\"files\": {\"rules/a.drl\": \"...\"}}, or the DRL text itself as text/plain");
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(400, "$", "expected a JSON object", "send {\"files\": {\"rules/a.drl\": \"...\"}}");
        }
        List<ScenarioError> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("files")) {
                errors.add(new ScenarioError(REQUEST, "$." + name, "unknown field '" + name + "'",
                        "the only field is \"files\""));
            }
        }
        JsonNode files = root.get("files");
        if (files == null || !files.isObject() || files.isEmpty()) {
            errors.add(new ScenarioError(REQUEST, "$.files", "missing or empty 'files'",
                    "give an object of file paths to DRL text: {\"files\": {\"rules/a.drl\": \"...\"}}"));
        } else if (files.size() > 100) {
            errors.add(new ScenarioError(REQUEST, "$.files", "too many files (" + files.size() + ")", "at most 100"));
        }
        Map<String, String> result = new LinkedHashMap<>();
        if (files != null && files.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.files['" + e.getKey().replace("'", "\\'") + "']";
                if (!e.getKey().matches("[A-Za-z0-9_./-]{1,200}\\.drl") || e.getKey().contains("..")
                        || e.getKey().startsWith("/")) {
                    errors.add(new ScenarioError(REQUEST, path, "bad file name '" + e.getKey() + "'",
                            "a relative path of letters, digits, '-', '_', '.' and '/', ending .drl"));
                } else if (!e.getValue().isTextual()) {
                    errors.add(new ScenarioError(REQUEST, path, "the file's content must be a string", null));
                } else {
                    result.put(e.getKey(), e.getValue().textValue());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequest(400, errors);
        }
        return result;
    }

    /**
     * The request body as UTF-8 text, at most {@link #maxBodyBytes}: a larger body (by its Content-Length, or as
     * it is read) is refused with 413 without reading the rest.
     */
    private String body(HttpExchange exchange) throws BadRequest, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "$", "bad Content-Length '" + length + "'", null);
            }
            if (declared > maxBodyBytes) {
                throw tooLarge();
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (buffer.size() + n > maxBodyBytes) {
                    throw tooLarge();
                }
                buffer.write(chunk, 0, n);
            }
        }
        byte[] bytes = buffer.toByteArray();
        if (bytes.length == 0) {
            throw new BadRequest(400, "$", "empty request body / thiếu nội dung", "send the document as the body");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(400, "$", "the body is not UTF-8 text / nội dung không phải UTF-8",
                    "send the document encoded as UTF-8");
        }
    }

    private BadRequest tooLarge() {
        return new TooLarge(413, "$", "request body larger than " + maxBodyBytes + " bytes / nội dung quá lớn",
                "send at most " + (maxBodyBytes >= 1024 * 1024 ? maxBodyBytes / (1024 * 1024) + " MiB"
                        : maxBodyBytes + " bytes"));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = exchange.getRequestURI().getRawQuery();
        if (q == null || q.isEmpty()) {
            return params;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    /** {@code {"errors": [{"file", "path", "message", "hint"}, ...]}}, as the CLI prints them. */
    static String errors(List<ScenarioError> errors) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        List<ScenarioError> shown = errors.size() <= MAX_LISTED ? errors : new ArrayList<>(errors.subList(0, MAX_LISTED));
        if (shown != errors) {
            shown.add(new ScenarioError(REQUEST, "$", (errors.size() - MAX_LISTED) + " more errors not shown", null));
        }
        for (ScenarioError e : shown) {
            ObjectNode n = list.addObject();
            n.put("file", e.file());
            n.put("path", e.path());
            n.put("message", e.message());
            n.put("hint", e.hint());
            n.put("text", e.format());
        }
        return print(root);
    }

    private static String cut(String s) {
        return s.length() <= ScenarioError.MAX_TEXT ? s : s.substring(0, ScenarioError.MAX_TEXT - 1) + "…";
    }

    private static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
