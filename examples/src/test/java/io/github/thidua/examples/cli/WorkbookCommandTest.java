package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.assertBadInput;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.examples.cli.Cli.Run;
import io.github.thidua.examples.xlsx.ScenarioWorkbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel in and out: {@code thidua scenario init}, {@code thidua scenario convert}, {@code thidua review FILE.xlsx}
 * and {@code thidua scenario validate FILE.xlsx}. Workbooks are opened with Apache POI as a spreadsheet program
 * would write them; bad cells are reported by sheet and cell.
 */
class WorkbookCommandTest {
    private static final String SEED = ReviewCommand.DEFAULT_SCENARIO;

    @TempDir
    Path dir;

    @Test
    void initWritesATemplateWithEverySheetHeadersAndDropdowns() throws IOException {
        Path file = dir.resolve("so-diem.xlsx");

        Run run = run("scenario", "init", "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).startsWith("Hướng dẫn", "Khối", "Đơn vị", "Tiêu chí", "Điểm", "Xếp loại", "Số liệu",
                    "Khen thưởng đã có", "Biểu quyết").contains("Danh mục");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Danh mục"))).isTrue();
            assertThat(cell(wb, "Khối", 1, 0)).isEqualTo("Giai đoạn (stage)");
            assertThat(cell(wb, "Điểm", 0, 0)).isEqualTo("Mã đơn vị (unit)");
            assertThat(cell(wb, "Điểm", 0, 2)).isEqualTo("Tự chấm (self)");
            XSSFSheet scores = wb.getSheet("Điểm");
            assertThat(scores.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("'Đơn vị'!$A$2:$A$1001", "'Tiêu chí'!$A$2:$A$1001", "0");
            assertThat(wb.getSheet("Khối").getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getFormula1()).startsWith("'Danh mục'!"));
        }
        // the empty template is not a review yet: every missing field is named at its cell, nothing is reviewed
        Run review = run("review", file.toString());
        assertBadInput(review);
        assertThat(review.err()).contains(file + ": Khối!B2: missing required field 'stage'",
                file + ": 'Đơn vị'!A2: missing required field 'members'");
        assertThat(run("scenario", "init", "--out", file.toString()).err()).contains("the file exists");
    }

    @Test
    void everyBundledBlocReviewSurvivesJsonToXlsxToJson() throws IOException {
        List<Path> seeds;
        try (Stream<Path> list = Files.list(scenario(SEED).getParent())) {
            seeds = list.filter(p -> p.getFileName().toString().matches("0\\d\\d-.*(?<!expected)\\.json")).sorted()
                    .toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(7);
        // a bloc whose members reference their unit reviews names them relative to itself: the workbook does too
        try (Stream<Path> list = Files.list(scenario(SEED).getParent())) {
            for (Path unit : list.filter(p -> p.getFileName().toString().matches("unit-.*(?<!expected)\\.json"))
                    .toList()) {
                Files.copy(unit, dir.resolve(unit.getFileName()));
            }
        }
        for (Path seed : seeds) {
            Path xlsx = dir.resolve(seed.getFileName() + ".xlsx");
            Path back = dir.resolve(seed.getFileName() + ".back.json");

            assertThat(run("scenario", "convert", seed.toString(), "--out", xlsx.toString()).code()).isZero();
            assertThat(run("scenario", "convert", xlsx.toString(), "--out", back.toString()).code()).isZero();

            BlocReview original = Scenarios.readBlocReview(seed);
            assertThat(Scenarios.readBlocReview(back)).as(seed.toString()).isEqualTo(original);
            assertThat(Files.readString(back)).as(seed.toString()).isEqualTo(Scenarios.write(original));
            assertThat(ScenarioWorkbooks.read(xlsx)).isEqualTo(original);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                int scores = original.scorecards().stream().mapToInt(s -> s.scores().size()).sum();
                assertThat(wb.getSheet("Điểm").getLastRowNum()).as(seed.toString()).isEqualTo(scores);
                assertThat(wb.getSheet("Đơn vị").getLastRowNum()).isEqualTo(original.bloc().members().size());
            }
        }
    }

    @Test
    void aWorkbookReviewsToTheSameResultAsItsJson() throws IOException {
        Path xlsx = dir.resolve("khoi.xlsx");
        assertThat(run("scenario", "convert", scenario(SEED).toString(), "--out", xlsx.toString()).code()).isZero();

        Run fromXlsx = run("review", xlsx.toString(), "--format", "json");
        Run fromJson = run("review", scenario(SEED).toString(), "--format", "json");

        assertThat(fromXlsx.code()).as(fromXlsx.toString()).isZero();
        assertThat(fromXlsx.out()).isEqualTo(fromJson.out());
        assertThat(run("scenario", "validate", xlsx.toString()).out()).startsWith(xlsx + ": hợp lệ — ");
    }

    @Test
    void aTemplateFilledInByHandReviewsLikeTheEquivalentJson() throws IOException {
        Path template = dir.resolve("tay.xlsx");
        assertThat(run("scenario", "init", "--out", template.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
            // the fields sheet: values in column B of the template's rows, typed as an officer would
            Sheet f = wb.getSheet("Khối");
            setField(f, "stage", "MID_YEAR");
            setField(f, "year", 2022);
            setField(f, "province", "Bắc Kạn");
            setField(f, "profile", "national");
            setField(f, "bloc/id", "khoi-thu");
            setField(f, "bloc/name", "Khối thi đua thử");
            setField(f, "bloc/kind", "KHOI");
            setField(f, "scheme/maxBase", 100);
            setField(f, "scheme/bonusCap", 5);
            setField(f, "scheme/penaltyCap", 10);
            f.getRow(rowOf(f, "reviewDate")).getCell(1).setCellValue(java.time.LocalDate.of(2022, 6, 30));
            fill(wb.getSheet("Đơn vị"), new Object[][] {
                {"so-a", "Sở A", "STATE_AGENCY"}, {"so-b", "Sở B", "STATE_AGENCY"}, {"so-c", "Sở C", "STATE_AGENCY"}});
            fill(wb.getSheet("Tiêu chí"), new Object[][] {
                {"c1", "I", "Công tác chuyên môn", "REGULAR", 60}, {"c2", "I", "Công tác thi đua", "REGULAR", 40}});
            fill(wb.getSheet("Điểm"), new Object[][] {
                {"so-a", "c1", 55.5, 55}, {"so-a", "c2", 38, null}, {"so-b", "c1", 50, 49.5}, {"so-b", "c2", 39, 39},
                {"so-c", "c1", 58, 57}, {"so-c", "c2", 35.25, 35}});
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        Path json = Files.writeString(dir.resolve("tay.json"), """
                {"kind": "bloc-review", "stage": "MID_YEAR", "year": 2022, "reviewDate": "2022-06-30",
                 "province": "Bắc Kạn", "profile": "national",
                 "bloc": {"id": "khoi-thu", "name": "Khối thi đua thử", "kind": "KHOI"},
                 "members": [{"id": "so-a", "name": "Sở A", "kind": "STATE_AGENCY"},
                             {"id": "so-b", "name": "Sở B", "kind": "STATE_AGENCY"},
                             {"id": "so-c", "name": "Sở C", "kind": "STATE_AGENCY"}],
                 "scheme": {"maxBase": 100, "bonusCap": 5, "penaltyCap": 10, "criteria": [
                   {"id": "c1", "group": "I", "name": "Công tác chuyên môn", "kind": "REGULAR", "max": 60},
                   {"id": "c2", "group": "I", "name": "Công tác thi đua", "kind": "REGULAR", "max": 40}]},
                 "scorecards": [
                   {"unit": "so-a", "scores": [{"criterion": "c1", "self": 55.5, "assessed": 55},
                                               {"criterion": "c2", "self": 38}]},
                   {"unit": "so-b", "scores": [{"criterion": "c1", "self": 50, "assessed": 49.5},
                                               {"criterion": "c2", "self": 39, "assessed": 39}]},
                   {"unit": "so-c", "scores": [{"criterion": "c1", "self": 58, "assessed": 57},
                                               {"criterion": "c2", "self": 35.25, "assessed": 35}]}]}
                """);

        Run fromXlsx = run("review", template.toString(), "--format", "json");
        Run fromJson = run("review", json.toString(), "--format", "json");

        assertThat(fromJson.code()).as(fromJson.toString()).isIn(ThiduaCli.OK, ThiduaCli.FAILURES);
        assertThat(fromXlsx.code()).as(fromXlsx.toString()).isEqualTo(fromJson.code());
        assertThat(fromXlsx.out()).isEqualTo(fromJson.out()).contains("\"so-c\"");
        assertThat(ScenarioWorkbooks.read(template)).isEqualTo(Scenarios.readBlocReview(json));
    }

    @Test
    void wrongCellsAreReportedBySheetAndCellAndNothingIsPrinted() throws IOException {
        Path file = dir.resolve("sai.xlsx");
        assertThat(run("scenario", "convert", scenario(SEED).toString(), "--out", file.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet scores = wb.getSheet("Điểm");
            scores.getRow(6).getCell(3).setCellValue("abc");          // D7: a word for the assessed score
            scores.getRow(4).getCell(2).setCellValue("12");           // C5: a number stored as text
            scores.getRow(2).getCell(2).setCellValue(999);            // C3: above the criterion's maximum
            wb.getSheet("Đơn vị").getRow(2).getCell(2).setCellValue("STATE_AGENC"); // C3: unknown unit kind
            wb.getSheet("Xếp loại").getRow(0).createCell(5).setCellValue("Ghi chú (nota)");
            wb.createSheet("Sheet1");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        Run review = run("review", file.toString());
        Run validate = run("scenario", "validate", file.toString());

        assertBadInput(review);
        assertThat(validate.err()).isEqualTo(review.err());
        List<String> lines = review.err().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith(file + ": ").contains("(hint: "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ": Điểm!D7: 'assessed' must be a number,"
                        + " found text \"abc\""))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": Điểm!C5: 'self' must be a number, found text"
                        + " \"12\"").contains("the number is stored as text"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": Điểm!C3: ").contains("999"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": 'Đơn vị'!C3: unknown unit kind 'STATE_AGENC'")
                        .contains("did you mean 'STATE_AGENCY'?"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": 'Xếp loại'!F1: unknown column"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": Sheet1: unknown sheet 'Sheet1'"));
        // converting refuses it too, and writes nothing
        Path out = dir.resolve("sai.json");
        assertBadInput(run("scenario", "convert", file.toString(), "--out", out.toString()));
        assertThat(out).doesNotExist();
    }

    @Test
    void aProvinceReviewMayNameBlocWorkbooksAndConsolidatesAsWithJson() throws IOException {
        String province = "province-bac-ninh-2022.json";
        Files.copy(scenario("002-party-agencies-2022.json"), dir.resolve("002-party-agencies-2022.json"));
        Path xlsx = convert(dir.resolve("khoi-tcxh.xlsx"));
        Path file = Files.writeString(dir.resolve(province), Files.readString(scenario(province))
                .replace("000-bac-ninh-2022-social-organisations.json", "khoi-tcxh.xlsx"));
        assertThat(Files.readString(file)).contains("{\"file\": \"khoi-tcxh.xlsx\"}");

        Run fromXlsx = run("consolidate", file.toString(), "--format", "json");
        Run fromJson = run("consolidate", scenario(province).toString(), "--format", "json");

        assertThat(fromXlsx.code()).as(fromXlsx.toString()).isEqualTo(fromJson.code());
        assertThat(fromXlsx.out()).isEqualTo(fromJson.out()).contains("Hội Chữ thập đỏ tỉnh");
        assertThat(run("scenario", "validate", file.toString()).code()).isZero();

        // a bad cell in the bloc's workbook is reported at its cell, with the workbook's name
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            wb.getSheet("Khối").getRow(1).getCell(1).setCellValue("MID_YEAR");
            wb.getSheet("Điểm").getRow(6).getCell(3).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Run bad = run("consolidate", file.toString());
        assertBadInput(bad);
        String shown = dir.resolve("khoi-tcxh.xlsx").toString();
        assertThat(bad.err().lines()).anySatisfy(l -> assertThat(l).startsWith(shown + ": Điểm!D7: 'assessed'"
                + " must be a number")).anySatisfy(l -> assertThat(l).startsWith(shown + ": Khối!B2: ")
                .contains("MID_YEAR"));
        assertOneLine(run("consolidate", xlsx.toString()), "is a bloc's workbook", "{\"file\": \"khoi-tcxh.xlsx\"}");
    }

    @Test
    void oversizedOrMalformedWorkbooksAreRefusedWithOneLine() throws IOException {
        Path big = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[(int) ScenarioWorkbooks.MAX_FILE_BYTES + 1]);
        }
        Path bomb = zipBomb(dir.resolve("bomb.xlsx"));
        Path text = Files.writeString(dir.resolve("text.xlsx"), "not a workbook");
        Path old = dir.resolve("old.xlsx");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(old)) {
            wb.createSheet("Khối");
            wb.write(out);
        }
        Path rows = dir.resolve("rows.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(convert(rows)))) {
            Sheet scores = wb.getSheet("Điểm");
            for (int r = scores.getLastRowNum() + 1; r <= ScenarioWorkbooks.MAX_ROWS; r++) {
                scores.createRow(r).createCell(4).setCellValue("x");
            }
            try (OutputStream out = Files.newOutputStream(rows)) {
                wb.write(out);
            }
        }

        assertOneLine(run("review", big.toString()), big + ": $: the workbook is ", "more than 10240 KB");
        assertOneLine(run("review", bomb.toString()), bomb + ": $: the workbook expands too much");
        assertOneLine(run("review", text.toString()), text + ": $: not a readable Excel workbook (.xlsx)");
        assertOneLine(run("review", old.toString()), old + ": $: an Excel 97-2003 workbook (.xls)");
        assertOneLine(run("review", rows.toString()), rows + ": Điểm: the sheet has 5001 rows, more than 5000");
    }

    private Path convert(Path xlsx) {
        assertThat(run("scenario", "convert", scenario(SEED).toString(), "--out", xlsx.toString()).code()).isZero();
        return xlsx;
    }

    private static void assertOneLine(Run run, String... parts) {
        assertBadInput(run);
        assertThat(run.err().lines()).as(run.toString()).singleElement().asString().contains(parts);
    }

    /** A zip whose sheet inflates from about 50 KB to 60 MB: more than POI's inflate ratio and entry size allow. */
    private static Path zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return file;
    }

    private static String cell(Workbook wb, String sheet, int row, int col) {
        return wb.getSheet(sheet).getRow(row).getCell(col).getStringCellValue();
    }

    private static int rowOf(Sheet fields, String key) {
        for (Row row : fields) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().endsWith("(" + key + ")")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private static void setField(Sheet fields, String key, Object value) {
        Row row = fields.getRow(rowOf(fields, key));
        var cell = row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue((String) v);
                }
            }
        }
    }
}
