package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.authoring.RuleChecker;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.people.UnitReviewEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * With a real SLF4J binding (Logback, as most hosts have), building an engine and evaluating logs no warning: no
 * {@code EvalCondition} warning (the pact rule has no {@code eval}) and no "'agenda-group' is deprecated" warning
 * (the packs write {@code ruleflow-group}). A capturing appender on the root logger sees every WARN and ERROR of
 * Drools and thidua; the last test shows that it does catch one when a pack brings the deprecated keyword back.
 *
 * <p>The pre-built rule base is loaded once per JVM, so this class runs in a JVM of its own (an execution of its own
 * in the module's pom) and the bundled pack's test runs first: the load happens while the appender listens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuietEngineTest {
    static final Path SCENARIOS = Path.of("../examples/scenarios");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        assertThat(LoggerFactory.getILoggerFactory()).as("the test binding").isInstanceOf(ch.qos.logback.classic.LoggerContext.class);
        assertThat(root.getLevel()).as("the root level of logback-test.xml").isEqualTo(Level.WARN);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        captured.stop();
    }

    private List<String> warnings() {
        return captured.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " - " + e.getFormattedMessage()).toList();
    }

    @Test
    @Order(1)
    void theBundledPackBuildsAndEvaluatesEverySeedScenarioWithoutAWarning() throws IOException {
        Engine engine = Engine.builder().build();
        assertThat(engine.isPrecompiled()).isTrue();
        int evaluated = 0;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                String kind = Scenarios.kindOf(f);
                if (kind.equals(Scenarios.PROVINCE_REVIEW)) {
                    var province = Scenarios.readProvinceReview(f);
                    engine.consolidate(province, Profiles.resolve(province.profile(), SCENARIOS));
                } else if (kind.equals(Scenarios.UNIT_REVIEW)) {
                    new UnitReviewEngine(engine).review(UnitReviews.read(f));
                } else {
                    var review = Scenarios.readBlocReview(f);
                    engine.review(review, Profiles.resolve(review.profile(), SCENARIOS));
                }
                evaluated++;
            }
        }
        assertThat(evaluated).as("scenarios evaluated").isGreaterThanOrEqualTo(10);
        assertThat(warnings()).as("WARN or ERROR logged while building the engine and evaluating").isEmpty();
    }

    @Test
    @Order(2)
    void aPackCompiledAtRunTimeFromTheNationalDrlLogsNoWarning() {
        // The provincial example extends the national pack: every bundled DRL file is parsed and compiled here.
        Engine engine = Engine.builder().rulePack(pack("provincial-example")).build();
        assertThat(engine.isPrecompiled()).isFalse();
        engine.review(Reviews.bloc(2024, 3).build());
        engine.review(Reviews.bloc(2017, 3).build());

        assertThat(warnings()).as("WARN or ERROR logged while compiling and evaluating an external pack").isEmpty();
    }

    @Test
    @Order(3)
    void theCaptureSeesTheDeprecationWarningWhenAPackStillWritesAgendaGroup(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{\"name\": \"legacy\", \"version\": \"1\", \"extends\": null}\n");
        Files.writeString(dir.resolve("rules.drl"), """
                package vn.legacy;

                import io.github.thidua.core.law.AwardType;
                import io.github.thidua.rules.Outcome;
                import io.github.thidua.rules.facts.Member;
                import io.github.thidua.rules.facts.Outcomes;

                global Outcomes outcomes;

                rule "Legacy: the best-ranked unit"
                    @ruleId("LEGACY_BEST")
                    @legalBasis("test")
                    @certainty("assumption")
                    agenda-group "decision"
                when
                    $m : Member( rank == 1, $u : unitId )
                then
                    outcomes.decide(kcontext, $u, AwardType.PROVINCIAL_FLAG, Outcome.RECOMMENDED, "vi", "en");
                end
                """);

        // The deprecated keyword still works: the rule runs in its phase.
        Engine engine = Engine.builder().rulePack(dir).build();
        assertThat(engine.review(Reviews.bloc(2024, 3).build()).decision(io.github.thidua.core.UnitId.of("u01"),
                io.github.thidua.core.law.AwardType.PROVINCIAL_FLAG).orElseThrow().outcome()).isEqualTo(Outcome.RECOMMENDED);
        // Drools warns through SLF4J, and the checker tells the author what to write instead.
        assertThat(warnings()).anyMatch(w -> w.startsWith("WARN") && w.contains("agenda-group") && w.contains("ruleflow-group"));
        List<Problem> problems = RuleChecker.create().compile(false).check(dir);
        assertThat(problems).extracting(Problem::format).containsExactly("rules.drl:14:5: warning [DEPRECATED_AGENDA_GROUP]"
                + " agenda-group is deprecated in Drools 10 and will be removed: write ruleflow-group \"decision\" (the same"
                + " phase) (rule \"Legacy: the best-ranked unit\")");
    }

    private static Path pack(String name) {
        try {
            return Path.of(QuietEngineTest.class.getResource("/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
