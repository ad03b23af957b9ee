package io.github.thidua.spring;

import io.github.thidua.rules.authoring.ReloadableEngine;
import io.github.thidua.rules.RulePackInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code /actuator/health} component {@code thidua}: UP with the rule pack serving (name, version, whether it is
 * the pre-compiled bundled pack) and, with a rules directory, the generation and the last reload's result. A
 * refused reload leaves the previous version serving, so the status stays UP and {@code lastReload.success} is
 * false with the number of problems.
 */
public class ThiduaHealthIndicator extends AbstractHealthIndicator {
    private final ThiduaEngines engines;

    public ThiduaHealthIndicator(ThiduaEngines engines) {
        super("thidua health check failed");
        this.engines = engines;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RulePackInfo pack = engines.rulePack();
        builder.up().withDetail("pack", pack.name()).withDetail("version", pack.version())
                .withDetail("precompiled", engines.current().isPrecompiled());
        engines.reloadable().ifPresent(r -> {
            builder.withDetail("generation", r.generation());
            r.lastReload().ifPresent(last -> builder.withDetail("lastReload", reload(last)));
        });
    }

    private static Map<String, Object> reload(ReloadableEngine.Reload r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("success", r.success());
        m.put("version", r.current().version());
        m.put("problems", r.problems().size());
        m.put("tookMs", r.took().toMillis());
        return m;
    }
}
