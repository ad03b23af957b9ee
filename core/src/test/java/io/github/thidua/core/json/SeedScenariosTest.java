package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed scenarios in {@code examples/scenarios} read without errors and survive a write/read round trip.
 * Files ending {@code .expected.json} hold expected outcomes, not scenarios.
 */
class SeedScenariosTest {
    static final Path DIR = Path.of("..", "examples", "scenarios");

    static List<Path> scenarioFiles() throws IOException {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreAtLeastFiveSeedScenarios() throws IOException {
        assertThat(scenarioFiles()).as("scenario files in " + DIR.toAbsolutePath().normalize()).hasSizeGreaterThanOrEqualTo(5);
    }

    @TestFactory
    Stream<DynamicTest> everySeedScenarioRoundTrips() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String kind = Scenarios.kindOf(file);
            Path baseDir = file.toAbsolutePath().getParent();
            if (kind.equals(Scenarios.BLOC_REVIEW)) {
                BlocReview review = Scenarios.readBlocReview(file);
                String written = Scenarios.write(review);
                assertThat(Scenarios.readBlocReview(written, file + " (rewritten)", baseDir)).isEqualTo(review);
                assertThat(Scenarios.write(Scenarios.readBlocReview(written, file.toString(), baseDir)))
                        .isEqualTo(written);
            } else if (kind.equals(Scenarios.UNIT_REVIEW)) {
                var review = UnitReviews.read(file);
                String written = UnitReviews.write(review);
                assertThat(UnitReviews.read(written, file + " (rewritten)", baseDir)).isEqualTo(review);
                assertThat(UnitReviews.write(UnitReviews.read(written, file.toString(), baseDir))).isEqualTo(written);
            } else {
                ProvinceReview review = Scenarios.readProvinceReview(file);
                String written = Scenarios.write(review);
                assertThat(Scenarios.readProvinceReview(written, file + " (rewritten)", baseDir)).isEqualTo(review);
            }
        }));
    }
}
