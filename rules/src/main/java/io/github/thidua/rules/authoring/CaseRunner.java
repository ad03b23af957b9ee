package io.github.thidua.rules.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs declarative test cases ({@code cases/*.case.json} beside a pack) and measures rule coverage. Used by
 * {@code thidua rules test DIR [--coverage]} and by {@code CaseFiles.dynamicTests} in the testkit.
 *
 * <p>A case file:
 * <pre>{@code
 * {
 *   "name": "The leader receives the provincial flag",
 *   "scenarioFile": "../scenarios/bloc-2024.json",     // or "scenario": { ...an inline bloc review... }
 *   "profile": "national",                             // optional: a bundled profile or a .json path (relative to the case)
 *   "expect": {
 *     "decisions": [{"unit": "u01", "award": "PROVINCIAL_FLAG", "outcome": "RECOMMENDED"}],   // a subset
 *     "nextTerm": {"head": "u02", "deputy": "u03"},     // optional; either field may be left out
 *     "fired": ["SEL_LEADERS"],                         // optional rule ids that must fire
 *     "notFired": ["SEL_LEADERS_CUT"]                   // optional rule ids that must not fire
 *   }
 * }
 * }</pre>
 * The scenario is a bloc review in the scenario format ({@code docs/scenario-format.md}). {@code decisions} lists
 * only the decisions the case is about: others may exist. An {@code outcome} of {@code null} expects that the
 * award was not decided for the unit. Unknown fields are errors.
 */
public final class CaseRunner {
    /** Case files end with this. */
    public static final String SUFFIX = ".case.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CASE_FIELDS = Set.of("name", "description", "scenario", "scenarioFile", "profile", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("decisions", "nextTerm", "fired", "notFired");
    private static final Set<String> DECISION_FIELDS = Set.of("unit", "award", "outcome");
    private static final Set<String> TERM_FIELDS = Set.of("head", "deputy");

    private final Engine engine;

    private CaseRunner(Engine engine) {
        this.engine = engine;
    }

    /** A runner on an engine (e.g. {@code Engine.builder().build()} for the bundled pack). */
    public static CaseRunner forEngine(Engine engine) {
        return new CaseRunner(Objects.requireNonNull(engine, "engine"));
    }

    /** A runner on a pack directory (compiles it). */
    public static CaseRunner forPack(Path packDir) {
        return new CaseRunner(Engine.builder().rulePack(packDir).build());
    }

    /** The engine cases run on. */
    public Engine engine() {
        return engine;
    }

    /** The case files of a directory (recursively), sorted; a file is returned as is. */
    public static List<Path> caseFiles(Path dirOrFile) {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        if (!Files.isDirectory(dirOrFile)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dirOrFile)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A case file's {@code name}, or its file name if it has none or cannot be read. */
    public static String caseName(Path file) {
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root != null && root.hasNonNull("name") && root.get("name").isTextual()) {
                return root.get("name").asText();
            }
        } catch (IOException | RuntimeException e) {
            // the case will fail with the reason when it runs
        }
        return file.getFileName().toString();
    }

    /** Runs every case file under {@code dirOrFile} and computes the coverage of the engine's rules. */
    public Report run(Path dirOrFile) {
        List<CaseResult> results = caseFiles(dirOrFile).stream().map(this::runCase).toList();
        return new Report(results, coverage(results));
    }

    /** Runs the cases of a pack directory ({@code DIR/cases}). */
    public Report runPack(Path packDir) {
        return run(packDir.resolve("cases"));
    }

    /** Runs one case file. Never throws: a case that cannot be read or evaluated fails with the reason. */
    public CaseResult runCase(Path file) {
        String name = file.getFileName().toString();
        List<String> errors = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return CaseResult.broken(name, file, file + ": malformed JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return CaseResult.broken(name, file, file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return CaseResult.broken(name, file, file + ": a case is a JSON object");
        }
        unknownFields(root, CASE_FIELDS, "$", errors);
        if (root.hasNonNull("name")) {
            name = root.get("name").asText();
        } else {
            errors.add("$.name: missing");
        }
        Path base = file.toAbsolutePath().getParent();
        BlocReview review = null;
        Path scenarioBase = base;
        try {
            if (root.hasNonNull("scenario") == root.hasNonNull("scenarioFile")) {
                errors.add("$: give either \"scenario\" (inline) or \"scenarioFile\" (a path relative to the case)");
            } else if (root.hasNonNull("scenario")) {
                review = Scenarios.readBlocReview(root.get("scenario").toString(), file + "#scenario", base);
            } else {
                Path scenario = base.resolve(root.get("scenarioFile").asText()).normalize();
                scenarioBase = scenario.getParent();
                review = Scenarios.readBlocReview(scenario);
            }
        } catch (ScenarioException e) {
            e.errors().stream().map(ScenarioError::format).forEach(errors::add);
        }
        Expect expect = readExpect(root.get("expect"), errors);
        Profile profile = null;
        try {
            if (root.hasNonNull("profile")) {
                profile = Profiles.resolve(root.get("profile").asText(), base);
            } else if (review != null) {
                profile = Profiles.resolve(review.profile(), scenarioBase);
            }
        } catch (RuntimeException e) {
            errors.add("$.profile: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            return new CaseResult(name, file, false, List.of(), errors, null, Set.of());
        }
        ReviewResult result;
        try {
            result = engine.review(review, profile);
        } catch (RuntimeException e) {
            return CaseResult.broken(name, file, "the evaluation failed: " + e);
        }
        Set<String> fired = result.audit().stream().map(AuditEntry::ruleId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> diff = compare(expect, result, fired);
        return new CaseResult(name, file, diff.isEmpty(), diff, List.of(), result, fired);
    }

    private record ExpectedDecision(UnitId unit, AwardType award, Outcome outcome) {
    }

    private record Expect(List<ExpectedDecision> decisions, JsonNode nextTerm, List<String> fired, List<String> notFired) {
    }

    private Expect readExpect(JsonNode e, List<String> errors) {
        if (e == null || !e.isObject()) {
            errors.add("$.expect: missing (an object with decisions, nextTerm, fired, notFired)");
            return new Expect(List.of(), null, List.of(), List.of());
        }
        unknownFields(e, EXPECT_FIELDS, "$.expect", errors);
        List<ExpectedDecision> decisions = new ArrayList<>();
        JsonNode ds = e.get("decisions");
        if (ds != null && !ds.isNull()) {
            if (!ds.isArray()) {
                errors.add("$.expect.decisions: must be an array");
            } else {
                for (int i = 0; i < ds.size(); i++) {
                    JsonNode d = ds.get(i);
                    String at = "$.expect.decisions[" + i + "]";
                    unknownFields(d, DECISION_FIELDS, at, errors);
                    UnitId unit = null;
                    AwardType award = null;
                    Outcome outcome = null;
                    boolean ok = true;
                    try {
                        unit = UnitId.of(text(d, "unit", at));
                    } catch (RuntimeException ex) {
                        ok = false;
                        errors.add(message(ex, at + ".unit"));
                    }
                    try {
                        award = AwardType.parse(text(d, "award", at));
                    } catch (RuntimeException ex) {
                        ok = false;
                        errors.add(message(ex, at + ".award"));
                    }
                    JsonNode o = d.get("outcome");
                    if (o == null) {
                        ok = false;
                        errors.add(at + ".outcome: missing (null expects that the award was not decided)");
                    } else if (!o.isNull()) {
                        try {
                            outcome = parseOutcome(o.asText(), at);
                        } catch (RuntimeException ex) {
                            ok = false;
                            errors.add(ex.getMessage());
                        }
                    }
                    if (ok) {
                        decisions.add(new ExpectedDecision(unit, award, outcome));
                    }
                }
            }
        }
        JsonNode term = e.get("nextTerm");
        if (term != null && !term.isNull()) {
            unknownFields(term, TERM_FIELDS, "$.expect.nextTerm", errors);
        }
        List<String> ruleIds = engine.rules().stream().map(RuleInfo::ruleId).toList();
        return new Expect(decisions, term, ids(e.get("fired"), "$.expect.fired", ruleIds, errors),
                ids(e.get("notFired"), "$.expect.notFired", ruleIds, errors));
    }

    private static String message(RuntimeException ex, String at) {
        String m = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        return m.startsWith("$") ? m : at + ": " + m;
    }

    private static Outcome parseOutcome(String s, String at) {
        try {
            return Outcome.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".outcome: unknown outcome \"" + s + "\" (expected one of "
                    + Arrays.toString(Outcome.values()) + " or null)", e);
        }
    }

    private static List<String> ids(JsonNode n, String at, List<String> known, List<String> errors) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            errors.add(at + ": must be an array of rule ids");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String id = n.get(i).asText();
            if (!known.contains(id)) {
                errors.add(at + "[" + i + "]: unknown rule id \"" + id + "\"" + Lint.suggestion(id, Set.copyOf(known)));
            }
            out.add(id);
        }
        return out;
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": missing or not a string");
        }
        return v.asText();
    }

    private static void unknownFields(JsonNode n, Set<String> allowed, String at, List<String> errors) {
        if (n == null || !n.isObject()) {
            return;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                errors.add(at + "." + f + ": unknown field" + Lint.suggestion(f, allowed));
            }
        }
    }

    private static List<String> compare(Expect expect, ReviewResult result, Set<String> fired) {
        List<String> diff = new ArrayList<>();
        for (ExpectedDecision d : expect.decisions()) {
            Optional<Decision> actual = result.decision(d.unit(), d.award());
            Outcome got = actual.map(Decision::outcome).orElse(null);
            if (got != d.outcome()) {
                String why = actual.map(a -> {
                    List<String> ids = new ArrayList<>();
                    a.reasons().forEach(r -> ids.add(r.ruleId()));
                    a.unmet().forEach(r -> ids.add("unmet " + r.ruleId()));
                    return ids.isEmpty() ? "" : " [" + String.join(", ", ids) + "]";
                }).orElse("");
                diff.add("decision " + d.unit() + " " + d.award() + ": expected " + show(d.outcome()) + ", got " + show(got) + why);
            }
        }
        if (expect.nextTerm() != null) {
            NextTerm next = result.nextTerm();
            for (String role : List.of("head", "deputy")) {
                if (expect.nextTerm().has(role)) {
                    JsonNode want = expect.nextTerm().get(role);
                    String expected = want.isNull() ? null : want.asText();
                    UnitId gotId = next == null ? null : role.equals("head") ? next.head() : next.deputy();
                    String got = gotId == null ? null : gotId.value();
                    if (!Objects.equals(expected, got)) {
                        diff.add("next term " + role + ": expected " + (expected == null ? "none" : expected) + ", got "
                                + (got == null ? "none" : got));
                    }
                }
            }
        }
        for (String id : expect.fired()) {
            if (!fired.contains(id)) {
                diff.add("rule " + id + ": expected to fire, did not");
            }
        }
        for (String id : expect.notFired()) {
            if (fired.contains(id)) {
                List<String> units = result.audit().stream().filter(a -> a.ruleId().equals(id)).flatMap(a -> a.units().stream())
                        .distinct().toList();
                diff.add("rule " + id + ": expected not to fire, fired" + (units.isEmpty() ? "" : " for " + units));
            }
        }
        return diff;
    }

    private static String show(Outcome o) {
        return o == null ? "no decision" : o.name();
    }

    private Coverage coverage(List<CaseResult> results) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RuleInfo r : engine.rules()) {
            counts.put(r.ruleId(), 0);
        }
        for (CaseResult c : results) {
            for (String id : c.fired()) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<String> never = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        return new Coverage(counts, never);
    }

    /**
     * The result of one case.
     *
     * @param name        the case's name (the file name if it has none)
     * @param file        the case file
     * @param passed      whether every expectation held
     * @param differences expected vs actual, one line each (empty when passed)
     * @param errors      why the case could not run (bad case file or scenario); empty if it ran
     * @param result      the evaluation, or null if the case could not run
     * @param fired       the ids of the rules that fired
     */
    public record CaseResult(String name, Path file, boolean passed, List<String> differences, List<String> errors,
                             ReviewResult result, Set<String> fired) {
        public CaseResult {
            differences = List.copyOf(differences);
            errors = List.copyOf(errors);
            fired = Set.copyOf(fired);
        }

        static CaseResult broken(String name, Path file, String error) {
            return new CaseResult(name, file, false, List.of(), List.of(error), null, Set.of());
        }

        /** One line for the outcome, then the differences or errors indented. */
        public String format() {
            StringBuilder sb = new StringBuilder((passed ? "PASS " : "FAIL ") + name + " (" + file.getFileName() + ")");
            for (String e : errors) {
                sb.append("\n    error: ").append(e);
            }
            for (String d : differences) {
                sb.append("\n    ").append(d);
            }
            return sb.toString();
        }
    }

    /**
     * Rule coverage of a run.
     *
     * @param casesFiring every rule id of the engine with the number of cases that fired it
     * @param neverFired  the rule ids no case fired, sorted
     */
    public record Coverage(Map<String, Integer> casesFiring, List<String> neverFired) {
        public Coverage {
            casesFiring = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(casesFiring));
            neverFired = List.copyOf(neverFired);
        }

        /** The share of rules fired by at least one case, 0..1. */
        public double ratio() {
            return casesFiring.isEmpty() ? 1.0 : (casesFiring.size() - neverFired.size()) / (double) casesFiring.size();
        }

        public String format() {
            StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "coverage: %d of %d rules fired (%.0f %%)%n",
                    casesFiring.size() - neverFired.size(), casesFiring.size(), 100 * ratio()));
            casesFiring.forEach((id, n) -> sb.append(String.format(java.util.Locale.ROOT, "  %4d  %s%n", n, id)));
            if (!neverFired.isEmpty()) {
                sb.append("not fired by any case: ").append(String.join(", ", neverFired)).append('\n');
            }
            return sb.toString();
        }
    }

    /** The results of a run. */
    public record Report(List<CaseResult> cases, Coverage coverage) {
        public Report {
            cases = List.copyOf(cases);
        }

        public boolean passed() {
            return !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        }

        public List<CaseResult> failures() {
            return cases.stream().filter(c -> !c.passed()).toList();
        }

        /** Every case's outcome, a summary line, and optionally the coverage table. */
        public String format(boolean withCoverage) {
            StringBuilder sb = new StringBuilder();
            cases.forEach(c -> sb.append(c.format()).append('\n'));
            sb.append(cases.size() - failures().size()).append(" passed, ").append(failures().size()).append(" failed\n");
            if (withCoverage) {
                sb.append(coverage.format());
            }
            return sb.toString();
        }
    }
}
