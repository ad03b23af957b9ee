package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * {@code --format docx}: the documents to sign, opened again with Apache POI and checked part by part against the
 * layout of Nghị định 30/2020/NĐ-CP (A4, issuing body and number, national title and motto, place and date,
 * document kind and subject, body, signatures, recipients; Times New Roman 11–14 pt).
 */
class DocxDocumentTest {
    @TempDir
    Path dir;

    @Test
    void theBlocReviewWritesTheMinutesAndTheProposalList() throws IOException {
        Path file = dir.resolve("bien-ban.docx");
        Run run = run("review", "--format", "docx", "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertA4WithTheDecreesMargins(doc);
            assertTimesNewRoman(doc);
            // The header: issuing body and number left; national title, motto, place and date right.
            XWPFTable header = doc.getTables().get(0);
            String left = header.getRow(0).getCell(0).getText();
            String right = header.getRow(0).getCell(1).getText();
            assertThat(left).contains("UBND TỈNH BẮC NINH", "KHỐI THI ĐUA CÁC TỔ CHỨC XÃ HỘI", "Số: ………/BB-KTĐ");
            assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Bắc Ninh, ngày 25 tháng 11 năm 2022");
            String text = text(doc);
            assertThat(text).contains("BIÊN BẢN", "Hội nghị tổng kết công tác thi đua",
                    "I. KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG", "II. KẾT QUẢ BÌNH XÉT, SUY TÔN",
                    "III. BẦU TRƯỞNG KHỐI, PHÓ KHỐI NĂM 2023",
                    "Hội nghị thống nhất bầu Đoàn Luật sư tỉnh làm Trưởng khối",
                    "THƯ KÝ", "TRƯỞNG KHỐI", "Nơi nhận:",
                    // the annex: the proposal list per award with each unit's legal basis
                    "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "(Kèm theo Biên bản số ………/BB-KTĐ ngày 25/11/2022",
                    "CỜ THI ĐUA CỦA CHÍNH PHỦ (1)", "BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (12)",
                    "Điều 11 Nghị định 91/2017/NĐ-CP");
            // Blanks the office fills by hand are marked, not invented.
            assertThat(text).contains("Thời gian: vào hồi ……… giờ", "Thư ký: ………");
            // The ranking table: a header and 24 rows, with names and Vietnamese decimals.
            XWPFTable ranking = table(doc, "Tổng điểm");
            assertThat(ranking.getNumberOfRows()).isEqualTo(25);
            assertThat(ranking.getRow(1).getCell(1).getText()).isEqualTo("Hội Chữ thập đỏ tỉnh");
            assertThat(ranking.getRow(1).getCell(5).getText()).isEqualTo("97,5");
            // The vote per proposal: 15 proposals (1 Government flag, 2 provincial flags, 12 certificates; the
            // titles are decided by each unit's own authority), each with the bloc's vote where recorded.
            XWPFTable votes = table(doc, "Kết quả biểu quyết");
            assertThat(votes.getNumberOfRows()).isEqualTo(16);
            assertThat(rowText(votes, 1)).contains("Hội Chữ thập đỏ tỉnh", "Cờ thi đua của Chính phủ",
                    "Được 24/24 thành viên bỏ phiếu tán thành");
            assertThat(text).doesNotContain("hoi-chu-thap-do", "doan-luat-su");
        }
    }

    @Test
    void theConsolidationWritesTheCouncilsSubmission() throws IOException {
        Path file = dir.resolve("to-trinh.docx");
        Run run = run("consolidate", scenario("province-bac-ninh-2022.json").toString(), "--format", "docx",
                "--out", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertA4WithTheDecreesMargins(doc);
            assertTimesNewRoman(doc);
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                    "Số: ………/TTr-HĐTĐKT");
            assertThat(header.getRow(0).getCell(1).getText()).contains("Độc lập - Tự do - Hạnh phúc",
                    "Bắc Ninh, ngày ……… tháng ……… năm 2022");
            String text = text(doc);
            assertThat(text).contains("TỜ TRÌNH", "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh",
                    "tối đa 1 Cờ thi đua của Chính phủ", "Các khối đề nghị 2, được giữ 1",
                    "2. Các đề nghị được giữ", "3. Các đề nghị không được giữ do ngoài tỷ lệ",
                    "4. Tổng hợp và tiền thưởng", "Tổng tiền thưởng:", "TM. HỘI ĐỒNG", "Nơi nhận:");
            // The party bloc's leader is cut by the province-wide cap.
            XWPFTable cut = table(doc, "Lý do");
            assertThat(cut.getNumberOfRows()).isEqualTo(2);
            assertThat(rowText(cut, 1)).contains("Ban Tổ chức Tỉnh ủy", "Cờ thi đua của Chính phủ");
            // The totals: one row per award kept, and the sum.
            XWPFTable totals = table(doc, "Cộng hệ số");
            assertThat(totals.getRow(totals.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("Cộng");
        }
    }

    @Test
    void aDocumentNeedsAnOutputFile() {
        Run run = run("review", "--format", "docx");

        assertThat(run.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("needs --out FILE");
    }

    private static void assertA4WithTheDecreesMargins(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701)); // 30 mm
        assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850)); // 15 mm
    }

    private static void assertTimesNewRoman(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        assertThat(runs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 14.0);
        });
    }

    private static String text(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            sb.append(p.getText()).append('\n');
        }
        for (XWPFTable t : doc.getTables()) {
            sb.append(t.getText()).append('\n');
        }
        return sb.toString();
    }

    private static String rowText(XWPFTable t, int row) {
        StringBuilder sb = new StringBuilder();
        t.getRow(row).getTableCells().forEach(c -> sb.append(c.getText()).append(" | "));
        return sb.toString();
    }

    private static XWPFTable table(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> rowText(t, 0).contains(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no table with header " + header));
    }
}
