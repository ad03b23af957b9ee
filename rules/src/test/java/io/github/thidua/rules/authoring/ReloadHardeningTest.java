package io.github.thidua.rules.authoring;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.authoring.ReloadableEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployment by symbolic link (two complete versions, the link switched atomically) works, and a reload whose pack
 * cannot be compiled in time, or that throws an Error, leaves the engine serving and later reloads possible.
 */
class ReloadHardeningTest {
    @Test
    void aSymlinkedPackDirectoryLoadsAndAReloadFollowsTheSwitchedLink(@TempDir Path root) throws Exception {
        Path v1 = Files.createDirectory(root.resolve("v1"));
        Path v2 = Files.createDirectory(root.resolve("v2"));
        ReloadableEngineTest.writePack(v1, "1", "RECOMMENDED", "rank == 1");
        ReloadableEngineTest.writePack(v2, "2", "NOT_ELIGIBLE", "rank == 1");
        Path current = Files.createSymbolicLink(root.resolve("current"), v1);
        BlocReview review = Reviews.bloc(2024, 3).build();
        try (ReloadableEngine engine = ReloadableEngine.builder(current).profile(Profiles.bundled(Profiles.NATIONAL)).build()) {
            assertThat(engine.rulePack().version()).isEqualTo("1");
            Path next = Files.createSymbolicLink(root.resolve("next"), v2);
            Files.move(next, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            ReloadableEngine.Reload r = engine.reload();
            assertThat(r.success()).as(r.toString()).isTrue();
            assertThat(engine.rulePack().version()).isEqualTo("2");
            assertThat(engine.review(review).rulePack().version()).isEqualTo("2");
        }
    }

    @Test
    void aReloadPastItsTimeoutIsRefusedAndDoesNotBlockTheNext(@TempDir Path dir) throws Exception {
        ReloadableEngineTest.writePack(dir, "1", "RECOMMENDED", "rank == 1");
        try (ReloadableEngine engine = ReloadableEngine.builder(dir).profile(Profiles.bundled(Profiles.NATIONAL))
                .reloadTimeout(Duration.ofMillis(1)).build()) {
            ReloadableEngineTest.writePack(dir, "2", "RECOMMENDED", "rank == 1");
            long start = System.nanoTime();
            ReloadableEngine.Reload r = engine.reload();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(r.success()).isFalse();
            assertThat(r.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("BUDGET"));
            assertThat(engine.rulePack().version()).isEqualTo("1");
            // the lock is free: another reload runs (and is refused the same way) instead of waiting
            assertThat(engine.reload().success()).isFalse();
        }
    }

    /**
     * A multi-file update caught half-way (pack.json already says version 2, the rules are still version 1's) goes
     * live as what it is: the result's content hash is that of the rules it ran, so it never claims version 2's
     * rules; once the rules arrive, the hash changes with them.
     */
    @Test
    void aResultNamesTheContentItRanNotOnlyTheVersionItClaims(@TempDir Path dir) throws Exception {
        ReloadableEngineTest.writePack(dir, "1", "RECOMMENDED", "rank == 1");
        BlocReview review = Reviews.bloc(2024, 3).build();
        try (ReloadableEngine engine = ReloadableEngine.builder(dir).profile(Profiles.bundled(Profiles.NATIONAL)).build()) {
            String v1 = engine.review(review).rulePack().contentHash();
            assertThat(v1).matches("sha256:[0-9a-f]{64}")
                    .isEqualTo(io.github.thidua.rules.pack.PackLoader.load(dir).pack().info().contentHash());
            java.nio.file.Files.writeString(dir.resolve("pack.json"),
                    "{\"name\": \"reload-test\", \"version\": \"2\", \"extends\": null}\n");
            assertThat(engine.reload().success()).isTrue();
            io.github.thidua.rules.RulePackInfo torn = engine.review(review).rulePack();
            assertThat(torn.version()).isEqualTo("2");
            assertThat(torn.contentHash()).as("version 2 ran version 1's rules, and says so").isEqualTo(v1);
            ReloadableEngineTest.writePack(dir, "2", "NOT_ELIGIBLE", "rank == 1");
            assertThat(engine.reload().success()).isTrue();
            io.github.thidua.rules.RulePackInfo complete = engine.review(review).rulePack();
            assertThat(complete.version()).isEqualTo("2");
            assertThat(complete.contentHash()).isNotEqualTo(v1)
                    .isEqualTo(io.github.thidua.rules.pack.PackLoader.load(dir).pack().info().contentHash());
        }
    }
}
