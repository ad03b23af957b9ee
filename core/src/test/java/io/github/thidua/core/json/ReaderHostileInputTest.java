package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader never crashes: numbers no BigDecimal can hold, devices and FIFOs, and a seeded, bounded fuzz of a valid
 * document all end in a ScenarioException whose every error has a JSON path, with bounded output.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReaderHostileInputTest {
    private static final long SEED = Long.getLong("thidua.fuzz.seed", 20261207L);
    private static final int TRIES = Integer.getInteger("thidua.fuzz.tries", 1500);

    @TempDir
    Path dir;

    private static void assertScenarioErrorWithPath(Throwable t, String what) {
        assertThat(t).as(what).isInstanceOf(ScenarioException.class);
        List<ScenarioError> errors = ((ScenarioException) t).errors();
        assertThat(errors).as(what).isNotEmpty().allSatisfy(e -> assertThat(e.path()).startsWith("$"));
    }

    @Test
    void anExponentNoDecimalCanHoldIsAnErrorWithAPath() throws IOException {
        String valid = Files.readString(TestDocs.resource("valid-bloc-review.json"), StandardCharsets.UTF_8);
        for (String number : List.of("1e-2147483648", "1e2147483648", "1E+999999999", "-1e-9999999999")) {
            String doc = valid.replaceFirst("\"year\": *\\d+", "\"year\": " + number);
            assertScenarioErrorWithPath(catchThrowable(() -> Scenarios.readBlocReview(doc, "doc.json", null)), number);
            String doc2 = valid.replaceFirst("(\"self\": *)[0-9.]+", "$1" + number);
            assertScenarioErrorWithPath(catchThrowable(() -> Scenarios.readBlocReview(doc2, "doc.json", null)), number);
        }
    }

    @Test
    void devicesAndFifosAreRefusedBeforeReading() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            Throwable t = catchThrowable(() -> Scenarios.readBlocReview(zero));
            assertScenarioErrorWithPath(t, "/dev/zero");
            assertThat(((ScenarioException) t).errors().get(0).message()).contains("not a regular file");
        }
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0) {
            Throwable t = catchThrowable(() -> Scenarios.readBlocReview(fifo));
            assertScenarioErrorWithPath(t, "fifo");
        }
    }

    @Test
    void seededFuzzOfAValidDocumentNeverCrashes() throws IOException {
        String valid = Files.readString(TestDocs.resource("valid-bloc-review.json"), StandardCharsets.UTF_8);
        Random random = new Random(SEED);
        String[] tokens = {"1e-2147483648", "-0", "null", "\"\"", "{}", "[]", "true", "1e309", "\"\u001b[31m\"",
                "\"\u202e\"", "99999999999999999999", "0.0000000000000000000001", "\"../../etc/passwd\"", "\"x.json\""};
        int failures = 0;
        int errorsWithoutPath = 0;
        for (int i = 0; i < TRIES; i++) {
            StringBuilder doc = new StringBuilder(valid);
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(doc.length());
                switch (random.nextInt(4)) {
                    case 0 -> doc.deleteCharAt(at);
                    case 1 -> doc.insert(at, (char) (32 + random.nextInt(95)));
                    case 2 -> {
                        // replace a value after a colon with a hostile token
                        int colon = doc.indexOf(":", at);
                        if (colon > 0) {
                            int end = colon + 1;
                            while (end < doc.length() && ",}]\n".indexOf(doc.charAt(end)) < 0) {
                                end++;
                            }
                            doc.replace(colon + 1, end, " " + tokens[random.nextInt(tokens.length)]);
                        }
                    }
                    default -> doc.insert(at, tokens[random.nextInt(tokens.length)]);
                }
            }
            try {
                Scenarios.readBlocReview(doc.toString(), "fuzz.json", null);
            } catch (ScenarioException e) {
                errorsWithoutPath += (int) e.errors().stream().filter(x -> !x.path().startsWith("$")).count();
                assertThat(e.getMessage().length()).isLessThan(1_000_000);
            } catch (RuntimeException | Error e) {
                failures++;
                System.out.println("fuzz failure (seed " + SEED + ", try " + i + "): " + e);
            }
        }
        System.out.println("ReaderHostileInputTest: " + TRIES + " fuzzed documents (seed " + SEED + "), " + failures
                + " crashes, " + errorsWithoutPath + " errors without a JSON path");
        assertThat(failures).as("crashes (seed " + SEED + ")").isZero();
        assertThat(errorsWithoutPath).as("errors without a path (seed " + SEED + ")").isZero();
    }

    @Test
    void manyUnknownCriteriaGiveBoundedOutput() throws IOException {
        String valid = Files.readString(TestDocs.resource("valid-bloc-review.json"), StandardCharsets.UTF_8);
        // the amplification input: many scores naming unknown criteria, each hint listing the scheme's criteria
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            scores.append(i == 0 ? "" : ",").append("{\"unit\": \"u").append(i).append("\", \"criterion\": \"nope")
                    .append(i).append("\", \"self\": 1}");
        }
        String doc = valid.replaceFirst("\"kind\"", "\"junk\": [" + scores + "], \"kind\"");
        Throwable t = catchThrowable(() -> Scenarios.readBlocReview(doc, "big.json", null));
        assertScenarioErrorWithPath(t, "amplification");
        ScenarioException e = (ScenarioException) t;
        assertThat(e.errors()).hasSizeLessThanOrEqualTo(ScenarioException.MAX_ERRORS + 1);
        assertThat(e.getMessage().length()).isLessThan((ScenarioException.MAX_ERRORS + 1) * 3 * ScenarioError.MAX_TEXT);
    }
}
