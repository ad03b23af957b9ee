package io.github.thidua.rules.authoring;

import io.github.thidua.fixtures.Reviews;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.pack.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReloadableEngineTest {
    private static final Profile NATIONAL = Profiles.bundled(Profiles.NATIONAL);
    private static final UnitId U01 = UnitId.of("u01");

    /** A one-rule pack (extends null) deciding the best-ranked unit's provincial flag; compiles in about a second. */
    static void writePack(Path dir, String version, String outcome, String constraint) throws IOException {
        Files.writeString(dir.resolve("pack.json"),
                "{\"name\": \"reload-test\", \"version\": \"" + version + "\", \"extends\": null}\n");
        Files.writeString(dir.resolve("rules.drl"), """
                package vn.reload;

                import io.github.thidua.core.law.AwardType;
                import io.github.thidua.rules.Outcome;
                import io.github.thidua.rules.facts.Member;
                import io.github.thidua.rules.facts.Outcomes;

                global Outcomes outcomes;

                rule "Reload: the best-ranked unit"
                    @ruleId("RELOAD_BEST")
                    @legalBasis("test")
                    @certainty("assumption")
                    ruleflow-group "decision"
                when
                    $m : Member( %s, $u : unitId )
                then
                    outcomes.decide(kcontext, $u, AwardType.PROVINCIAL_FLAG, Outcome.%s, "vi", "en");
                end
                """.formatted(constraint, outcome));
    }

    record Observation(long started, long finished, String version, Outcome outcome) {
    }

    @Test
    void evaluationsNeverFailWhileBrokenAndFixedVersionsAreLoaded(@TempDir Path dir) throws Exception {
        writePack(dir, "1", "RECOMMENDED", "rank == 1");
        BlocReview review = Reviews.bloc(2024, 3).build();
        List<ReloadableEngine.Reload> reloads = new ArrayList<>();
        try (ReloadableEngine engine = ReloadableEngine.builder(dir).profile(NATIONAL).onReload(reloads::add).build()) {
            assertThat(engine.rulePack().version()).isEqualTo("1");
            assertThat(engine.generation()).isEqualTo(1);
            ConcurrentLinkedQueue<Observation> seen = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger evaluations = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        try {
                            ReviewResult r = engine.review(review);
                            Outcome o = r.decision(U01, AwardType.PROVINCIAL_FLAG).map(d -> d.outcome()).orElse(null);
                            seen.add(new Observation(start, System.nanoTime(), r.rulePack().version(), o));
                            evaluations.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                }, "evaluator-" + i);
                t.start();
                threads.add(t);
            }
            Thread.sleep(300);

            writePack(dir, "2", "ELIGIBLE_NOT_SELECTED", "rank == ");          // a syntax error
            ReloadableEngine.Reload syntax = engine.reload();
            writePack(dir, "2", "ELIGIBLE_NOT_SELECTED", "rnk == 1");          // compiles with an error
            ReloadableEngine.Reload compile = engine.reload();
            Files.writeString(dir.resolve("evil.drl"), "package vn.evil;\nrule \"E\" when then System.exit(1); end\n");
            ReloadableEngine.Reload hostile = engine.reload();
            Files.delete(dir.resolve("evil.drl"));
            Thread.sleep(200);

            writePack(dir, "3", "ELIGIBLE_NOT_SELECTED", "rank == 1");          // the fix
            long goodStart = System.nanoTime();
            ReloadableEngine.Reload good = engine.reload();
            long goodEnd = System.nanoTime();
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : threads) {
                t.join(10_000);
            }

            assertThat(failures).isEmpty();
            assertThat(syntax.success()).isFalse();
            assertThat(syntax.current().version()).isEqualTo("1");
            assertThat(syntax.problems()).anySatisfy(p -> assertThat(p.format()).startsWith("rules.drl:16:").contains("[ERR10"));
            assertThat(compile.success()).isFalse();
            assertThat(compile.problems()).extracting(Problem::format).containsExactly(
                    "rules.drl:16:18: error [COMPILE] Unable to parse left part of expression: rnk == 1"
                            + " — Member has no property 'rnk'; did you mean 'rank'? (rule \"Reload: the best-ranked unit\")");
            assertThat(hostile.success()).isFalse();
            assertThat(hostile.problems()).anySatisfy(p -> assertThat(p.format()).startsWith("evil.drl:2:").contains("java.lang.System"));
            assertThat(good.success()).isTrue();
            assertThat(good.previous().version()).isEqualTo("1");
            assertThat(good.current().version()).isEqualTo("3");
            assertThat(good.generation()).isEqualTo(2);
            assertThat(engine.rulePack().version()).isEqualTo("3");
            assertThat(reloads).containsExactly(syntax, compile, hostile, good);

            Map<String, Long> byVersion = seen.stream().collect(Collectors.groupingBy(Observation::version, Collectors.counting()));
            assertThat(byVersion.keySet()).containsExactlyInAnyOrder("1", "3");
            assertThat(byVersion.get("1")).isGreaterThan(10);
            assertThat(byVersion.get("3")).isGreaterThan(10);
            for (Observation o : seen) {
                assertThat(o.outcome()).isEqualTo(o.version().equals("1") ? Outcome.RECOMMENDED : Outcome.ELIGIBLE_NOT_SELECTED);
                if (o.started() < goodStart) {
                    assertThat(o.version()).as("an evaluation started before the good reload").isEqualTo("1");
                }
                if (o.started() > goodEnd) {
                    assertThat(o.version()).as("an evaluation started after the good reload").isEqualTo("3");
                }
            }
            System.out.printf("reload under load: %d evaluations on 4 threads, %s; refused reloads %d/%d/%d ms,"
                    + " good reload %d ms, 0 failures%n", evaluations.get(), byVersion, syntax.took().toMillis(),
                    compile.took().toMillis(), hostile.took().toMillis(), good.took().toMillis());
        }
    }

    @Test
    void watchingReloadsAfterTheFilesSettle(@TempDir Path dir) throws Exception {
        writePack(dir, "1", "RECOMMENDED", "rank == 1");
        CountDownLatch reloaded = new CountDownLatch(1);
        try (ReloadableEngine engine = ReloadableEngine.builder(dir).profile(NATIONAL).watch(Duration.ofMillis(300))
                .onReload(r -> {
                    if (r.success()) {
                        reloaded.countDown();
                    }
                }).build()) {
            Thread.sleep(200);
            writePack(dir, "2", "ELIGIBLE_NOT_SELECTED", "rank == 1");
            assertThat(reloaded.await(60, TimeUnit.SECONDS)).as("reloaded within 60 s").isTrue();
            assertThat(engine.rulePack().version()).isEqualTo("2");
            assertThat(engine.review(Reviews.bloc(2024, 3).build()).decision(U01, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome())
                    .isEqualTo(Outcome.ELIGIBLE_NOT_SELECTED);
        }
    }

    @Test
    void aPackThatDoesNotLoadAtFirstIsAnError(@TempDir Path dir) throws IOException {
        writePack(dir, "1", "RECOMMENDED", "rank == ");
        assertThatThrownBy(() -> ReloadableEngine.open(dir)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("rules.drl:16:");
    }
}
