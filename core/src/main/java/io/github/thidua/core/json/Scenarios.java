package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ProfileException;
import io.github.thidua.core.profile.Profiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes scenario files: a bloc review (one meeting of one emulation bloc) or a province review (the
 * provincial council consolidating several blocs), in the JSON format of {@code docs/scenario-format.md}.
 *
 * <p>Reading is strict and complete: every problem in a document is collected and thrown together in one
 * {@link ScenarioException}, each with the file, a JSONPath, a message and a hint; records are built only from a
 * document without problems. Text is normalised to NFC. Writing produces pretty-printed JSON in the documented
 * field order, and {@code read(write(x))} equals {@code x} for every review whose text is in NFC.
 *
 * <p>Parsing is bounded for untrusted input: files over 20 MB are refused before parsing, nesting is limited to
 * 64 levels, strings and numbers in length, duplicate keys and trailing content are errors, and no type
 * information in the document is ever acted upon. Callers reading untrusted text should use the
 * {@code String} overloads with a null base directory, so that the document cannot name files to read.
 *
 * <p>All methods are static, stateless and safe to call from several threads.
 */
public final class Scenarios {
    /** The {@code kind} of a bloc review document. */
    public static final String BLOC_REVIEW = Format.BLOC_REVIEW;
    /** The {@code kind} of a province review document. */
    public static final String PROVINCE_REVIEW = Format.PROVINCE_REVIEW;
    /** The {@code kind} of a unit review document (an agency's review of its people; read it with {@link UnitReviews}). */
    public static final String UNIT_REVIEW = UnitReviewFormat.UNIT_REVIEW;

    private Scenarios() {
    }

    /**
     * The profile a scenario names, resolved once: a bundled name, or a {@code .json} profile file relative to the
     * scenario's folder (never to the working directory). Problems come in the scenario error model: a profile that
     * cannot be located is an error at the reference ({@code file}, {@code path}); a profile file that is invalid
     * gives one error per problem, in that file at its JSONPath.
     *
     * @param reference the scenario's {@code profile} value
     * @param baseDir   the scenario's folder; null when the scenario has none (a request): only bundled names and
     *                  paths as given then
     * @param file      the scenario's name for errors
     * @param path      where the reference is in the scenario, e.g. {@code $.profile}
     * @return the profile
     * @throws ScenarioException when it cannot be located or read
     */
    public static Profile profile(String reference, Path baseDir, String file, String path) {
        try {
            return Profiles.resolve(reference, baseDir);
        } catch (ProfileException e) {
            throw new ScenarioException(errors(e, file, path,
                    "a bundled profile name, or a .json profile file relative to the scenario"));
        }
    }

    /**
     * A profile's problems as scenario errors: at the reference ({@code file}, {@code path}, {@code hint}) when the
     * profile could not be located, else each in its own profile file.
     *
     * @param e    the profile's problems
     * @param file the name of the document that refers to the profile
     * @param path where the reference is in that document
     * @param hint how to fix a reference that names no profile
     * @return the errors, in the profile's order
     */
    public static List<ScenarioError> errors(ProfileException e, String file, String path, String hint) {
        if (e.notLocated()) {
            ProfileException.Problem p = e.problems().get(0);
            return List.of(new ScenarioError(file, path, p.message(), hint));
        }
        return e.problems().stream()
                .map(p -> new ScenarioError(p.file() == null ? file : p.file(), p.path(), p.message(), p.hint()))
                .toList();
    }

    /**
     * Reads a bloc review file. A profile path in it is resolved relative to the file's directory.
     *
     * @param file the file, UTF-8 JSON
     * @return the review
     * @throws ScenarioException listing every problem found, including an unreadable or oversized file
     */
    public static BlocReview readBlocReview(Path file) {
        Objects.requireNonNull(file, "file");
        return readFile(file, (ctx, root) -> new BlocReviewReader(ctx, root, JsonPath.ROOT).read());
    }

    /**
     * Reads a bloc review from text.
     *
     * @param json     the document
     * @param fileName the name to put in errors, e.g. the file or request it came from
     * @param baseDir  the directory a profile path is relative to; null to skip checking that the profile file
     *                 exists
     * @return the review
     * @throws ScenarioException listing every problem found
     */
    public static BlocReview readBlocReview(String json, String fileName, Path baseDir) {
        Objects.requireNonNull(json, "json");
        return readText(json, fileName, baseDir, (ctx, root) -> new BlocReviewReader(ctx, root, JsonPath.ROOT).read());
    }

    /**
     * Reads a province review file. Its {@code blocs} are inline bloc reviews or {@code {"file": "rel.json"}}
     * references resolved relative to the province file; problems inside a referenced file are reported with
     * that file's name and paths into it.
     *
     * @param file the province review file, UTF-8 JSON
     * @return the review, with every bloc loaded
     * @throws ScenarioException listing every problem found in the province file and the bloc files
     */
    public static ProvinceReview readProvinceReview(Path file) {
        Objects.requireNonNull(file, "file");
        return readFile(file, (ctx, root) -> new ProvinceReviewReader(ctx, root).read());
    }

    /**
     * Reads a province review from text.
     *
     * @param json     the document
     * @param fileName the name to put in errors
     * @param baseDir  the directory bloc files and profile paths are relative to; null to refuse bloc file
     *                 references (safe for untrusted input) and skip checking that profile files exist
     * @return the review
     * @throws ScenarioException listing every problem found
     */
    public static ProvinceReview readProvinceReview(String json, String fileName, Path baseDir) {
        Objects.requireNonNull(json, "json");
        return readText(json, fileName, baseDir, (ctx, root) -> new ProvinceReviewReader(ctx, root).read());
    }

    /**
     * Tells which kind of scenario a file holds, from its {@code kind} field, without validating the rest: the
     * CLI uses it to choose between {@link #readBlocReview(Path)} and {@link #readProvinceReview(Path)}.
     *
     * @param file the file
     * @return {@link #BLOC_REVIEW}, {@link #PROVINCE_REVIEW} or {@link #UNIT_REVIEW}
     * @throws ScenarioException when the file cannot be read, is not JSON, or has no known {@code kind}
     */
    public static String kindOf(Path file) {
        Objects.requireNonNull(file, "file");
        return readFile(file, Scenarios::kind);
    }

    /**
     * Tells which kind of scenario a text holds.
     *
     * @param json     the document
     * @param fileName the name to put in errors
     * @return {@link #BLOC_REVIEW}, {@link #PROVINCE_REVIEW} or {@link #UNIT_REVIEW}
     * @throws ScenarioException when the text is not JSON or has no known {@code kind}
     */
    public static String kindOf(String json, String fileName) {
        Objects.requireNonNull(json, "json");
        return readText(json, fileName, null, Scenarios::kind);
    }

    /**
     * Writes a bloc review as pretty-printed JSON (two-space indent, a final newline), fields in the documented
     * order; null optional values are omitted.
     *
     * @param review the review
     * @return the document
     */
    public static String write(BlocReview review) {
        return ScenarioWriter.write(Objects.requireNonNull(review, "review"));
    }

    /**
     * Writes a province review as pretty-printed JSON with every bloc inline (file references are not kept).
     * A bloc's profile path, if it was relative to a bloc file in another directory, must be adjusted by the
     * caller.
     *
     * @param review the review
     * @return the document
     */
    public static String write(ProvinceReview review) {
        return ScenarioWriter.write(Objects.requireNonNull(review, "review"));
    }

    private static String kind(Context ctx, JsonNode root) {
        JsonNode kind = root.isObject() ? root.get("kind") : null;
        if (kind != null && kind.isTextual()
                && (kind.textValue().equals(BLOC_REVIEW) || kind.textValue().equals(PROVINCE_REVIEW)
                || kind.textValue().equals(UNIT_REVIEW))) {
            return kind.textValue();
        }
        String found = kind == null ? "no \"kind\"" : "kind " + Fields.describe(kind);
        String hint = kind != null && kind.isTextual()
                ? Suggestions.didYouMean(kind.textValue(), List.of(BLOC_REVIEW, PROVINCE_REVIEW, UNIT_REVIEW)) : "";
        ctx.error(root.isObject() && kind != null ? JsonPath.child(JsonPath.ROOT, "kind") : JsonPath.ROOT,
                "not a scenario: " + found,
                hint + "a scenario starts with \"kind\": \"" + BLOC_REVIEW + "\", \"" + PROVINCE_REVIEW + "\" or \""
                        + UNIT_REVIEW + "\"");
        return null;
    }

    private interface Step<T> {
        T read(Context ctx, JsonNode root);
    }

    private static <T> T readFile(Path file, Step<T> step) {
        Path base = file.toAbsolutePath().getParent();
        Context ctx = new Context(file.toString(), base, file.getParent(), new ArrayList<>());
        String text = Json.readFile(ctx, file);
        return finish(ctx, text == null ? null : Json.parse(ctx, text), step);
    }

    private static <T> T readText(String json, String fileName, Path baseDir, Step<T> step) {
        Path base = baseDir == null ? null : baseDir.toAbsolutePath();
        Context ctx = new Context(fileName == null ? "<input>" : fileName, base, baseDir, new ArrayList<>());
        return finish(ctx, Json.parse(ctx, json), step);
    }

    private static <T> T finish(Context ctx, JsonNode root, Step<T> step) {
        T result;
        try {
            result = root == null ? null : step.read(ctx, root);
        } catch (RuntimeException | StackOverflowError e) {
            // a check the reader did not anticipate: still an error of the document, never a crash
            ctx.error(JsonPath.ROOT, "the scenario cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Fields.abbreviate(e.getMessage())),
                    "check the values of the document against docs/scenario-format.md");
            result = null;
        }
        if (!ctx.errors().isEmpty()) {
            throw new ScenarioException(ctx.errors());
        }
        if (result == null) {
            // Every reader reports why it returns null; this guards against a reader that forgot to.
            throw new ScenarioException(List.of(new ScenarioError(ctx.file(), JsonPath.ROOT,
                    "the scenario could not be read", null)));
        }
        return result;
    }
}
