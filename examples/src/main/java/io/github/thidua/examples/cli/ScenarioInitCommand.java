package io.github.thidua.examples.cli;

import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.examples.xlsx.ScenarioWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario init --out FILE.xlsx}: writes the template workbook of a bloc review
 * ({@link ScenarioWorkbooks#template()}): a sheet of the review's fields, one sheet per list (members, criteria,
 * scores, ratings, facts, award history, votes, pact, decisions, exclusions, attestations) with dropdowns and range
 * checks, and instructions. An existing FILE is kept unless {@code --force} is given.
 */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Write an empty scoring workbook (.xlsx) for a bloc, to fill in and then review.",
            "Tạo sổ điểm Excel trống của một khối để điền rồi xét.",
            "Its sheets: Khối (the review's fields), Đơn vị, Tiêu chí, Điểm, Xếp loại, Số liệu, Khen thưởng đã có,"
                    + " Biểu quyết, Ký giao ước, Chỉ tiêu giao ước, Dẫn đầu, Đề nghị, Loại trừ, Xác nhận; lists offer"
                    + " the valid values."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, "2:FILE exists (without --force) or cannot be written / tệp đã có hoặc"
                + " không ghi được."},
        footer = {"", "Example / ví dụ:",
            "  thidua scenario init --out so-diem.xlsx",
            "  thidua scenario validate so-diem.xlsx && thidua review so-diem.xlsx"})
public final class ScenarioInitCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The workbook to write (.xlsx).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!ScenarioCommand.isWorkbook(out)) {
            return OutputFiles.printErr(spec.commandLine(), java.util.List.of(new ScenarioError(out.toString(),
                    "--out", "a template is an Excel workbook / mẫu là tệp Excel", "name it with .xlsx, e.g. "
                    + "so-diem.xlsx").format()), ThiduaCli.BAD_INPUT);
        }
        if (Files.exists(out) && !force) {
            return OutputFiles.printErr(spec.commandLine(), java.util.List.of(new ScenarioError(out.toString(),
                    "--out", "the file exists / tệp đã có", "choose another name, or add --force to replace it")
                    .format()), ThiduaCli.BAD_INPUT);
        }
        return OutputFiles.emit(spec.commandLine(), out, ScenarioWorkbooks.template(), ThiduaCli.OK);
    }
}
