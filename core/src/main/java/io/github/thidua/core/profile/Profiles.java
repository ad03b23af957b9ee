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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads parameter profiles: the bundled ones ({@code national}, {@code bac-ninh}, …) from the classpath, or a
 * profile file of the host's. A profile's {@code extends} names a bundled profile or a sibling file.
 */
public final class Profiles {
    /** Name of the national baseline profile. */
    public static final String NATIONAL = "national";
    /** The bundled profiles. */
    public static final Set<String> BUNDLED = Set.of("national", "bac-ninh", "yen-bai", "bac-kan");

    private static final String RESOURCE_DIR = "/io/github/thidua/core/profiles/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

    private Profiles() {
    }

    /** A bundled profile by name; fails naming the bundled profiles when unknown. */
    public static Profile bundled(String name) {
        Profile cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null || !BUNDLED.contains(name)) {
                throw new IllegalArgumentException("unknown profile '" + name + "'; bundled profiles: "
                        + new java.util.TreeSet<>(BUNDLED) + ", or give a profile file path");
            }
            Profile p = parse(MAPPER.readTree(in), "classpath:" + resource, null);
            CACHE.putIfAbsent(name, p);
            return CACHE.get(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled profile " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A profile from a JSON file; its {@code extends} may name a bundled profile or a file beside it. */
    public static Profile fromFile(Path file) {
        try {
            return parse(MAPPER.readTree(Files.readString(file)), file.toString(), file.toAbsolutePath().getParent());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A bundled profile by name, or a profile file when {@code nameOrPath} ends with ".json". */
    public static Profile resolve(String nameOrPath, Path baseDir) {
        if (nameOrPath.endsWith(".json")) {
            Path p = baseDir == null ? Path.of(nameOrPath) : baseDir.resolve(nameOrPath);
            return fromFile(p);
        }
        return bundled(nameOrPath);
    }

    private static Profile parse(JsonNode root, String source, Path dir) {
        List<String> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new IllegalArgumentException(source + ": $: a profile must be a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("name", "description", "extends", "parameters").contains(f)) {
                errors.add("$." + f + ": unknown field (expected name, description, extends, parameters)");
            }
        }
        String name = text(root, "name", "$", errors);
        String description = root.path("description").asText("");
        Profile parent = null;
        JsonNode ext = root.get("extends");
        if (ext != null && !ext.isNull()) {
            String e = ext.asText();
            try {
                parent = e.endsWith(".json") && dir != null ? fromFile(dir.resolve(e)) : bundled(e);
            } catch (IllegalArgumentException ex) {
                errors.add("$.extends: " + ex.getMessage());
            }
        }
        Map<String, Parameter> params = new LinkedHashMap<>();
        JsonNode ps = root.get("parameters");
        if (ps == null || !ps.isObject()) {
            errors.add("$.parameters: required object of parameters");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.parameters['" + e.getKey() + "']";
                try {
                    params.put(e.getKey(), parameter(e.getKey(), e.getValue(), path, parent, errors));
                } catch (IllegalArgumentException ex) {
                    errors.add(path + ": " + ex.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(source + ": invalid profile:\n  " + String.join("\n  ", errors));
        }
        return new Profile(name, description, parent, params);
    }

    private static Parameter parameter(String name, JsonNode node, String path, Profile parent, List<String> errors) {
        ParameterType type;
        String description;
        if (node.has("type")) {
            type = ParameterType.valueOf(node.get("type").asText().toUpperCase(java.util.Locale.ROOT));
        } else if (parent != null && parent.definition(name).isPresent()) {
            type = parent.definition(name).get().type();
        } else {
            throw new IllegalArgumentException("'type' is required (number, boolean or text) for a parameter the parent does not define");
        }
        if (node.has("description")) {
            description = node.get("description").asText();
        } else if (parent != null && parent.definition(name).isPresent()) {
            description = parent.definition(name).get().description();
        } else {
            throw new IllegalArgumentException("'description' is required for a parameter the parent does not define");
        }
        List<ParameterValue> values = new ArrayList<>();
        JsonNode vs = node.get("values");
        if (vs == null || !vs.isArray()) {
            throw new IllegalArgumentException("'values' must be an array of dated values");
        }
        for (int i = 0; i < vs.size(); i++) {
            JsonNode v = vs.get(i);
            String vp = path + ".values[" + i + "]";
            try {
                LocalDate from = LocalDate.parse(v.path("validFrom").asText());
                List<SizeBracket> brackets = new ArrayList<>();
                if (v.has("bySize")) {
                    for (JsonNode b : v.get("bySize")) {
                        brackets.add(new SizeBracket(b.path("minMembers").asInt(0), scalar(b.get("value"))));
                    }
                }
                values.add(new ParameterValue(from, v.has("value") ? scalar(v.get("value")) : null, brackets,
                        v.path("reference").asText(null), Certainty.parse(v.path("certainty").asText(""))));
            } catch (DateTimeParseException ex) {
                errors.add(vp + ".validFrom: expected a date like 2024-01-01");
            } catch (IllegalArgumentException ex) {
                errors.add(vp + ": " + ex.getMessage());
            }
        }
        return new Parameter(name, description, type, values);
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

    private static String text(JsonNode root, String field, String path, List<String> errors) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            errors.add(path + "." + field + ": required text");
            return "?";
        }
        return n.asText();
    }

    static BigDecimal number(String s) {
        return new BigDecimal(s);
    }
}
