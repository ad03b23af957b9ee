package io.github.thidua.examples.cli;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.rank.Ranker;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua review [FILE] [--format table|json] [--lang vi|en] [--profile NAME|FILE] [--audit]}: reads a bloc
 * review scenario (the bundled default when no FILE is given), resolves its parameter profile, runs the rules
 * engine and prints the result: the ranking, the award decisions with their reasons, next year's head and deputy,
 * findings and warnings ({@link ReviewTextWriter}), or the JSON result contract ({@link ResultJson}).
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when the result has a finding of severity ERROR (e.g. a member that
 * did not sign the pact); the result is printed in full all the same.
 */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Review an emulation bloc from a scenario file: ranking, award decisions with reasons, next year's head.",
            "Xét một khối, cụm thi đua từ tệp kịch bản (JSON): xếp hạng, đề nghị khen thưởng, Trưởng khối năm sau.",
            "Without FILE, reviews the bundled scenario " + ReviewCommand.DEFAULT_SCENARIO + ".",
            "For a province review file (kind province-review), use 'thidua consolidate'."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Scenario format: docs/scenario-format.md"})
public final class ReviewCommand extends ScenarioCommand {
    /** The bundled scenario reviewed when no FILE is given. */
    public static final String DEFAULT_SCENARIO = "000-bac-ninh-2022-social-organisations.json";
    /** Where the bundled scenarios are on the classpath (copied from {@code examples/scenarios}). */
    public static final String SCENARIO_RESOURCES = "/io/github/thidua/examples/scenarios/";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A bloc review scenario (JSON). Default: the bundled " + DEFAULT_SCENARIO + ".")
    Path file;

    @Override
    Output evaluate() {
        Source source = file == null ? bundledDefault() : Source.of(file);
        BlocReview review = read(source);
        Profile override = profileOption();
        Profile resolved = override != null ? override
                : resolveProfile(review.profile(), source.baseDir(), source.name() + ": $.profile");
        checkRankable(source, review, resolved);
        Engine engine = engine(override);
        ReviewResult result = override != null ? engine.review(review) : engine.review(review, resolved);
        String text = format == OutputFormat.JSON
                ? ResultJson.write(result, audit)
                : new ReviewTextWriter(lang).write(review, result, audit);
        return new Output(text, result.hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    private static BlocReview read(Source source) {
        try {
            return source.path() != null
                    ? Scenarios.readBlocReview(source.path())
                    : Scenarios.readBlocReview(source.json(), source.name(), null);
        } catch (UncheckedIOException e) {
            throw BadInputException.of(new ScenarioError(source.name(), "$",
                    "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null));
        }
    }

    /**
     * Ranks the bloc once before the engine does, so that a profile whose ranking parameters do not fit the bloc
     * is reported as bad input with a hint rather than as an internal error.
     */
    private static void checkRankable(Source source, BlocReview review, Profile resolved) {
        if (review.scorecards().isEmpty()) {
            return;
        }
        try {
            Ranker.rank(review, resolved);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of(new ScenarioError(source.name(), "$",
                    "cannot rank the bloc with profile '" + resolved.name() + "' / không xếp hạng được: "
                            + e.getMessage(), "check the profile's ranking.* parameters"));
        }
    }

    private static Source bundledDefault() {
        String resource = SCENARIO_RESOURCES + DEFAULT_SCENARIO;
        try (InputStream in = ReviewCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled scenario " + resource + " is missing from the classpath");
            }
            return new Source(DEFAULT_SCENARIO, null, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled scenario " + resource, e);
        }
    }

    /**
     * Where the scenario comes from: a file on disk ({@code path}, {@code baseDir}) or a classpath resource
     * ({@code json}).
     */
    private record Source(String name, Path path, String json, Path baseDir) {
        static Source of(Path file) {
            checkFile(file, Scenarios.BLOC_REVIEW);
            return new Source(file.toString(), file, null, file.toAbsolutePath().getParent());
        }
    }
}
