package io.github.thidua.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.json.Scenarios;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.authoring.ReloadableEngine;
import io.github.thidua.rules.ReviewResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter in a real Spring application context (Spring Boot's ApplicationContextRunner), on the library
 * versions Spring Boot 3.5 manages: the engine it configures runs a real review.
 */
class ThiduaAutoConfigurationTest {
    static final Path SEED = Path.of("../examples/scenarios/000-bac-ninh-2022-social-organisations.json");
    /** A one-rule pack of its own (compiles in seconds, unlike a pack extending the national one). */
    static final Path PACK = Path.of("../examples/src/test/resources/io/github/thidua/examples/cli/packs/tiny");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ThiduaAutoConfiguration.class));

    @Test
    void withoutARulesDirectoryTheEngineRunsTheBundledPrecompiledPackAndHealthShowsItsVersion() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Engine.class).doesNotHaveBean(ReloadableEngine.class)
                    .hasSingleBean(ThiduaEngines.class).hasSingleBean(ThiduaHealthIndicator.class);
            Engine engine = context.getBean(Engine.class);
            assertThat(engine.isPrecompiled()).isTrue();

            ReviewResult result = engine.review(Scenarios.readBlocReview(SEED));
            assertThat(result.decisions()).anyMatch(d -> d.outcome() == Outcome.RECOMMENDED);

            Health health = context.getBean(ThiduaHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pack", engine.rulePack().name())
                    .containsEntry("version", engine.rulePack().version()).containsEntry("precompiled", true);
        });
    }

    @Test
    void theTestsRunOnTheJacksonAndSlf4jVersionsSpringBoot35Manages() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.19.");
        assertThat(org.slf4j.LoggerFactory.class.getPackage().getImplementationVersion()).isEqualTo("2.0.17");
        assertThat(org.apache.commons.codec.binary.Hex.class.getProtectionDomain().getCodeSource().getLocation()
                .toString()).contains("commons-codec-1.18.0");
    }

    @Test
    void aProfilePropertyAppliesToEveryEvaluation() {
        runner.withPropertyValues("thidua.profile=national", "thidua.audit-trail=false").run(context -> {
            ReviewResult result = context.getBean(Engine.class).review(Scenarios.readBlocReview(SEED));
            assertThat(result.audit()).isEmpty();
        });
    }

    @Test
    void aRulesDirectoryMakesAReloadableEngineAndHealthShowsTheGeneration() {
        runner.withPropertyValues("thidua.rules-directory=" + PACK).run(context -> {
            assertThat(context).hasSingleBean(ReloadableEngine.class).doesNotHaveBean(Engine.class);
            ReloadableEngine engine = context.getBean(ReloadableEngine.class);
            assertThat(context.getBean(ThiduaEngines.class).current()).isSameAs(engine.engine());
            engine.reload();

            Health health = context.getBean(ThiduaHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pack", engine.rulePack().name())
                    .containsEntry("version", engine.rulePack().version()).containsEntry("precompiled", false)
                    .containsEntry("generation", 2L);
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) health.getDetails().get("lastReload");
            assertThat(last).containsEntry("success", true).containsEntry("problems", 0);
        });
    }

    @Test
    void anApplicationsOwnEngineWins() {
        runner.withUserConfiguration(OwnEngine.class).run(context -> {
            assertThat(context).hasSingleBean(Engine.class);
            assertThat(context.getBean(Engine.class)).isSameAs(context.getBean(OwnEngine.class).engine);
        });
    }

    @Test
    void theHealthIndicatorCanBeDisabled() {
        runner.withPropertyValues("management.health.thidua.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ThiduaHealthIndicator.class));
    }

    @Test
    void configurationMetadataDescribesEveryProperty() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"thidua.profile\"", "\"thidua.rules-directory\"", "\"thidua.reload\"",
                    "\"thidua.reload-quiet-period\"", "\"thidua.audit-trail\"", "ReloadableEngine on");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEngine {
        final Engine engine = Engine.builder().auditTrail(false).build();

        @Bean
        Engine engine() {
            return engine;
        }
    }
}
