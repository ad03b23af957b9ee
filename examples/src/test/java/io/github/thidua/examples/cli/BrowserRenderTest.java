package io.github.thidua.examples.cli;

import static io.github.thidua.examples.cli.Cli.run;
import static io.github.thidua.examples.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML reports in a real browser, headless Chromium, when {@code /usr/bin/chromium} exists (Debian
 * package {@code chromium}; {@code .ci/run} installs it); skipped otherwise, except under {@code CI=true}, where a
 * missing browser fails the class so that CI cannot pass without rendering. It
 * checks that the page loads from a file with the network off and that the browser's DOM has the chart and the
 * tables, and takes a screenshot.
 */
class BrowserRenderTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(CHROMIUM).as("CI=true: headless Chromium is required (Debian package chromium; .ci/run"
                    + " installs it)").isExecutable();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " not found; install the Debian package"
                + " chromium (or run examples/src/test/scripts/render-html.sh) to check the HTML report in a browser");
    }

    @Test
    void theReviewReportRendersWithTheChartAndTheTables() throws Exception {
        Path page = dir.resolve("review.html");
        assertThat(run("review", "--format", "html", "--out", page.toString()).code()).isZero();

        String dom = chromium(page, "--dump-dom");

        assertThat(dom).contains("<svg class=\"score-chart\"", "class=\"leader-line\"", "<table class=\"ranking\">",
                "<table class=\"proposals\">", "Ngưỡng dẫn đầu 95,0", "Hội Chữ thập đỏ tỉnh");
        Path png = dir.resolve("review.png");
        chromium(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    }

    @Test
    void theDefaultReportPrintsOnAtMostTenA4Pages() throws Exception {
        Path page = dir.resolve("review.html");
        assertThat(run("review", "--format", "html", "--out", page.toString()).code()).isZero();
        Path pdf = dir.resolve("review.pdf");

        chromium(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);

        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        // Chromium writes uncompressed page dictionaries: one "/Type /Page" each (the tree is "/Type /Pages").
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(text).results().count();
        assertThat(pages).as("printed pages").isBetween(2L, 10L);
        // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92).
        assertThat(text).containsPattern("/MediaBox\\s*\\[\\s*0\\s+0\\s+59[45](\\.\\d+)?\\s+84[12](\\.\\d+)?\\s*\\]");
    }

    @Test
    void theConsolidationReportRendersWithAChartPerBloc() throws Exception {
        Path page = dir.resolve("province.html");
        assertThat(run("consolidate", scenario("province-bac-ninh-2022.json").toString(), "--format", "html",
                "--lang", "en", "--out", page.toString()).code()).isZero();

        String dom = chromium(page, "--dump-dom");

        assertThat(dom.split("<svg class=\"score-chart\"", -1)).hasSize(3);
        assertThat(dom).contains("<table class=\"proposals\">", "Province-wide quota of the Government Emulation Flag");
    }

    /** Runs headless Chromium on a file with the network off; returns its stdout. */
    static String chromium(Path page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("thidua-chromium-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile("thidua-chromium-", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
            assertThat(p.exitValue()).as("chromium exit code").isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a browser profile left in the temp directory is harmless
        }
    }
}
