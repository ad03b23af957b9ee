package io.github.thidua.spring;

import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.authoring.ReloadableEngine;
import java.nio.file.Path;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Auto-configures thidua from the {@code thidua.*} properties ({@link ThiduaProperties}): an {@link Engine} on the
 * bundled, pre-compiled national pack, or, when {@code thidua.rules-directory} is set, a {@link ReloadableEngine}
 * on that pack (watched when {@code thidua.reload=true}); a {@link ThiduaEngines} for code that works with either;
 * and, with Actuator, the {@code thidua} health indicator. Every bean backs off when the application defines its
 * own.
 */
@AutoConfiguration
@ConditionalOnClass(Engine.class)
@EnableConfigurationProperties(ThiduaProperties.class)
public class ThiduaAutoConfiguration {

    /** The engine on the bundled pack (no rules directory). */
    @Bean
    @ConditionalOnMissingBean({Engine.class, ReloadableEngine.class})
    @Conditional(NoRulesDirectory.class)
    public Engine thiduaEngine(ThiduaProperties properties) {
        Engine.Builder builder = Engine.builder().auditTrail(properties.isAuditTrail());
        Profile profile = profile(properties);
        if (profile != null) {
            builder.profile(profile);
        }
        return builder.build();
    }

    /** The reloadable engine on {@code thidua.rules-directory}; closed (watcher stopped) with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({Engine.class, ReloadableEngine.class})
    @ConditionalOnProperty(prefix = "thidua", name = "rules-directory")
    public ReloadableEngine thiduaReloadableEngine(ThiduaProperties properties) {
        Path dir = properties.getRulesDirectory();
        requireCompiler(dir);
        ReloadableEngine.Builder builder = ReloadableEngine.builder(dir);
        Profile profile = profile(properties);
        if (profile != null) {
            builder.profile(profile);
        }
        if (properties.isReload()) {
            builder.watch(properties.getReloadQuietPeriod());
        }
        return builder.build();
    }

    /** Whichever engine was configured, for code that serves both. */
    @Bean
    @ConditionalOnMissingBean
    public ThiduaEngines thiduaEngines(org.springframework.beans.factory.ObjectProvider<Engine> engine,
                                       org.springframework.beans.factory.ObjectProvider<ReloadableEngine> reloadable) {
        ReloadableEngine r = reloadable.getIfUnique();
        return r != null ? ThiduaEngines.of(r) : ThiduaEngines.of(engine.getObject());
    }

    private static Profile profile(ThiduaProperties properties) {
        String p = properties.getProfile();
        return p == null || p.isBlank() ? null : Profiles.resolve(p, Path.of(""));
    }

    /** A rules directory is DRL compiled at start-up: fail with the fix rather than a NoClassDefFoundError. */
    private static void requireCompiler(Path dir) {
        try {
            Class.forName("org.drools.compiler.kie.builder.impl.KieServicesImpl", false,
                    ThiduaAutoConfiguration.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("thidua.rules-directory=" + dir + " needs the Drools compiler to compile"
                    + " the pack: add the dependency io.github.thidua:thidua-authoring (type pom)", e);
        }
    }

    /** True when {@code thidua.rules-directory} is unset or blank. */
    static final class NoRulesDirectory implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("thidua.rules-directory"));
        }
    }

    /** The Actuator health indicator, when Actuator is present and the indicator is enabled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("thidua")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "thiduaHealthIndicator")
        ThiduaHealthIndicator thiduaHealthIndicator(ThiduaEngines engines) {
            return new ThiduaHealthIndicator(engines);
        }
    }
}
