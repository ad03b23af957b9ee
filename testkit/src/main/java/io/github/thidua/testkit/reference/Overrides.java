package io.github.thidua.testkit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.law.AwardType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads the {@code "overrides"} a pack's {@code pack.json} declares; every mistake names the file and JSON path. */
final class Overrides {
    private static final Set<String> FIELDS = Set.of("award", "adds", "removes", "fromYear", "toYear", "basis");

    private Overrides() {
    }

    static List<ConditionOverride> read(Path manifest) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(manifest));
        } catch (IOException e) {
            throw new IllegalArgumentException(manifest + ": cannot read the pack manifest: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("overrides");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw bad(manifest, "$.overrides", "must be an array of {award, adds|removes, fromYear, toYear?, basis}");
        }
        List<ConditionOverride> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.overrides[" + i + "]";
            JsonNode o = list.get(i);
            if (!o.isObject()) {
                throw bad(manifest, at, "must be an object");
            }
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!FIELDS.contains(f)) {
                    throw bad(manifest, at + "." + f, "unknown field (expected " + FIELDS.stream().sorted().toList()
                            + ")");
                }
            }
            AwardType award = constant(AwardType.class, o, "award", manifest, at);
            boolean adds = o.has("adds");
            if (adds == o.has("removes")) {
                throw bad(manifest, at, "give exactly one of \"adds\" and \"removes\"");
            }
            Requirement r = constant(Requirement.class, o, adds ? "adds" : "removes", manifest, at);
            if (!o.path("fromYear").isInt()) {
                throw bad(manifest, at + ".fromYear", "must be an achievement year, e.g. 2025");
            }
            int to = Integer.MAX_VALUE;
            if (o.has("toYear")) {
                if (!o.get("toYear").isInt()) {
                    throw bad(manifest, at + ".toYear", "must be an achievement year");
                }
                to = o.get("toYear").intValue();
            }
            String basis = o.path("basis").asText("");
            try {
                out.add(new ConditionOverride(award, r, adds ? ConditionOverride.Change.ADDED
                        : ConditionOverride.Change.REMOVED, o.get("fromYear").intValue(), to, basis));
            } catch (IllegalArgumentException e) {
                throw bad(manifest, at, e.getMessage());
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode o, String field, Path manifest, String at) {
        String v = o.path(field).asText("");
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw bad(manifest, at + "." + field, "unknown value \"" + v + "\" (expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private static IllegalArgumentException bad(Path manifest, String path, String message) {
        return new IllegalArgumentException(manifest + ": " + path + ": " + message);
    }
}
