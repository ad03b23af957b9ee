package io.github.thidua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario schema KIND [--out FILE]}: prints or writes the JSON Schema (draft 2020-12) of a kind of
 * scenario, as bundled in thidua-core. Its {@code $id} is relative, so a scenario next to it can say
 * {@code "$schema": "bloc-review.schema.json"} and an editor resolves it (and the province schema's reference to
 * the bloc schema) from the files beside it.
 */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Write the JSON Schema of a kind of scenario, for editors that complete and check scenario files.",
            "Ghi JSON Schema của một loại tệp kịch bản để trình soạn thảo gợi ý và kiểm tra.",
            "Put it next to your scenario and start the scenario with \"$schema\": \"bloc-review.schema.json\"."
                    + " A province review's schema refers to bloc-review.schema.json beside it."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Example / ví dụ:",
            "  thidua scenario schema bloc-review --out bloc-review.schema.json"})
public final class ScenarioSchemaCommand implements Callable<Integer> {
    /** The kinds of scenario that have a schema. */
    enum Kind {
        BLOC_REVIEW("bloc-review"), PROVINCE_REVIEW("province-review"), UNIT_REVIEW("unit-review");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            description = "bloc-review, province-review or unit-review.")
    Kind kind;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the schema to FILE (replaced in one step) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return OutputFiles.emit(spec.commandLine(), out, schema(kind.id), ThiduaCli.OK);
    }

    /** The bundled schema of {@code kind} (e.g. {@code bloc-review}), as text. */
    static String schema(String kind) {
        String resource = "/io/github/thidua/core/schema/" + kind + ".schema.json";
        try (InputStream in = ScenarioSchemaCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code bloc-review} (and {@code BLOC_REVIEW}, any case) as a {@link Kind}. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind k : Kind.values()) {
                if (k.id.equalsIgnoreCase(value) || k.name().equalsIgnoreCase(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a kind of scenario"
                    + " (hint: " + Suggest.closest(value, java.util.List.of("bloc-review", "province-review",
                    "unit-review")).map(c -> "did you mean '" + c + "'? ").orElse("")
                    + "use bloc-review, province-review or unit-review)");
        }
    }
}
