package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.UnitId;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A checked view of one JSON object: reports unknown fields on creation, then reads typed fields, reporting
 * missing or ill-typed values to the {@link Context} and returning null for them so that reading goes on.
 */
final class Fields {
    static final String UNIT_ID_HINT = "ids start with a letter or digit and contain only letters, digits, '-', '_'"
            + " or '.' (at most 100 characters), e.g. \"hoi-vhnt\"";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // Scores and maxima are small decimals; refusing extreme scales keeps BigDecimal arithmetic and printing cheap.
    private static final int MAX_DECIMAL_SCALE = 20;
    private static final int MAX_DECIMAL_PRECISION = 34;

    private final Context ctx;
    private final JsonNode node;
    private final String path;
    private final String what;

    private Fields(Context ctx, JsonNode node, String path, String what) {
        this.ctx = ctx;
        this.node = node;
        this.path = path;
        this.what = what;
    }

    /** A view of {@code node}, or null (after reporting) when it is not an object. */
    static Fields of(Context ctx, JsonNode node, String path, String what, List<String> allowed) {
        if (node == null || !node.isObject()) {
            ctx.error(path, what + " must be a JSON object, found " + describe(node),
                    "write it as {...} with the fields " + String.join(", ", allowed));
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                ctx.error(JsonPath.child(path, name), "unknown field '" + name + "' in " + what,
                        Suggestions.didYouMean(name, allowed) + "allowed fields: " + String.join(", ", allowed));
            }
        }
        return new Fields(ctx, node, path, what);
    }

    String path() {
        return path;
    }

    /** The path of field {@code name} of this object. */
    String at(String name) {
        return JsonPath.child(path, name);
    }

    /** Whether the field is present and not null (null counts as absent for optional fields). */
    boolean has(String name) {
        return value(name) != null;
    }

    JsonNode value(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private boolean absent(String name, boolean required, String type) {
        if (has(name)) {
            return false;
        }
        if (required) {
            String found = node.has(name) ? " (it is null)" : "";
            ctx.error(path, "missing required field '" + name + "' in " + what + found,
                    "add \"" + name + "\": " + type);
        }
        return true;
    }

    String string(String name, boolean required) {
        if (absent(name, required, "<text>")) {
            return null;
        }
        String s = text(ctx, value(name), at(name), name);
        if (s != null && required && s.isBlank()) {
            ctx.error(at(name), "'" + name + "' must not be blank", "write a non-empty text");
            return null;
        }
        return s;
    }

    Integer integer(String name, boolean required) {
        return absent(name, required, "<integer>") ? null : integer(ctx, value(name), at(name), name);
    }

    /** An integer field that must lie in {@code min..max}; out-of-range values are reported and returned as null. */
    Integer integer(String name, boolean required, int min, int max, String hint) {
        Integer v = integer(name, required);
        if (v != null && (v < min || v > max)) {
            ctx.error(at(name), "'" + name + "' " + v + " is out of range " + min + ".." + max, hint);
            return null;
        }
        return v;
    }

    Boolean bool(String name, boolean required) {
        if (absent(name, required, "true or false")) {
            return null;
        }
        JsonNode v = value(name);
        if (!v.isBoolean()) {
            typeError(ctx, at(name), name, "a boolean (true or false)", v);
            return null;
        }
        return v.booleanValue();
    }

    /** An optional boolean field; false when absent or ill-typed (the latter is reported). */
    boolean flag(String name) {
        Boolean b = bool(name, false);
        return b != null && b;
    }

    BigDecimal decimal(String name, boolean required) {
        return absent(name, required, "<number>") ? null : decimal(ctx, value(name), at(name), name);
    }

    LocalDate date(String name, boolean required) {
        return absent(name, required, "\"YYYY-MM-DD\"") ? null : date(ctx, value(name), at(name), name);
    }

    <E extends Enum<E>> E enumValue(String name, boolean required, Class<E> type, String label) {
        if (absent(name, required, "one of " + names(type))) {
            return null;
        }
        return enumValue(ctx, value(name), at(name), name, type, label);
    }

    /** A unit id field: checks its form only (membership is the caller's business). */
    String unitId(String name, boolean required) {
        return absent(name, required, "<unit id>") ? null : unitId(ctx, value(name), at(name), name);
    }

    /** The elements of an array field, or null when absent or not an array. */
    List<JsonNode> array(String name, boolean required) {
        if (absent(name, required, "[...]")) {
            return null;
        }
        JsonNode v = value(name);
        if (!v.isArray()) {
            typeError(ctx, at(name), name, "an array", v);
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        v.forEach(elements::add);
        return elements;
    }

    Fields object(String name, boolean required, String label, List<String> allowed) {
        if (absent(name, required, "{...}")) {
            return null;
        }
        return of(ctx, value(name), at(name), label, allowed);
    }

    // ---- value-level readers, also used for array elements ----

    static String text(Context ctx, JsonNode v, String path, String name) {
        if (!v.isTextual()) {
            typeError(ctx, path, name, "a string", v);
            return null;
        }
        // NFC so that names typed on different keyboards compare equal; NFC input is returned unchanged.
        return Normalizer.normalize(v.textValue(), Normalizer.Form.NFC);
    }

    static Integer integer(Context ctx, JsonNode v, String path, String name) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            String expected = v.isIntegralNumber() ? "an integer small enough for a count or year" : "an integer";
            typeError(ctx, path, name, expected, v);
            return null;
        }
        return v.intValue();
    }

    static BigDecimal decimal(Context ctx, JsonNode v, String path, String name) {
        if (!v.isNumber()) {
            typeError(ctx, path, name, "a number", v);
            return null;
        }
        BigDecimal d;
        try {
            d = v.decimalValue();
        } catch (RuntimeException e) {
            // e.g. 1e-2147483648: an exponent no BigDecimal can hold
            ctx.error(path, "'" + name + "' " + abbreviate(v.asText()) + " is not a number that can be read",
                    "write a plain decimal such as 37.5 (at most " + MAX_DECIMAL_SCALE + " decimal places)");
            return null;
        }
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_SCALE || d.precision() > MAX_DECIMAL_PRECISION) {
            ctx.error(path, "'" + name + "' " + v.asText() + " has too many digits or too large an exponent",
                    "write a plain decimal such as 37.5 (at most " + MAX_DECIMAL_SCALE + " decimal places)");
            return null;
        }
        return d;
    }

    static LocalDate date(Context ctx, JsonNode v, String path, String name) {
        if (!v.isTextual()) {
            typeError(ctx, path, name, "a date string \"YYYY-MM-DD\"", v);
            return null;
        }
        String s = v.textValue();
        if (!DATE.matcher(s).matches()) {
            ctx.error(path, "invalid date '" + abbreviate(s) + "' in '" + name + "'",
                    "write dates as YYYY-MM-DD, e.g. \"2022-11-25\"");
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            ctx.error(path, "invalid date '" + s + "' in '" + name + "': no such day",
                    "check the day and month; dates are YYYY-MM-DD, e.g. \"2022-11-25\"");
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(Context ctx, JsonNode v, String path, String name, Class<E> type,
                                           String label) {
        if (!v.isTextual()) {
            typeError(ctx, path, name, "one of " + names(type), v);
            return null;
        }
        String s = v.textValue();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        ctx.error(path, "unknown " + label + " '" + abbreviate(s) + "'",
                Suggestions.didYouMean(s, names(type)) + "valid values: " + String.join(", ", names(type)));
        return null;
    }

    static String unitId(Context ctx, JsonNode v, String path, String name) {
        String s = text(ctx, v, path, name);
        if (s == null) {
            return null;
        }
        if (!UnitId.isValid(s)) {
            ctx.error(path, "invalid unit id '" + abbreviate(s) + "'", UNIT_ID_HINT);
            return null;
        }
        return s;
    }

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    static void typeError(Context ctx, String path, String name, String expected, JsonNode found) {
        String hint = "change the value to " + expected;
        if (found != null && found.isTextual() && expected.contains("integer")
                && found.textValue().matches("-?\\d{1,9}")) {
            hint = "write the number without quotes: " + found.textValue();
        } else if (found != null && found.isTextual() && expected.startsWith("a number")
                && found.textValue().matches("-?\\d+(\\.\\d+)?")) {
            hint = "write the number without quotes: " + found.textValue();
        } else if (found != null && found.isTextual() && expected.startsWith("a boolean")
                && found.textValue().matches("true|false")) {
            hint = "write " + found.textValue() + " without quotes";
        }
        ctx.error(path, "'" + name + "' must be " + expected + ", found " + describe(found), hint);
    }

    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "string \"" + abbreviate(v.textValue()) + "\"";
        }
        if (v.isNumber()) {
            return "number " + abbreviate(v.asText());
        }
        if (v.isBoolean()) {
            return "boolean " + v.asText();
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.isObject() ? "an object" : v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
