package io.github.thidua.examples.cli;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.CouncilAppraisal;
import io.github.thidua.rules.engine.Appraiser;
import io.github.thidua.rules.engine.CouncilAppraiser;
import java.util.ArrayList;
import java.util.List;
import io.github.thidua.examples.cli.render.ConsolidationHtmlWriter;
import io.github.thidua.examples.cli.render.ConsolidationTextWriter;
import io.github.thidua.examples.cli.render.DocxWriter;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.json.ResultJson;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua consolidate FILE [--format table|json|html] [--lang vi|en] [--profile NAME|FILE] [--audit]
 * [--rules DIR] [--out FILE]}: reads a province review (the provincial council consolidating its blocs' year-end
 * reviews), runs the rules engine on every bloc and applies the province-wide quotas (Government flags capped at a
 * share of the bloc leaders), then prints the result as a report ({@link ConsolidationTextWriter}), the JSON
 * result contract ({@link ResultJson}) or a self-contained HTML report ({@link ConsolidationHtmlWriter}).
 *
 * <p>While it works, it shows its progress on stderr when stderr is a terminal ({@link Progress}).
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when the province or any bloc has a finding of severity ERROR.
 */
@Command(name = "consolidate",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Consolidate a province's blocs under the province-wide quotas (the provincial council's review).",
            "Hội đồng Thi đua - Khen thưởng tỉnh tổng hợp đề nghị của các khối, cụm theo tỷ lệ toàn tỉnh.",
            "For a bloc review file (kind bloc-review), use 'thidua review'.",
            "Shows its progress on stderr when it is a terminal."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Try / thử: thidua consolidate examples/scenarios/province-bac-ninh-2022.json",
            "           thidua consolidate examples/scenarios/province-bac-ninh-2022.json --format html --out p.html",
            "Scenario format: docs/scenario-format.md"})
public final class ConsolidateCommand extends ScenarioCommand {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "A province review scenario (JSON); its bloc files are relative to it.")
    Path file;

    @Option(names = "--details",
            description = "Add every decision (unit and award) with its outcome and reason to the table or HTML report.")
    boolean details;

    @Override
    Output evaluate() {
        if (format == OutputFormat.DOCX) {
            requireOutFile();
        }
        ProvinceRun run = consolidateProvince(file);
        ConsolidationResult result = run.result();
        if (format == OutputFormat.DOCX) {
            return new Output(null, hasErrors(result) ? ThiduaCli.FAILURES : ThiduaCli.OK,
                    new DocxWriter().submission(run.province(), result, council(run)));
        }
        CouncilAppraisal council = council(run);
        String text = switch (format) {
            case JSON -> ResultJson.write(council, audit);
            case HTML -> new ConsolidationHtmlWriter(lang).write(run.province(), run.profile().name(), result, audit, details,
                    council);
            case TABLE -> new ConsolidationTextWriter(lang).write(run.province(), run.profile().name(), result, audit, details)
                    + new io.github.thidua.examples.cli.render.AppraisalText(lang).council(council);
            case DOCX -> throw new IllegalStateException("handled above");
        };
        return new Output(text, hasErrors(result) ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    /**
     * The province in its mode: each bloc's recorded decisions appraised (under the profile its consolidation used:
     * the bloc's own, or the one given with --profile), then the council's ballots, or the suggestion labelled.
     */
    private CouncilAppraisal council(ProvinceRun run) {
        return council(run, profileOption());
    }

    /** {@link #council(ProvinceRun)} with the --profile option given (null: none). */
    static CouncilAppraisal council(ProvinceRun run, Profile override) {
        List<Appraisal> blocs = new ArrayList<>();
        for (int i = 0; i < run.province().blocs().size(); i++) {
            BlocReview b = run.province().blocs().get(i);
            Profile p = blocProfile(b, run, override);
            // the bloc's own review (before the council), as Engine.appraise(ProvinceReview) takes it
            blocs.add(Appraiser.appraise(b, run.engine().review(b, p), p));
        }
        return CouncilAppraiser.appraise(run.province(), run.result(), blocs, run.profile());
    }

    /** The profile a bloc was reviewed under: --profile, else the bundled profile it names, else the province's. */
    private static Profile blocProfile(BlocReview b, ProvinceRun run, Profile override) {
        if (override != null || b.profile() == null || b.profile().endsWith(".json")) {
            return override != null ? override : run.profile();
        }
        try {
            return io.github.thidua.core.profile.Profiles.resolve(b.profile(), null);
        } catch (RuntimeException e) {
            return run.profile();
        }
    }

    /** Whether the province or any bloc has a finding of severity ERROR. */
    static boolean hasErrors(ConsolidationResult result) {
        return result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || result.blocs().stream().anyMatch(ReviewResult::hasErrors);
    }
}
