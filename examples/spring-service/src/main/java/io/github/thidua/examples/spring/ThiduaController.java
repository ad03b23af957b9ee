package io.github.thidua.examples.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.authoring.IsolatedChecker;
import io.github.thidua.rules.authoring.RuleChecker;
import io.github.thidua.rules.json.ProblemJson;
import io.github.thidua.rules.json.ResultJson;
import io.github.thidua.spring.ThiduaEngines;
import io.github.thidua.spring.ThiduaProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP contract of {@code docs/openapi.yaml}, served by Spring MVC on the engine the starter configured. The
 * bodies are the library's own: {@link ResultJson} for results, and the same {@code {"errors": [...]}} list as
 * {@code thidua serve} for bad requests.
 */
@RestController
public class ThiduaController {
    static final String REQUEST = "request";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final ThiduaEngines engines;
    private final boolean profileOverride;
    private final Object checks = new Object();
    /** Compiling checks run in a child JVM (768 MB, 120 s), started from this service's own jar or class path. */
    private static final IsolatedChecker ISOLATED = isolatedChecker();

    public ThiduaController(ThiduaEngines engines, ThiduaProperties properties) {
        this.engines = engines;
        this.profileOverride = properties.getProfile() != null && !properties.getProfile().isBlank();
    }

    @Operation(summary = "Review one bloc", description = "A bloc review (docs/scenario-format.md) in, the review result out.")
    @PostMapping(path = "/reviews", consumes = JSON, produces = JSON)
    public String review(@RequestBody String body,
                         @Parameter(description = "include the audit trail (true or false)")
                         @RequestParam(name = "audit", required = false) String auditParam) throws BadRequest {
        boolean audit = flag("audit", auditParam, false);
        Engine engine = engines.current();
        BlocReview review;
        try {
            review = Scenarios.readBlocReview(body, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, e.errors());
        }
        Profile profile = profile(review.profile());
        // the review in its mode: the bloc's recorded decisions appraised (verdicts), or the suggestion labelled
        return ResultJson.write(profile == null ? engine.appraise(review) : engine.appraise(review, profile), audit);
    }

    @Operation(summary = "Consolidate a province", description = "A province review with its blocs inline in, the consolidation out.")
    @PostMapping(path = "/consolidations", consumes = JSON, produces = JSON)
    public String consolidate(@RequestBody String body,
                              @Parameter(description = "include the audit trail (true or false)")
                              @RequestParam(name = "audit", required = false) String auditParam) throws BadRequest {
        boolean audit = flag("audit", auditParam, false);
        Engine engine = engines.current();
        ProvinceReview province;
        try {
            province = Scenarios.readProvinceReview(body, REQUEST, null);
        } catch (ScenarioException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, e.errors());
        }
        Profile profile = profile(province.profile());
        try {
            return ResultJson.write(profile == null ? engine.appraise(province)
                    : engine.appraise(province, profile), audit);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, List.of(new ScenarioError(REQUEST, "$.blocs",
                    "cannot consolidate / không tổng hợp được: " + e.getMessage(), null)));
        }
    }

    @Operation(summary = "Explain one unit's decisions", description = "A bloc review, or a province review with its"
            + " blocs inline (consolidated first), in; the engine's explanation of one unit (ReviewResult.explain) out.")
    @PostMapping(path = "/explanations", consumes = JSON, produces = JSON)
    public String explain(@RequestBody String body,
                          @Parameter(description = "the unit's id, as in the review")
                          @RequestParam(name = "unit", required = false) String unitParam,
                          @Parameter(description = "only this award (an award code)")
                          @RequestParam(name = "award", required = false) String awardParam,
                          @Parameter(description = "include the rules fired for the unit (true or false)")
                          @RequestParam(name = "audit", required = false) String auditParam) throws BadRequest {
        boolean audit = flag("audit", auditParam, false);
        if (unitParam == null || !UnitId.isValid(unitParam)) {
            throw bad("$", "query parameter unit=ID is " + (unitParam == null ? "missing" : "not a unit id")
                    + " / thiếu hoặc sai mã đơn vị", "POST /explanations?unit=<a unit id of the review>");
        }
        UnitId unit = new UnitId(unitParam);
        AwardType award = null;
        if (awardParam != null) {
            try {
                award = AwardType.valueOf(awardParam);
            } catch (IllegalArgumentException e) {
                throw bad("$", "unknown award '" + awardParam + "' / mã hình thức không hợp lệ",
                        "one of " + java.util.Arrays.toString(AwardType.values()));
            }
        }
        Engine engine = engines.current();
        io.github.thidua.rules.Explanation explanation;
        try {
            // the explanation in the review's mode (verdicts on the unit's recorded proposals, the council's ballots)
            if (Scenarios.PROVINCE_REVIEW.equals(Scenarios.kindOf(body, REQUEST))) {
                ProvinceReview province = Scenarios.readProvinceReview(body, REQUEST, null);
                Profile profile = profile(province.profile());
                explanation = (profile == null ? engine.appraise(province) : engine.appraise(province, profile))
                        .explain(unit, award);
            } else {
                BlocReview review = Scenarios.readBlocReview(body, REQUEST, null);
                if (!review.bloc().isMember(unit)) {
                    throw bad("$", "unit '" + unit + "' is not a member of the bloc / không có đơn vị này",
                            "use one of the bloc's unit ids");
                }
                Profile profile = profile(review.profile());
                explanation = (profile == null ? engine.appraise(review) : engine.appraise(review, profile))
                        .explain(unit, award);
            }
        } catch (ScenarioException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, e.errors());
        } catch (IllegalArgumentException e) {
            throw bad("$", "cannot explain / không giải trình được: " + e.getMessage(), null);
        }
        return ResultJson.write(explanation, audit);
    }

    @Operation(summary = "The rule pack", description = "Name, version and every rule's metadata.")
    @RequestMapping(path = "/rules", method = {RequestMethod.GET, RequestMethod.HEAD}, produces = JSON)
    public String rules() {
        Engine engine = engines.current();
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

    @Operation(summary = "Check DRL", description = "DRL text (text/plain), or {\"files\": {\"path.drl\": \"text\"}}"
            + " (application/json): every problem found by the sandbox, the linter and the compiler.")
    @PostMapping(path = "/rules/check", consumes = {JSON, MediaType.TEXT_PLAIN_VALUE}, produces = JSON)
    public String check(@RequestBody String body,
                        @RequestHeader(name = "Content-Type") String contentType,
                        @Parameter(description = "false: check without compiling")
                        @RequestParam(name = "compile", required = false) String compileParam) throws BadRequest {
        boolean compile = flag("compile", compileParam, true);
        Map<String, String> files = contentType.toLowerCase(Locale.ROOT).startsWith(JSON) ? files(body)
                : Map.of("request.drl", body);
        List<Problem> problems;
        synchronized (checks) {    // one compilation at a time: checking is CPU-heavy
            // Compiling runs the Drools compiler on request text: a child JVM bounds its memory and time.
            problems = compile ? ISOLATED.check(files) : RuleChecker.create().compile(false).check(files);
        }
        ObjectNode root = MAPPER.createObjectNode();
        long errors = problems.stream().filter(Problem::isError).count();
        root.put("ok", errors == 0);
        root.put("errors", errors);
        root.put("warnings", problems.size() - errors);
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ProblemJson.write(list.addObject(), p);
        }
        return print(root);
    }

    /**
     * In a Spring Boot fat jar the classes sit in nested jars a plain {@code java -cp} cannot read: the child is then
     * started through Boot's PropertiesLauncher, which puts them on its class path and runs the checker.
     */
    private static IsolatedChecker isolatedChecker() {
        IsolatedChecker c = IsolatedChecker.create();
        String cp = System.getProperty("java.class.path", "");
        boolean fatJar = cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)
                && ThiduaController.class.getResource("/BOOT-INF/classes/") != null;
        return fatJar ? c.classPath(cp).launcher("org.springframework.boot.loader.launch.PropertiesLauncher",
                Map.of("loader.main", IsolatedChecker.class.getName())) : c;
    }

    /** {@code {"files": {"path.drl": "text", ...}}}: one to 100 relative paths ending .drl, string contents. */
    private static Map<String, String> files(String body) throws BadRequest {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("$", "malformed JSON / JSON không hợp lệ: " + e.getOriginalMessage(),
                    "send {\"files\": {\"rules/a.drl\": \"...\"}}, or the DRL text itself as text/plain");
        }
        JsonNode files = root == null ? null : root.get("files");
        if (root == null || !root.isObject() || root.size() != 1 || files == null || !files.isObject()
                || files.isEmpty() || files.size() > 100) {
            throw bad("$.files", "expected {\"files\": {...}} with 1 to 100 files",
                    "give an object of file paths to DRL text: {\"files\": {\"rules/a.drl\": \"...\"}}");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches("[A-Za-z0-9_./-]{1,200}\\.drl") || e.getKey().contains("..")
                    || e.getKey().startsWith("/") || !e.getValue().isTextual()) {
                throw bad("$.files['" + e.getKey().replace("'", "\\'") + "']", "bad file '" + e.getKey() + "'",
                        "a relative path of letters, digits, '-', '_', '.' and '/', ending .drl, with text content");
            }
            result.put(e.getKey(), e.getValue().textValue());
        }
        return result;
    }

    /** Strictly {@code true} or {@code false} (Spring's own conversion would also take 1, yes, on). */
    private static boolean flag(String name, String value, boolean absent) throws BadRequest {
        if (value == null) {
            return absent;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("$", "bad query parameter " + name + "='" + value + "' / tham số không hợp lệ",
                    "use " + name + "=true or " + name + "=false");
        };
    }

    private static BadRequest bad(String path, String message, String hint) {
        return new BadRequest(HttpStatus.BAD_REQUEST, List.of(new ScenarioError(REQUEST, path, message, hint)));
    }

    @Operation(summary = "Liveness and the rule pack serving", description = "Also at /actuator/health.")
    @GetMapping(path = "/health", produces = JSON)
    public String health() {
        Engine engine = engines.current();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "UP");
        root.put("pack", engine.rulePack().name());
        root.put("version", engine.rulePack().version());
        return print(root);
    }

    /** A bundled profile (a request never makes the server read a file), or null when the engine overrides. */
    private Profile profile(String name) throws BadRequest {
        if (profileOverride) {
            return null;
        }
        if (!Profiles.BUNDLED.contains(name)) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, List.of(new ScenarioError(REQUEST, "$.profile",
                    "profile '" + name + "' is not available on this server / bộ tham số không có trên máy chủ",
                    "use a bundled profile: " + String.join(", ", new TreeSet<>(Profiles.BUNDLED)))));
        }
        return Profiles.bundled(name);
    }

    /** Bad input with the error list to send. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final HttpStatus status;
        final transient List<ScenarioError> errors;

        BadRequest(HttpStatus status, List<ScenarioError> errors) {
            super(errors.get(0).format(), null, false, false);
            this.status = status;
            this.errors = List.copyOf(errors);
        }
    }

    /** {@code {"errors": [{"file", "path", "message", "hint", "text"}, ...]}}, as {@code thidua serve} sends. */
    static ResponseEntity<String> errors(HttpStatus status, List<ScenarioError> errors) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (ScenarioError e : errors) {
            ObjectNode n = list.addObject();
            n.put("file", e.file());
            n.put("path", e.path());
            n.put("message", e.message());
            n.put("hint", e.hint());
            n.put("text", e.format());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(print(root));
    }

    private static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
