package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.people.UnitReview;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes unit review documents ({@code "kind": "unit-review"}): an agency's year-end review of its
 * people, in the JSON format of {@code docs/scenario-format.md} (schema {@code unit-review.schema.json}).
 *
 * <p>Reading is strict and complete, with the same guarantees as {@link Scenarios}: every problem is reported
 * together in one {@link ScenarioException} (file, JSONPath, message, hint), parsing is bounded, text is NFC, and
 * {@code read(write(x))} equals {@code x}. Stateless and thread-safe.
 */
public final class UnitReviews {
    /** The {@code kind} of a unit review document. */
    public static final String UNIT_REVIEW = UnitReviewFormat.UNIT_REVIEW;

    private UnitReviews() {
    }

    /**
     * Reads a unit review file; a profile path in it is relative to the file's directory.
     *
     * @param file the file, UTF-8 JSON
     * @return the review
     * @throws ScenarioException listing every problem found
     */
    public static UnitReview read(Path file) {
        Objects.requireNonNull(file, "file");
        Context ctx = new Context(file.toString(), file.toAbsolutePath().getParent(), file.getParent(),
                new ArrayList<>());
        String text = Json.readFile(ctx, file);
        return finish(ctx, text == null ? null : Json.parse(ctx, text));
    }

    /**
     * Reads a unit review from text.
     *
     * @param json     the document
     * @param fileName the name to put in errors
     * @param baseDir  the directory a profile path is relative to; null to skip checking profile files
     * @return the review
     * @throws ScenarioException listing every problem found
     */
    public static UnitReview read(String json, String fileName, Path baseDir) {
        Objects.requireNonNull(json, "json");
        Context ctx = new Context(fileName == null ? "<input>" : fileName,
                baseDir == null ? null : baseDir.toAbsolutePath(), baseDir, new ArrayList<>());
        return finish(ctx, Json.parse(ctx, json));
    }

    /**
     * Whether a document (already known to be JSON text) declares {@code "kind": "unit-review"}; a cheap check
     * for tools that accept several kinds of scenario.
     */
    public static boolean isUnitReview(String json) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            JsonNode kind = root == null ? null : root.get("kind");
            return kind != null && kind.isTextual() && kind.textValue().equals(UNIT_REVIEW);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Writes a unit review as pretty-printed JSON, fields in the documented order.
     *
     * @param review the review
     * @return the document
     */
    public static String write(UnitReview review) {
        return UnitReviewWriter.write(Objects.requireNonNull(review, "review"));
    }

    private static UnitReview finish(Context ctx, JsonNode root) {
        UnitReview result = root == null ? null : new UnitReviewReader(ctx, root, JsonPath.ROOT).read();
        if (!ctx.errors().isEmpty()) {
            throw new ScenarioException(ctx.errors());
        }
        if (result == null) {
            throw new ScenarioException(List.of(new ScenarioError(ctx.file(), JsonPath.ROOT,
                    "the unit review could not be read", null)));
        }
        return result;
    }
}
