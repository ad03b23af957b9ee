package io.github.thidua.examples.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private static final String NFC_NAME = "Hội Văn học nghệ thuật tỉnh";
    private static final String NFD_NAME = Normalizer.normalize(NFC_NAME, Normalizer.Form.NFD);
    private static final String NFD_LAWYERS = Normalizer.normalize("Đoàn Luật sư tỉnh", Normalizer.Form.NFD);

    @Test
    void widthCountsGraphemeClustersNotChars() {
        String nfd = Normalizer.normalize("Việt", Normalizer.Form.NFD);
        assertThat("Việt").hasSize(4);
        assertThat(nfd).hasSize(6); // e + U+0323 + U+0302
        assertThat(TextTable.width("Việt")).isEqualTo(4);
        assertThat(TextTable.width(nfd)).isEqualTo(4);
        assertThat(TextTable.width(NFD_NAME)).isEqualTo(TextTable.width(NFC_NAME)).isEqualTo(NFC_NAME.length());
        assertThat(TextTable.width("")).isZero();
    }

    @Test
    void alignsNfcAndNfdVietnameseInTheSameColumns() {
        TextTable t = new TextTable()
                .column("Tên đơn vị", TextTable.Align.LEFT)
                .column("Tổng", TextTable.Align.RIGHT)
                .column("Mã", TextTable.Align.LEFT);
        t.row(NFC_NAME, "95.0", "hoi-vhnt");
        t.row(NFD_NAME, "95.0", "hoi-vhnt");
        t.row(NFD_LAWYERS, "100.5", "doan-luat-su");
        t.row("Hội Chữ thập đỏ tỉnh", "9.5", "hoi-chu-thap-do");

        List<String> lines = t.lines();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).matches("-+  -+  -+");
        // The third column starts at the same grapheme offset on every line, although the NFD lines are longer
        // in chars.
        int codeColumn = graphemeOffset(lines.get(0), "Mã");
        List<String> codes = List.of("hoi-vhnt", "hoi-vhnt", "doan-luat-su", "hoi-chu-thap-do");
        for (int i = 0; i < codes.size(); i++) {
            assertThat(graphemeOffset(lines.get(i + 2), codes.get(i))).isEqualTo(codeColumn);
        }
        assertThat(lines.get(3).length()).isGreaterThan(lines.get(2).length());
        assertThat(TextTable.width(lines.get(3))).isEqualTo(TextTable.width(lines.get(2)));
        // Numbers are right-aligned: their last digit is in the same grapheme column.
        int totalEnd = graphemeOffset(lines.get(0), "Tổng") + TextTable.width("Tổng");
        assertThat(graphemeOffset(lines.get(2), "95.0") + 4).isEqualTo(totalEnd);
        assertThat(graphemeOffset(lines.get(3), "95.0") + 4).isEqualTo(totalEnd);
        assertThat(graphemeOffset(lines.get(4), "100.5") + 5).isEqualTo(totalEnd);
        assertThat(graphemeOffset(lines.get(5), "9.5") + 3).isEqualTo(totalEnd);
    }

    @Test
    void rendersWithoutTrailingSpacesAndWithoutHeaderWhenAllHeadersAreEmpty() {
        TextTable t = new TextTable().column("", TextTable.Align.LEFT).column("", TextTable.Align.LEFT);
        t.row("Tỉnh", "Bắc Ninh");
        t.row("Bộ tham số", "");
        t.row("Năm", null);

        assertThat(t.render()).isEqualTo("Tỉnh        Bắc Ninh\nBộ tham số\nNăm\n");
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void replacesLineBreaksAndTabsInCells() {
        TextTable t = new TextTable().column("a", TextTable.Align.LEFT).column("b", TextTable.Align.LEFT);
        t.row("x\ny", "1\t2");

        assertThat(t.lines()).containsExactly("a    b", "---  ---", "x y  1 2");
    }

    @Test
    void rejectsRowsOfTheWrongSizeAndColumnsAfterRows() {
        TextTable t = new TextTable().column("a", TextTable.Align.LEFT);
        assertThatThrownBy(() -> t.row("1", "2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 1 cells, got 2");
        t.row("1");
        assertThatThrownBy(() -> t.column("b", TextTable.Align.LEFT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrapsCellsOfAColumnWithAMaximumWidthOntoFurtherLines() {
        TextTable t = new TextTable()
                .column("Hạng", TextTable.Align.RIGHT)
                .column("Hình thức", TextTable.Align.LEFT, 12)
                .column("Kết quả", TextTable.Align.LEFT);
        t.row("1", "Cờ thi đua của Chính phủ", "đề nghị");
        t.row("12", "Giấy khen", "không");

        assertThat(t.lines()).containsExactly(
                "Hạng  Hình thức     Kết quả",
                "----  ------------  -------",
                "   1  Cờ thi đua    đề nghị",
                "      của Chính",
                "      phủ",
                "  12  Giấy khen     không");
    }

    @Test
    void wrapBreaksAtSpacesCountsGraphemesAndSplitsLongWords() {
        assertThat(TextTable.wrap("Bằng khen của Chủ tịch", 9)).containsExactly("Bằng khen", "của Chủ", "tịch");
        String nfd = Normalizer.normalize("Bằng khen của Chủ tịch", Normalizer.Form.NFD);
        assertThat(TextTable.wrap(nfd, 9)).hasSize(3).allSatisfy(l -> assertThat(TextTable.width(l)).isLessThanOrEqualTo(9));
        assertThat(TextTable.wrap("PMC17_PRIOR_PROVINCIAL", 8)).containsExactly("PMC17_PR", "IOR_PROV", "INCIAL");
        assertThat(TextTable.wrap("", 5)).containsExactly("");
        assertThat(TextTable.wrap("short", 5)).containsExactly("short");
    }

    @Test
    void shortenCutsAfterAWordAndEndsWithAnEllipsis() {
        assertThat(TextTable.shorten("Đoàn Luật sư tỉnh", 17)).isEqualTo("Đoàn Luật sư tỉnh");
        assertThat(TextTable.shorten("Đoàn Luật sư tỉnh", 14)).isEqualTo("Đoàn Luật sư…");
        assertThat(TextTable.shorten("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(TextTable.width(TextTable.shorten(NFD_NAME, 10))).isLessThanOrEqualTo(10);
    }

    @Test
    void spanningLinesArePrintedAsIsAndDoNotWidenTheColumns() {
        TextTable t = new TextTable().column("a", TextTable.Align.LEFT).column("b", TextTable.Align.LEFT);
        t.span("Hạng 1: hoi-chu-thap-do (Hội Chữ thập đỏ tỉnh)  ");
        t.row("x", "y");

        assertThat(t.lines()).containsExactly("a  b", "-  -", "Hạng 1: hoi-chu-thap-do (Hội Chữ thập đỏ tỉnh)", "x  y");
        assertThat(t.size()).isEqualTo(2);
    }

    /** The grapheme offset at which {@code needle} starts in {@code line}. */
    private static int graphemeOffset(String line, String needle) {
        int i = line.indexOf(needle);
        assertThat(i).as("%s in %s", needle, line).isNotNegative();
        return TextTable.width(line.substring(0, i));
    }
}
