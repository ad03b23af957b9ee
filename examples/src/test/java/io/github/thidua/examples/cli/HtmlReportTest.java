package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.bundledScenario;
import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html} of {@code review} and {@code consolidate}: one self-contained, escaped page. */
class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void theReviewPageHasTheBlocTheRankingTheChartTheDecisionsAndTheSummary() {
        Run run = run("review", "--format", "html");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        assertThat(run.err()).isEmpty();
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">",
                        "<h1>Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp</h1>",
                        "2017: Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013) + Nghị định 91/2017/NĐ-CP",
                        "Nghị định 91/2017/NĐ-CP <span class=\"muted\">(hiệu lực 01/10/2017 – 31/12/2023",
                        "<svg class=\"score-chart\"", "<table class=\"ranking\">",
                        "Danh sách đề nghị khen thưởng và căn cứ", "<table class=\"proposals\">",
                        "Trưởng khối năm 2023", "Đoàn Luật sư tỉnh</strong>, được bầu",
                        "<code>ROT_ELECTED_HEAD</code>", "Không có phát hiện.", "<code>NO_DEPUTY</code>",
                        "Điều 11 Nghị định 91/2017/NĐ-CP", "Được 24/24 thành viên bỏ phiếu tán thành",
                        "<td class=\"num\"><strong>97,5</strong></td>", "25/11/2022",
                        // Print-ready: A4 pages, administrative serif with Debian's metric-compatible fallback.
                        "@page{size:A4;", "\"Times New Roman\",\"Liberation Serif\"")
                .doesNotContain("<details", "hoi-chu-thap-do (", "Chi tiết các quyết định");
        // 24 ranked units: a row each in the table, a bar each in the chart.
        String ranking = html.substring(html.indexOf("<table class=\"ranking\">"));
        ranking = ranking.substring(0, ranking.indexOf("</table>"));
        assertThat(count(ranking, "<tr")).isEqualTo(25);
        assertThat(count(html, "<rect ")).isEqualTo(24);
        assertSelfContained(html);
    }

    @Test
    void detailsAddEveryDecisionWithEveryReasonVisible() {
        String html = run("review", "--format", "html", "--details").out();

        assertThat(html).contains("Chi tiết các quyết định", "<h3>Hạng 1: Hội Chữ thập đỏ tỉnh</h3>",
                "<code>DECIDE_HIGHEST_AWARD</code>", "Căn cứ: Luật Thi đua, khen thưởng",
                "<code>GF17_LEADER_FLAG_STANDARD</code>", "class=\"unmet\"", "class=\"met\"")
                .doesNotContain("<details"); // nothing folded: the printout has every reason
        assertThat(count(html, "<table class=\"decisions\">")).isEqualTo(24);
        assertSelfContained(html);
    }

    @Test
    void theLeaderLineIsAtTheLowestRankedLeadersScore() {
        String html = run("review", "--format", "html").out();

        // Ranks 1-3 are recommended for a flag (1 Government, 2 provincial); rank 3 scores 95.0.
        assertThat(html).contains("Ngưỡng dẫn đầu 95,0 (Hội Văn học nghệ thuật tỉnh, hạng 3)");
        double line = attribute(html, "<line class=\"leader-line\" x1=\"([0-9.]+)\"");
        double rank3End = barEnd(html, "3. Hội Văn học nghệ thuật tỉnh");
        double rank4End = barEnd(html, "4. Hội Khuyến học tỉnh");
        assertThat(line).isCloseTo(rank3End, org.assertj.core.data.Offset.offset(0.11)).isGreaterThan(rank4End);
        // Leaders' rows are marked in the ranking table.
        assertThat(count(html, "<tr class=\"leader\">")).isEqualTo(3);
        // An honest axis: the bars start at 0 (the first tick), and the legend names the awards as the tables do.
        assertThat(html).contains(">0</text>", "Trục điểm bắt đầu từ 0.",
                "Cờ thi đua của Ủy ban nhân dân tỉnh (2)", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (12)");
        // The leader line's label sits above the plot, clear of the bars and their labels.
        double labelY = attribute(html, "<text class=\"leader-label\" x=\"[0-9.]+\" y=\"([0-9.]+)\"");
        double firstBarY = attribute(html, "<rect x=\"[0-9.]+\" y=\"([0-9.]+)\"");
        assertThat(labelY).isLessThan(firstBarY);
    }

    @Test
    void inEnglish() {
        String html = run("review", "--format", "html", "--lang", "en").out();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<h2 id=\"ranking\">Ranking</h2>", "Leader line 95.0 (Hội Văn học nghệ thuật tỉnh, rank 3)",
                        "Government Emulation Flag", "Head for 2023", "25 November 2022", ">97.5<")
                .doesNotContain("Xếp hạng", "Chi tiết các quyết định", "đề nghị khen thưởng", "97,5");
    }

    @Test
    void everyTextFromTheScenarioIsEscaped() throws IOException {
        String hostileName = "Hội <b>\\\"Chữ thập đỏ\\\"</b> & 'tỉnh' <script>alert(1)</script>";
        String hostileBloc = "Khối <img src=x onerror=alert(2)> & co";
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, bundledScenario()
                .replace("\"Hội Chữ thập đỏ tỉnh\"", "\"" + hostileName + "\"")
                .replace("\"Khối thi đua các tổ chức xã hội, tổ chức xã hội - nghề nghiệp\"", "\"" + hostileBloc + "\""));

        Run run = run("review", file.toString(), "--format", "html");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        String html = run.out();
        assertThat(html).contains(
                        "Hội &lt;b&gt;&quot;Chữ thập đỏ&quot;&lt;/b&gt; &amp; &#39;tỉnh&#39; &lt;script&gt;alert(1)&lt;/script&gt;",
                        "Khối &lt;img src=x onerror=alert(2)&gt; &amp; co")
                .doesNotContain("<script", "<img", "<b>");
        assertSelfContained(html);
    }

    @Test
    void aPactSigningHasNoChartButItsFindings() {
        Run run = run("review", scenario("004-bac-ninh-2024-pact.json").toString(), "--format", "html", "--lang", "en");

        String html = run.out();
        assertThat(html).contains("No ranking at the pact signing.", "<h3>Findings</h3>")
                .doesNotContain("<svg");
        assertSelfContained(html);
    }

    @Test
    void theConsolidationPageHasTheQuotaAndASectionPerBloc() {
        Run run = run("consolidate", scenario("province-bac-ninh-2022.json").toString(), "--format", "html");

        assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.OK);
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                .contains("<h1>Bắc Ninh · 2022</h1>", "<h2 id=\"quota\">Tỷ lệ Cờ thi đua của Chính phủ toàn tỉnh</h2>",
                        "<th scope=\"row\">Đơn vị dẫn đầu các khối</th><td>6</td>",
                        "<th scope=\"row\">Tối đa</th><td>1 trên 6 đơn vị dẫn đầu (⌊0,2 × 6⌋)</td>",
                        "<th scope=\"row\">Các khối đề nghị</th><td>2</td>",
                        "<th scope=\"row\">Được giữ</th><td>1</td>",
                        "<table class=\"proposals\">", "<code>CONS_GOVERNMENT_FLAG_WITHIN_CAP</code>",
                        "<code>CONS17_GOVERNMENT_FLAG_CAP</code>",
                        "<h2 id=\"bloc-bn-khoi-tcxh\">", "<h2 id=\"bloc-bn-khoi-dang\">",
                        "Cờ thi đua sau khi áp tỷ lệ toàn tỉnh", "Phát hiện cấp tỉnh");
        assertThat(count(html, "<svg class=\"score-chart\"")).isEqualTo(2);
        assertThat(html).contains("id=\"chart-title-bn-khoi-tcxh\"", "id=\"chart-title-bn-khoi-dang\"");
        assertSelfContained(html);
    }

    /** No request leaves the page: no scripts, links, images, frames, imports or absolute URLs. */
    static void assertSelfContained(String html) {
        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed", "<base",
                "url(", "@import", "http://", "https://", "//fonts.")
                .doesNotContainPattern("(?i)<[a-z][^>]*\\s(src|href|srcset|action|xlink:href)\\s*=");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static double attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The right end of the bar labelled {@code label}: its x plus its width. */
    private static double barEnd(String html, String label) {
        int at = html.indexOf(">" + label + "</text>");
        assertThat(at).as(label).isPositive();
        String rest = html.substring(at);
        return attribute(rest, "<rect x=\"([0-9.]+)\"") + attribute(rest, "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"");
    }
}
