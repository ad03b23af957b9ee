package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (2020-12) validator for exactly the keywords our schema files use, so tests can check
 * the schemas against real documents without a validator library. It fails on any keyword it does not know,
 * so the schemas cannot silently outgrow it.
 */
final class MiniSchemaValidator {
    static final String RESOURCE_DIR = "/io/github/thidua/core/schema/";
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description",
            "$comment", "format", "default", "examples");

    private final Map<String, JsonNode> documents = new HashMap<>();

    /** Loads a schema file from the classpath schema folder. */
    JsonNode schema(String name) {
        return documents.computeIfAbsent(name, n -> {
            try (InputStream in = MiniSchemaValidator.class.getResourceAsStream(RESOURCE_DIR + n)) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema resource " + n);
                }
                return TestDocs.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The violations of {@code instance} against schema file {@code name}; empty when valid. */
    List<String> validate(String name, JsonNode instance) {
        List<String> errors = new ArrayList<>();
        validate(name, schema(name), instance, "$", errors);
        return errors;
    }

    private void validate(String doc, JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                errors.add(path + ": not allowed");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            keyword(doc, schema, e.getKey(), e.getValue(), v, path, errors);
        }
    }

    private void keyword(String doc, JsonNode schema, String key, JsonNode arg, JsonNode v, String path,
                         List<String> errors) {
        switch (key) {
            case "$ref" -> ref(doc, arg.textValue(), v, path, errors);
            case "type" -> {
                boolean ok = false;
                for (JsonNode t : arg.isArray() ? arg : List.of(arg)) {
                    ok |= hasType(v, t.textValue());
                }
                if (!ok) {
                    errors.add(path + ": expected type " + arg + ", found " + v.getNodeType());
                }
            }
            case "const" -> {
                if (!arg.equals(v)) {
                    errors.add(path + ": expected " + arg + ", found " + v);
                }
            }
            case "enum" -> {
                boolean found = false;
                for (JsonNode a : arg) {
                    found |= a.equals(v);
                }
                if (!found) {
                    errors.add(path + ": " + v + " not in " + arg);
                }
            }
            case "properties" -> {
                if (v.isObject()) {
                    arg.fields().forEachRemaining(p -> {
                        if (v.has(p.getKey())) {
                            validate(doc, p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), errors);
                        }
                    });
                }
            }
            case "required" -> {
                if (v.isObject()) {
                    arg.forEach(r -> {
                        if (!v.has(r.textValue())) {
                            errors.add(path + ": missing " + r.textValue());
                        }
                    });
                }
            }
            case "additionalProperties" -> {
                if (v.isObject()) {
                    JsonNode props = schema.path("properties");
                    v.fieldNames().forEachRemaining(n -> {
                        if (!props.has(n)) {
                            validate(doc, arg, v.get(n), path + "." + n, errors);
                        }
                    });
                }
            }
            case "items" -> {
                if (v.isArray()) {
                    for (int i = 0; i < v.size(); i++) {
                        validate(doc, arg, v.get(i), path + "[" + i + "]", errors);
                    }
                }
            }
            case "minItems" -> {
                if (v.isArray() && v.size() < arg.intValue()) {
                    errors.add(path + ": fewer than " + arg + " items");
                }
            }
            case "minimum" -> {
                if (v.isNumber() && v.decimalValue().compareTo(arg.decimalValue()) < 0) {
                    errors.add(path + ": " + v + " < " + arg);
                }
            }
            case "maximum" -> {
                if (v.isNumber() && v.decimalValue().compareTo(arg.decimalValue()) > 0) {
                    errors.add(path + ": " + v + " > " + arg);
                }
            }
            case "exclusiveMinimum" -> {
                if (v.isNumber() && v.decimalValue().compareTo(arg.decimalValue()) <= 0) {
                    errors.add(path + ": " + v + " <= " + arg);
                }
            }
            case "minLength" -> {
                if (v.isTextual() && v.textValue().codePointCount(0, v.textValue().length()) < arg.intValue()) {
                    errors.add(path + ": shorter than " + arg);
                }
            }
            case "pattern" -> {
                if (v.isTextual() && !Pattern.compile(arg.textValue()).matcher(v.textValue()).find()) {
                    errors.add(path + ": '" + v.textValue() + "' does not match " + arg.textValue());
                }
            }
            case "allOf" -> arg.forEach(s -> validate(doc, s, v, path, errors));
            case "anyOf" -> {
                List<String> all = new ArrayList<>();
                boolean ok = false;
                for (JsonNode s : arg) {
                    List<String> sub = new ArrayList<>();
                    validate(doc, s, v, path, sub);
                    ok |= sub.isEmpty();
                    all.addAll(sub);
                }
                if (!ok) {
                    errors.add(path + ": matches none of anyOf: " + all);
                }
            }
            case "if" -> {
                List<String> sub = new ArrayList<>();
                validate(doc, arg, v, path, sub);
                JsonNode branch = sub.isEmpty() ? schema.get("then") : schema.get("else");
                if (branch != null) {
                    validate(doc, branch, v, path, errors);
                }
            }
            case "then", "else" -> {
                // Applied by "if".
            }
            case "not" -> {
                List<String> sub = new ArrayList<>();
                validate(doc, arg, v, path, sub);
                if (sub.isEmpty()) {
                    errors.add(path + ": matches a schema it must not match");
                }
            }
            case "contains" -> {
                if (v.isArray()) {
                    boolean any = false;
                    for (JsonNode item : v) {
                        List<String> sub = new ArrayList<>();
                        validate(doc, arg, item, path, sub);
                        any |= sub.isEmpty();
                    }
                    if (!any) {
                        errors.add(path + ": no item matches \"contains\"");
                    }
                }
            }
            default -> {
                if (!ANNOTATIONS.contains(key)) {
                    throw new IllegalStateException("MiniSchemaValidator does not support keyword " + key);
                }
            }
        }
    }

    private void ref(String doc, String ref, JsonNode v, String path, List<String> errors) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        String target = file.isEmpty() ? doc : file;
        JsonNode schema = schema(target).at(pointer);
        if (schema.isMissingNode()) {
            throw new IllegalStateException("unresolvable $ref " + ref + " in " + doc);
        }
        validate(target, schema, v, path, errors);
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber()
                    || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
