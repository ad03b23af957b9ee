package io.github.thidua.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench --units 2000} end to end, in-process (no cold starts: they spawn JVMs and take seconds). */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRunAgreesWithTheReferenceAndWritesEveryFigure() throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--units", "2000", "--no-cold-start", "--threads", "2",
                        "--warmup", "50", "--bloc25-samples", "50", "--people", "600", "--json", json.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("mismatches").contains("2,000 units").doesNotContain("Mismatches (");

        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.at("/mismatches/count").asLong()).isZero();
        assertThat(doc.at("/workload/units").asLong()).isEqualTo(2000);
        assertThat(doc.at("/workload/blocsRegime2017").asInt()).isPositive();
        assertThat(doc.at("/workload/blocsRegime2024").asInt()).isPositive();
        assertThat(doc.at("/engine/unitsPerS").asLong()).isPositive();
        assertThat(doc.at("/engine/blocLatency/p50Ms").asDouble()).isPositive();
        assertThat(doc.at("/bloc25/engine/p50Ms").asDouble()).isPositive();
        assertThat(doc.at("/reference/evalS").asDouble()).isPositive();
        assertThat(doc.get("ratio").asDouble()).isPositive();
        assertThat(doc.at("/heap/peakUsedMb").asLong()).isPositive();
        assertThat(doc.at("/targets/ratio/met").isBoolean()).isTrue();
        assertThat(doc.has("coldStart")).isFalse();
        // people: persons in unit reviews, engine beside the reference, no mismatch
        assertThat(doc.at("/people/persons").asLong()).isEqualTo(600);
        assertThat(doc.at("/people/enginePersonsPerS").asLong()).isPositive();
        assertThat(doc.at("/people/referencePersonsPerS").asLong()).isPositive();
        assertThat(doc.at("/people/ratio").asDouble()).isPositive();
        assertThat(doc.at("/people/mismatches").asLong()).isZero();
        assertThat(out.toString()).contains("people: throughput (persons/s, wall)");
        // Every award has outcomes, so the comparison covered all of them.
        assertThat(doc.get("outcomes").size()).isEqualTo(7);
    }

    @Test
    void badNumbersAreAUsageError() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter(), true)).execute("--units", "0", "--no-cold-start");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--units");
    }
}
