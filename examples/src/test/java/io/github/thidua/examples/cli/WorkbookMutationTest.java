package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits of a valid workbook, as careless hands make them (a word in a number cell, a cleared header, a
 * date in a text cell, a formula, a deleted row or sheet): reading never crashes and never half succeeds. Each run
 * is either valid or exit 2 with every line at a cell or sheet of the workbook. A fixed number of tries; the seed is
 * printed on failure.
 */
class WorkbookMutationTest {
    private static final int TRIES = 25;

    @TempDir
    Path dir;

    @Test
    void randomEditsAreValidOrReportedAtACell() throws IOException {
        long seed = Long.getLong("thidua.seed", System.nanoTime());
        Path original = dir.resolve("khoi.xlsx");
        assertThat(run("scenario", "convert", scenario(ReviewCommand.DEFAULT_SCENARIO).toString(), "--out",
                original.toString()).code()).isZero();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            Path file = dir.resolve("edit-" + i + ".xlsx");
            String edits;
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(original))) {
                edits = mutate(wb, random);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }

            Run run = run("scenario", "validate", file.toString());

            String what = "seed " + seed + " (rerun with -Dthidua.seed=" + seed + "), try " + i + ": " + edits + "\n"
                    + run;
            assertThat(run.code()).as(what).isIn(ThiduaCli.OK, ThiduaCli.BAD_INPUT);
            assertThat(run.err()).as(what).doesNotContain("internal error", "Exception");
            if (run.code() == ThiduaCli.BAD_INPUT) {
                assertThat(run.out()).as(what).isEmpty();
                assertThat(run.err().lines()).as(what).isNotEmpty().allSatisfy(l -> assertThat(l)
                        .matches(java.util.regex.Pattern.quote(file.toString())
                                + ": ('[^']+'|[^ !:]+)(![A-Z]+\\d+)?(?: \\(profile\\))?: .+"));
            }
        }
    }

    private static String mutate(XSSFWorkbook wb, Random random) {
        StringBuilder edits = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            int index = 1 + random.nextInt(wb.getNumberOfSheets() - 2); // not the instructions, not the lists
            Sheet sheet = wb.getSheetAt(index);
            int r = sheet.getLastRowNum() <= 0 ? 0 : random.nextInt(sheet.getLastRowNum() + 1);
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            int c = random.nextInt(6);
            Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
            int kind = random.nextInt(9);
            edits.append(sheet.getSheetName()).append('!').append(cell.getAddress()).append(" <- ");
            switch (kind) {
                case 0 -> {
                    cell.setCellValue("abc");
                    edits.append("\"abc\"");
                }
                case 1 -> {
                    cell.setBlank();
                    edits.append("blank");
                }
                case 2 -> {
                    cell.setCellValue(-3.5);
                    edits.append("-3.5");
                }
                case 3 -> {
                    cell.setCellValue(java.time.LocalDate.of(2022, 2, 30 - 2));
                    edits.append("a date");
                }
                case 4 -> {
                    cell.setCellValue(true);
                    edits.append("TRUE");
                }
                case 5 -> {
                    cell.setCellFormula("1/0");
                    edits.append("=1/0");
                }
                case 6 -> {
                    cell.setCellValue("x".repeat(20_000));
                    edits.append("20 000 x");
                }
                case 7 -> {
                    sheet.removeRow(row);
                    edits.append("row removed");
                }
                default -> {
                    cell.setCellValue(1e300);
                    edits.append("1e300");
                }
            }
            edits.append("; ");
        }
        if (random.nextInt(10) == 0) {
            int index = 2 + random.nextInt(wb.getNumberOfSheets() - 3);
            edits.append("sheet ").append(wb.getSheetName(index)).append(" removed");
            wb.removeSheetAt(index);
        }
        return edits.toString();
    }
}
