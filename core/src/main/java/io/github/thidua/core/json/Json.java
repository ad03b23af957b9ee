package io.github.thidua.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one Jackson configuration used for scenarios. Scenario files come from users (and, embedded in a server,
 * from strangers), so parsing is bounded and strict: no polymorphic typing (only trees are read), limits on
 * size, nesting, string and number length, duplicate keys and trailing content are errors, and decimals keep
 * the exact digits written (37.50 stays 37.50).
 */
final class Json {
    /** Files larger than this are refused before parsing. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1_000;

    static final ObjectMapper MAPPER = mapper();
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private Json() {
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** The file's text, or null after reporting why it cannot be read (missing, too large, not UTF-8). */
    static String readFile(Context ctx, Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // devices (/dev/zero), FIFOs and directories: never read, they may not end or may block
                ctx.error(JsonPath.ROOT, "not a regular file", "give the path of a scenario file");
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                ctx.error(JsonPath.ROOT, "file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES
                        + " bytes (20 MB)", "split the province review into bloc files referenced by {\"file\": ...}");
                return null;
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                // at most one byte over the limit, whatever the file grew to since its size was read
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                ctx.error(JsonPath.ROOT, "file is more than the limit of " + MAX_FILE_BYTES + " bytes (20 MB)",
                        "split the province review into bloc files referenced by {\"file\": ...}");
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            ctx.error(JsonPath.ROOT, "file not found", "check the path and the working directory");
        } catch (MalformedInputException e) {
            ctx.error(JsonPath.ROOT, "file is not valid UTF-8", "save the file with UTF-8 encoding");
        } catch (CharacterCodingException e) {
            ctx.error(JsonPath.ROOT, "file is not valid UTF-8: " + e.getMessage(), "save the file with UTF-8 encoding");
        } catch (IOException e) {
            ctx.error(JsonPath.ROOT, "cannot read file: " + e, "check that the path names a readable file");
        }
        return null;
    }

    /** The document's tree, or null after reporting why it is not well-formed JSON (with line and column). */
    static JsonNode parse(Context ctx, String text) {
        if (text.length() > MAX_FILE_BYTES) {
            ctx.error(JsonPath.ROOT, "document is longer than the limit of " + MAX_FILE_BYTES + " characters",
                    "split the province review into bloc files referenced by {\"file\": ...}");
            return null;
        }
        // A byte order mark is legal in UTF-8 files but is not JSON.
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                ctx.error(JsonPath.ROOT, "the document is empty", "a scenario is a JSON object {\"kind\": ...}");
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            ctx.error(pathOf(e), "document exceeds a safety limit" + where(e.getLocation()) + ": "
                            + e.getOriginalMessage(),
                    "scenarios are limited to nesting depth " + MAX_NESTING_DEPTH + ", strings of " + MAX_STRING_LENGTH
                            + " characters and numbers of " + MAX_NUMBER_LENGTH + " digits");
        } catch (MismatchedInputException e) {
            // FAIL_ON_TRAILING_TOKENS reports content after the root value this way.
            ctx.error(JsonPath.ROOT, "unexpected content after the end of the JSON document" + where(e.getLocation()),
                    "a scenario file holds exactly one JSON object; remove what follows its closing '}'");
        } catch (RuntimeException e) {
            // Jackson lets some number conversions escape (e.g. an exponent beyond int range)
            ctx.error(JsonPath.ROOT, "the document cannot be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())),
                    "check the numbers in the document: write plain decimals such as 37.5");
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage();
            String hint = original != null && original.startsWith("Duplicate field")
                    ? "each field may appear only once in an object; remove or rename the duplicate"
                    : "check for a missing or extra comma, quote, colon or bracket near this position";
            ctx.error(pathOf(e), "malformed JSON" + where(e.getLocation()) + ": " + firstLine(original), hint);
        }
        return null;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String pathOf(JsonProcessingException e) {
        Object processor = e instanceof StreamReadException ? ((StreamReadException) e).getProcessor() : null;
        if (processor instanceof JsonParser) {
            try {
                return JsonPath.of(((JsonParser) processor).getParsingContext());
            } catch (RuntimeException ignored) {
                // The path is a convenience; the line and column are in the message anyway.
            }
        }
        return JsonPath.ROOT;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
