package io.github.thidua.examples.cli;

import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.json.ResultJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua consolidate FILE [--format table|json] [--lang vi|en] [--profile NAME|FILE] [--audit]}: reads a
 * province review (the provincial council consolidating its blocs' year-end reviews), runs the rules engine on
 * every bloc and applies the province-wide quotas (Government flags capped at a share of the bloc leaders), then
 * prints the result as a report ({@link ConsolidationTextWriter}) or the JSON result contract
 * ({@link ResultJson}).
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when the province or any bloc has a finding of severity ERROR.
 */
@Command(name = "consolidate",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Consolidate a province's blocs under the province-wide quotas (the provincial council's review).",
            "Hội đồng Thi đua - Khen thưởng tỉnh tổng hợp đề nghị của các khối, cụm theo tỷ lệ toàn tỉnh.",
            "For a bloc review file (kind bloc-review), use 'thidua review'."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Try / thử: thidua consolidate examples/scenarios/province-bac-ninh-2022.json",
            "Scenario format: docs/scenario-format.md"})
public final class ConsolidateCommand extends ScenarioCommand {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "A province review scenario (JSON); its bloc files are relative to it.")
    Path file;

    @Override
    Output evaluate() {
        checkFile(file, Scenarios.PROVINCE_REVIEW);
        String name = file.toString();
        ProvinceReview province;
        try {
            province = Scenarios.readProvinceReview(file);
        } catch (UncheckedIOException e) {
            throw BadInputException.of(new ScenarioError(name, "$",
                    "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null));
        }
        Profile override = profileOption();
        Profile resolved = override != null ? override
                : resolveProfile(province.profile(), file.toAbsolutePath().getParent(), name + ": $.profile");
        Engine engine = engine(override);
        ConsolidationResult result;
        try {
            result = override != null ? engine.consolidate(province) : engine.consolidate(province, resolved);
        } catch (IllegalArgumentException e) {
            // The engine's checks across blocs, e.g. a unit that is a member of two blocs of the province.
            throw BadInputException.of(new ScenarioError(name, "$.blocs",
                    "cannot consolidate / không tổng hợp được: " + e.getMessage(), null));
        }
        String text = format == OutputFormat.JSON
                ? ResultJson.write(result, audit)
                : new ConsolidationTextWriter(lang).write(province, resolved.name(), result, audit);
        return new Output(text, hasErrors(result) ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    /** Whether the province or any bloc has a finding of severity ERROR. */
    static boolean hasErrors(ConsolidationResult result) {
        return result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || result.blocs().stream().anyMatch(ReviewResult::hasErrors);
    }
}
