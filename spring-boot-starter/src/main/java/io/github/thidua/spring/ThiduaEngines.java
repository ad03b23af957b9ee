package io.github.thidua.spring;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.authoring.ReloadableEngine;
import io.github.thidua.rules.RulePackInfo;
import java.util.Optional;

/**
 * The engine a Spring application evaluates with, whichever the configuration made: the fixed {@link Engine} on
 * the bundled pack, or the {@link ReloadableEngine} on {@code thidua.rules-directory}. Inject this when code must
 * work with both; {@link #current()} is the version serving now (take it once per request).
 */
public final class ThiduaEngines {
    private final Engine fixed;
    private final ReloadableEngine reloadable;

    private ThiduaEngines(Engine fixed, ReloadableEngine reloadable) {
        this.fixed = fixed;
        this.reloadable = reloadable;
    }

    /** Engines serving one fixed engine. */
    public static ThiduaEngines of(Engine engine) {
        return new ThiduaEngines(engine, null);
    }

    /** Engines serving whatever version a reloadable engine has loaded. */
    public static ThiduaEngines of(ReloadableEngine engine) {
        return new ThiduaEngines(null, engine);
    }

    /** The engine serving now: a snapshot that stays usable after a reload. */
    public Engine current() {
        return reloadable != null ? reloadable.engine() : fixed;
    }

    /** The pack serving now. */
    public RulePackInfo rulePack() {
        return current().rulePack();
    }

    /** The reloadable engine, when {@code thidua.rules-directory} is set. */
    public Optional<ReloadableEngine> reloadable() {
        return Optional.ofNullable(reloadable);
    }
}
