package io.github.thidua.core.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.law.Certainty;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads parameter profiles: the bundled ones ({@code national}, {@code bac-ninh}, …) from the classpath, or a
 * profile file of the host's. A profile's {@code extends} names a bundled profile or a sibling file.
 */
public final class Profiles {
    /** Name of the national baseline profile. */
    public static final String NATIONAL = "national";
    /** The bundled profiles. */
    public static final Set<String> BUNDLED = Set.of("national", "bac-ninh", "yen-bai", "bac-kan", "bac-ninh-2025",
            "lao-cai", "thai-nguyen");

    private static final String RESOURCE_DIR = "/io/github/thidua/core/profiles/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();
    private static final List<String> PROFILE_FIELDS = List.of("name", "description", "extends", "province",
            "parameters");
    private static final List<String> PROVINCE_FIELDS = List.of("name", "validFrom", "validUntil", "successor",
            "predecessors", "note");
    private static final List<String> PARAMETER_FIELDS = List.of("description", "type", "values");
    private static final List<String> VALUE_FIELDS = List.of("validFrom", "value", "bySize", "reference", "certainty");
    private static final List<String> BRACKET_FIELDS = List.of("minMembers", "value");

    private Profiles() {
    }

    /** A bundled profile by name; fails naming the bundled profiles when unknown. */
    public static Profile bundled(String name) {
        return bundled(name, List.of());
    }

    /** A profile from a JSON file; its {@code extends} may name a bundled profile or a file beside it. */
    public static Profile fromFile(Path file) {
        return fromFile(file, List.of());
    }

    /** A bundled profile by name, or a profile file when {@code nameOrPath} ends with ".json". */
    public static Profile resolve(String nameOrPath, Path baseDir) {
        if (nameOrPath != null && nameOrPath.endsWith(".json")) {
            Path p = baseDir == null ? Path.of(nameOrPath) : baseDir.resolve(nameOrPath);
            return fromFile(p);
        }
        return bundled(nameOrPath);
    }

    /** A profile being loaded: {@code key} identifies it (for cycle detection), {@code shown} names it in messages. */
    private record Loading(String key, String shown) {
        static Loading bundled(String name) {
            return new Loading("bundled:" + name, name);
        }

        static Loading file(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return new Loading("file:" + abs, abs.getFileName() == null ? abs.toString() : abs.getFileName().toString());
        }
    }

    // `loading` is the chain of profiles whose `extends` led here, outermost first.
    private static Profile bundled(String name, List<Loading> loading) {
        if (name == null || !BUNDLED.contains(name)) {
            throw ProfileException.notFound("unknown profile " + (name == null ? "null" : "'" + name + "'")
                    + "; bundled profiles: " + new TreeSet<>(BUNDLED) + ", or give a profile file path",
                    "a bundled profile name, or a .json profile file");
        }
        Profile cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled profile " + resource + " is missing from the classpath");
            }
            Profile p = parse(MAPPER.readTree(in), "classpath:" + resource, null, with(loading, Loading.bundled(name)));
            CACHE.putIfAbsent(name, p);
            return CACHE.get(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled profile " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Profile fromFile(Path file, List<Loading> loading) {
        try {
            return parse(MAPPER.readTree(Files.readString(file)), file.toString(), file.toAbsolutePath().getParent(),
                    with(loading, Loading.file(file)));
        } catch (JsonProcessingException e) {
            throw new ProfileException(file.toString(), List.of(new ProfileException.Problem(file.toString(), "$",
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                            + ": " + e.getOriginalMessage(), "fix the JSON syntax at that place")));
        } catch (java.nio.file.NoSuchFileException e) {
            throw ProfileException.notFound(file + ": cannot read: no such profile file",
                    "a bundled profile name, or a .json profile file relative to the scenario");
        } catch (IOException e) {
            throw ProfileException.notFound(file + ": cannot read: " + e.getMessage(),
                    "check that the profile file exists and is readable");
        }
    }

    private static List<Loading> with(List<Loading> loading, Loading next) {
        List<Loading> chain = new ArrayList<>(loading);
        chain.add(next);
        return List.copyOf(chain);
    }

    private static Profile parse(JsonNode root, String source, Path dir, List<Loading> loading) {
        Problems errors = new Problems(source);
        if (!root.isObject()) {
            throw new ProfileException(source, List.of(new ProfileException.Problem(source, "$",
                    "a profile must be a JSON object", "write it as an object with name, parameters and optionally extends")));
        }
        unknownFields(root, PROFILE_FIELDS, "$", errors);
        String name = text(root, "name", "$", errors);
        String description = root.path("description").asText("");
        Profile parent = parent(root.get("extends"), dir, loading, errors);
        ProvinceLineage province = province(root.get("province"), errors);
        Map<String, Parameter> params = new LinkedHashMap<>();
        JsonNode ps = root.get("parameters");
        if (ps == null || !ps.isObject()) {
            errors.add("$.parameters", "required object of parameters");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Parameter p = parameter(e.getKey(), e.getValue(), "$.parameters['" + e.getKey() + "']", parent, errors);
                if (p != null) {
                    params.put(e.getKey(), p);
                }
            }
        }
        if (errors.isEmpty() && !NATIONAL.equals(name)) {
            ceilings(params, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProfileException(source, errors.list());
        }
        return new Profile(name, description, parent, params, province);
    }

    /** The optional {@code province} object: name, validFrom, validUntil, successor, predecessors, note. */
    private static ProvinceLineage province(JsonNode n, Problems errors) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            errors.add("$.province", "must be an object with name, validFrom, validUntil, successor, predecessors, note");
            return null;
        }
        unknownFields(n, PROVINCE_FIELDS, "$.province", errors);
        String name = text(n, "name", "$.province", errors);
        LocalDate from = null;
        LocalDate until = null;
        try {
            from = n.hasNonNull("validFrom") ? LocalDate.parse(n.get("validFrom").asText()) : null;
            until = n.hasNonNull("validUntil") ? LocalDate.parse(n.get("validUntil").asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            errors.add("$.province", "validFrom and validUntil must be dates YYYY-MM-DD");
        }
        List<String> preds = new ArrayList<>();
        n.path("predecessors").forEach(p -> preds.add(p.asText()));
        String successor = n.hasNonNull("successor") ? n.get("successor").asText() : null;
        String note = n.hasNonNull("note") ? n.get("note").asText() : null;
        try {
            return new ProvinceLineage(name, from, until, successor, preds, note);
        } catch (IllegalArgumentException e) {
            errors.add("$.province", e.getMessage());
            return null;
        }
    }

    /**
     * National ceilings a province may lower but never raise: the Government-flag share (Nghị định 91/2017/NĐ-CP,
     * Điều 11, khoản 1; Công văn 5007/BNV-TĐKT).
     */
    static final Map<String, String> NATIONAL_CEILINGS = Map.of("province.governmentFlagShare",
            "Nghị định 91/2017/NĐ-CP, Điều 11, khoản 1; Công văn 5007/BNV-TĐKT ngày 05/09/2023");

    /** Adds an error for every value of a ceiling parameter above the national value in force on its date. */
    private static void ceilings(Map<String, Parameter> params, Problems errors) {
        for (Map.Entry<String, String> c : NATIONAL_CEILINGS.entrySet()) {
            Parameter own = params.get(c.getKey());
            if (own == null) {
                continue;
            }
            Parameter national = bundled(NATIONAL).definition(c.getKey()).orElse(null);
            if (national == null) {
                continue;
            }
            java.util.TreeSet<java.time.LocalDate> dates = new java.util.TreeSet<>();
            own.values().forEach(v -> dates.add(v.validFrom()));
            national.values().forEach(v -> dates.add(v.validFrom()));
            for (java.time.LocalDate d : dates) {
                ParameterValue mine = own.valueOn(d).orElse(null);
                ParameterValue ceiling = national.valueOn(d).orElse(null);
                if (mine == null || ceiling == null) {
                    continue;
                }
                for (int size : sizes(mine)) {
                    Object m = mine.valueFor(size);
                    Object n = ceiling.valueFor(size);
                    if (m instanceof java.math.BigDecimal mv && n instanceof java.math.BigDecimal nv
                            && mv.compareTo(nv) > 0) {
                        errors.add("$.parameters['" + c.getKey() + "']", mv.toPlainString() + " from " + d
                                + " exceeds the national ceiling " + nv.toPlainString() + " (" + c.getValue()
                                + "); a province may lower it, never raise it");
                        break;
                    }
                }
            }
        }
    }

    private static List<Integer> sizes(ParameterValue v) {
        return v.bySize().isEmpty() ? List.of(1) : v.bySize().stream().map(SizeBracket::minMembers).toList();
    }

    /** The profile named by {@code extends}, or null (with an error when it cannot be loaded). */
    private static Profile parent(JsonNode ext, Path dir, List<Loading> loading, Problems errors) {
        if (ext == null || ext.isNull()) {
            return null;
        }
        if (!ext.isTextual()) {
            errors.add("$.extends", "must be the name of a bundled profile or a .json file, was " + ext);
            return null;
        }
        String e = ext.textValue();
        boolean isFile = e.endsWith(".json") && dir != null;
        Loading target = isFile ? Loading.file(dir.resolve(e)) : Loading.bundled(e);
        int first = loading.indexOf(target);
        if (first >= 0) {
            StringBuilder cycle = new StringBuilder("cycle ");
            loading.subList(first, loading.size()).forEach(l -> cycle.append(l.shown()).append(" \u2192 "));
            errors.add("$.extends", cycle.append(target.shown()).toString());
            return null;
        }
        try {
            return isFile ? fromFile(dir.resolve(e), loading) : bundled(e, loading);
        } catch (ProfileException ex) {
            // The parent's own problems, in the parent's file (or, when it cannot be found, at this $.extends).
            if (ex.notLocated()) {
                errors.add("$.extends", ex.getMessage());
            } else {
                errors.addAll(ex.problems());
            }
            return null;
        } catch (IllegalArgumentException ex) {
            errors.add("$.extends", ex.getMessage());
            return null;
        }
    }

    /** The parameter at {@code path}, or null after adding its errors. */
    private static Parameter parameter(String name, JsonNode node, String path, Profile parent, Problems errors) {
        if (!node.isObject()) {
            errors.add(path, "a parameter must be an object with " + String.join(", ", PARAMETER_FIELDS));
            return null;
        }
        int before = errors.size();
        unknownFields(node, PARAMETER_FIELDS, path, errors);
        Parameter inherited = parent == null ? null : parent.definition(name).orElse(null);
        ParameterType type = null;
        JsonNode t = node.get("type");
        if (t != null) {
            type = type(t);
            if (type == null) {
                errors.add(path + ".type", "'type' must be number, boolean or text, was "
                        + (t.isTextual() ? "'" + t.textValue() + "'" : t.toString()));
            } else if (inherited != null && inherited.type() != type) {
                errors.add(path + ".type", "'" + lower(type) + "' differs from the type '" + lower(inherited.type())
                        + "' of " + name + " in profile '" + definedIn(parent, name)
                        + "'; an override cannot change a parameter's type");
            }
        } else if (inherited != null) {
            type = inherited.type();
        } else {
            errors.add(path, "'type' is required (number, boolean or text) for a parameter the parent does not define");
        }
        String description = null;
        JsonNode d = node.get("description");
        if (d != null) {
            if (d.isTextual() && !d.textValue().isBlank()) {
                description = d.textValue();
            } else {
                errors.add(path + ".description", "required text");
            }
        } else if (inherited != null) {
            description = inherited.description();
        } else {
            errors.add(path, "'description' is required for a parameter the parent does not define");
        }
        List<ParameterValue> values = new ArrayList<>();
        JsonNode vs = node.get("values");
        if (vs == null || !vs.isArray() || vs.isEmpty()) {
            errors.add(path + ".values", "'values' must be a non-empty array of dated values");
        } else {
            for (int i = 0; i < vs.size(); i++) {
                ParameterValue v = value(name, type, vs.get(i), path + ".values[" + i + "]", errors);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new Parameter(name, description, type, values);
        } catch (IllegalArgumentException ex) {
            errors.add(path, ex.getMessage());
            return null;
        }
    }

    /** One dated value at {@code path}, its (and its brackets') type checked; null after adding its errors. */
    private static ParameterValue value(String name, ParameterType type, JsonNode v, String path, Problems errors) {
        if (!v.isObject()) {
            errors.add(path, "a value must be an object with " + String.join(", ", VALUE_FIELDS));
            return null;
        }
        int before = errors.size();
        unknownFields(v, VALUE_FIELDS, path, errors);
        LocalDate from = null;
        try {
            from = LocalDate.parse(v.path("validFrom").asText());
        } catch (DateTimeParseException ex) {
            errors.add(path + ".validFrom", "expected a date like 2024-01-01");
        }
        Object value = null;
        if (v.has("value")) {
            value = typed(name, type, v.get("value"), path, errors);
        }
        List<SizeBracket> brackets = new ArrayList<>();
        JsonNode bs = v.get("bySize");
        if (bs != null && !bs.isNull()) {
            if (!bs.isArray()) {
                errors.add(path + ".bySize", "'bySize' must be an array of brackets with minMembers, value");
            } else {
                for (int j = 0; j < bs.size(); j++) {
                    SizeBracket b = bracket(name, type, bs.get(j), path + ".bySize[" + j + "]", errors);
                    if (b != null) {
                        brackets.add(b);
                    }
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new ParameterValue(from, value, brackets, v.path("reference").asText(null),
                    Certainty.parse(v.path("certainty").asText("")));
        } catch (IllegalArgumentException ex) {
            errors.add(path, ex.getMessage());
            return null;
        }
    }

    private static SizeBracket bracket(String name, ParameterType type, JsonNode b, String path, Problems errors) {
        if (!b.isObject()) {
            errors.add(path, "a bracket must be an object with " + String.join(", ", BRACKET_FIELDS));
            return null;
        }
        int before = errors.size();
        unknownFields(b, BRACKET_FIELDS, path, errors);
        JsonNode m = b.get("minMembers");
        if (m == null || !m.isIntegralNumber() || !m.canConvertToInt()) {
            errors.add(path + ".minMembers", "required whole number of members, at least 1");
        }
        Object value = typed(name, type, b.get("value"), path, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            return new SizeBracket(m.intValue(), value);
        } catch (IllegalArgumentException ex) {
            errors.add(path, ex.getMessage());
            return null;
        }
    }

    /** The scalar {@code n}, with an error at {@code path} when it is not one or not of {@code type}. */
    private static Object typed(String name, ParameterType type, JsonNode n, String path, Problems errors) {
        Object value;
        try {
            value = scalar(n);
        } catch (IllegalArgumentException ex) {
            errors.add(path, ex.getMessage());
            return null;
        }
        if (value != null && type != null && !matches(type, value)) {
            errors.add(path, "parameter " + name + " is of type " + type + " but has the value " + value);
            return null;
        }
        return value;
    }

    private static boolean matches(ParameterType type, Object value) {
        return switch (type) {
            case NUMBER -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case TEXT -> value instanceof String;
        };
    }

    private static ParameterType type(JsonNode t) {
        if (t.isTextual()) {
            for (ParameterType type : ParameterType.values()) {
                if (type.name().equalsIgnoreCase(t.textValue())) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String lower(ParameterType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The name of the profile along {@code profile}'s chain whose own parameters define {@code parameter}. */
    private static String definedIn(Profile profile, String parameter) {
        Profile p = profile;
        while (p != null && !p.ownParameters().containsKey(parameter)) {
            p = p.parent().orElse(null);
        }
        return p == null ? profile.name() : p.name();
    }

    private static void unknownFields(JsonNode node, List<String> expected, String path, Problems errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!expected.contains(f)) {
                errors.add(path + "." + f, "unknown field (expected " + String.join(", ", expected) + ")");
            }
        }
    }

    private static Object scalar(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        throw new IllegalArgumentException("a value must be a number, boolean or string");
    }

    private static String text(JsonNode root, String field, String path, Problems errors) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            errors.add(path + "." + field, "required text");
            return "?";
        }
        return n.asText();
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s);
    }

    /** The problems found in one profile file, each at its JSONPath. */
    private static final class Problems {
        private final String file;
        private final List<ProfileException.Problem> list = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(String path, String message) {
            list.add(new ProfileException.Problem(file, path, message, null));
        }

        void addAll(List<ProfileException.Problem> problems) {
            list.addAll(problems);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size();
        }

        List<ProfileException.Problem> list() {
            return list;
        }
    }
}
