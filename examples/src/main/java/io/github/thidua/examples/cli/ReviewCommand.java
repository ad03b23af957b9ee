package io.github.thidua.examples.cli;

import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.examples.cli.render.DocxWriter;
import io.github.thidua.examples.cli.render.ReviewHtmlWriter;
import io.github.thidua.examples.cli.render.ReviewTextWriter;
import io.github.thidua.examples.cli.render.UnitReviewReport;
import io.github.thidua.rules.json.ResultJson;
import io.github.thidua.rules.people.UnitReviewEngine;
import io.github.thidua.rules.people.UnitReviewJson;
import io.github.thidua.rules.people.UnitReviewResult;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua review [FILE] [--format table|json|html] [--lang vi|en] [--profile NAME|FILE] [--audit]
 * [--rules DIR] [--out FILE]}: reads a bloc review scenario (the bundled default when no FILE is given), resolves
 * its parameter profile, runs the rules engine and prints the result: the ranking, the award decisions with their
 * reasons, next year's head and deputy, findings and warnings ({@link ReviewTextWriter}), the JSON result contract
 * ({@link ResultJson}), or a self-contained HTML report ({@link ReviewHtmlWriter}).
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when the result has a finding of severity ERROR (e.g. a member that
 * did not sign the pact); the result is printed in full all the same.
 */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Review an emulation bloc from a scenario file: ranking, award decisions with reasons, next year's head.",
            "Xét một khối, cụm thi đua từ tệp kịch bản (JSON) hoặc sổ điểm Excel (.xlsx): xếp hạng, đề nghị khen"
                    + " thưởng, Trưởng khối năm sau.",
            "Without FILE, reviews the bundled scenario " + ReviewCommand.DEFAULT_SCENARIO + ".",
            "For a province review file (kind province-review), use 'thidua consolidate'.",
            "A unit review file (kind unit-review: an agency's review of its people) gives each person's titles.",
            "Tệp bình xét cá nhân (kind unit-review) cho kết quả danh hiệu của từng cá nhân."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Examples / ví dụ:",
            "  thidua review --format html --out report.html",
            "  thidua review my-bloc.json --lang en --format json",
            "  thidua review so-diem.xlsx",
            "Scenario format: docs/scenario-format.md"})
public final class ReviewCommand extends ScenarioCommand {
    /** The bundled scenario reviewed when no FILE is given. */
    public static final String DEFAULT_SCENARIO = "000-bac-ninh-2022-social-organisations.json";
    /** Where the bundled scenarios are on the classpath (copied from {@code examples/scenarios}). */
    public static final String SCENARIO_RESOURCES = "/io/github/thidua/examples/scenarios/";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A bloc review scenario (JSON) or scoring workbook (.xlsx, see 'thidua scenario init'),"
                    + " or a unit review (JSON). Default: the bundled " + DEFAULT_SCENARIO + ".")
    Path file;

    @Option(names = "--details",
            description = "Add every decision (unit and award) with its outcome and reason to the table or HTML report.")
    boolean details;

    @Override
    Output evaluate() {
        if (file != null && isUnitReview(file)) {
            return reviewUnit(file);
        }
        if (format == OutputFormat.DOCX) {
            requireOutFile();
        }
        BlocRun run = reviewBloc(file);
        if (format == OutputFormat.DOCX) {
            return new Output(null, run.result().hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK,
                    new DocxWriter().minutes(run.review(), run.result(), io.github.thidua.rules.engine.Appraiser
                            .appraise(run.review(), run.result(), run.profile())));
        }
        // the review in its mode: the bloc's recorded decisions appraised, or the suggestion labelled as such
        io.github.thidua.rules.Appraisal appraisal = io.github.thidua.rules.engine.Appraiser.appraise(run.review(),
                run.result(), run.profile());
        String text = switch (format) {
            case JSON -> ResultJson.write(appraisal, audit);
            case HTML -> new ReviewHtmlWriter(lang).write(run.review(), run.result(), audit, details, appraisal);
            case TABLE -> new ReviewTextWriter(lang).write(run.review(), run.result(), audit, details)
                    + new io.github.thidua.examples.cli.render.AppraisalText(lang).bloc(appraisal);
            case DOCX -> throw new IllegalStateException("handled above");
        };
        return new Output(text, run.result().hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    /** Whether FILE declares {@code "kind": "unit-review"} (an unreadable file is left to the bloc path's errors). */
    private static boolean isUnitReview(Path file) {
        try {
            return Files.isRegularFile(file) && Scenarios.UNIT_REVIEW.equals(Scenarios.kindOf(file));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Output reviewUnit(Path file) {
        UnitReview review = UnitReviews.read(file);
        Profile override = profileOption();
        Profile resolved = override != null ? override
                : resolveProfile(review.profile(), file.toAbsolutePath().getParent(), file.toString(), "$.profile");
        UnitReviewResult result = new UnitReviewEngine(engine(override)).review(review, resolved);
        UnitReviewReport report = new UnitReviewReport(lang);
        String text = switch (format) {
            case JSON -> UnitReviewJson.write(result, audit);
            case HTML -> report.html(review, result, audit);
            case TABLE -> report.text(review, result, audit);
            case DOCX -> throw new BadInputException(java.util.List.of("--format: 'docx' is not available for a unit"
                    + " review (hint: use table, json or html)"));
        };
        return new Output(text, result.hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }
}
