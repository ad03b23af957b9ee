package io.github.thidua.examples.cli;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.examples.xlsx.ScenarioWorkbooks;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario convert FILE --out FILE}: a bloc review from JSON to a workbook (.xlsx) or back. The input
 * is read with all its checks first; nothing is written when it is invalid. JSON → XLSX → JSON gives the review
 * back unchanged (the JSON is written in the documented field order).
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Convert a bloc review between JSON and an Excel workbook (.xlsx), in either direction.",
            "Chuyển tệp xét của một khối giữa JSON và Excel (.xlsx), theo cả hai chiều.",
            "The direction follows the file names: .json to .xlsx, or .xlsx to .json."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Examples / ví dụ:",
            "  thidua scenario convert examples/scenarios/000-bac-ninh-2022-social-organisations.json --out khoi.xlsx",
            "  thidua scenario convert khoi.xlsx --out khoi.json"})
public final class ScenarioConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A bloc review: .json or .xlsx.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write: .xlsx for a .json input, .json for an .xlsx input (replaced in one step).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean toWorkbook = !ScenarioCommand.isWorkbook(in);
        if (toWorkbook != ScenarioCommand.isWorkbook(out)) {
            return OutputFiles.printErr(spec.commandLine(), List.of(new ScenarioError(out.toString(), "--out",
                    "converts " + (toWorkbook ? "JSON to a workbook" : "a workbook to JSON") + " / sai phần mở rộng",
                    "name it with " + (toWorkbook ? ".xlsx" : ".json")).format()), ThiduaCli.BAD_INPUT);
        }
        BlocReview review;
        try {
            ScenarioCommand.Source source = ScenarioCommand.Source.of(in);
            review = source.read();
        } catch (ScenarioException e) {
            return OutputFiles.printErr(spec.commandLine(), e.errors().stream().map(ScenarioError::format).toList(),
                    ThiduaCli.BAD_INPUT);
        } catch (BadInputException e) {
            return OutputFiles.printErr(spec.commandLine(), e.lines(), ThiduaCli.BAD_INPUT);
        } catch (UncheckedIOException e) {
            return OutputFiles.printErr(spec.commandLine(), List.of(new ScenarioError(in.toString(), "$",
                    "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null).format()),
                    ThiduaCli.BAD_INPUT);
        }
        if (toWorkbook) {
            return OutputFiles.emit(spec.commandLine(), out, ScenarioWorkbooks.write(review), ThiduaCli.OK);
        }
        return OutputFiles.emit(spec.commandLine(), out, Scenarios.write(review), ThiduaCli.OK);
    }
}
