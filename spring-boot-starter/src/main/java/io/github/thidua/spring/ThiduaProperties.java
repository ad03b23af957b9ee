package io.github.thidua.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code thidua.*} configuration properties.
 *
 * <pre>
 * thidua.profile=bac-ninh               # optional: one parameter profile for every evaluation
 * thidua.rules-directory=packs/bac-ninh # optional: an external rule pack, served by a ReloadableEngine
 * thidua.reload=true                    # with rules-directory: reload when its files change
 * </pre>
 */
@ConfigurationProperties(prefix = "thidua")
public class ThiduaProperties {
    /**
     * Parameter profile used for every evaluation: a bundled name (national, bac-ninh, yen-bai, bac-kan) or the
     * path of a profile JSON file. When unset, each scenario's own profile is used.
     */
    private String profile;

    /**
     * Directory of an external rule pack (.drl files and pack.json). When set, the engine is a ReloadableEngine on
     * this pack, which needs the Drools compiler: add io.github.thidua:thidua-authoring (type pom). When unset,
     * the bundled national pack, pre-compiled, is evaluated.
     */
    private Path rulesDirectory;

    /** Whether to reload the rules directory when its files change (only with rules-directory). */
    private boolean reload = false;

    /** How long the rules directory must be quiet before a change is reloaded. */
    private Duration reloadQuietPeriod = Duration.ofMillis(500);

    /** Whether results carry the audit trail (every rule fired, in order). */
    private boolean auditTrail = true;

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Path getRulesDirectory() {
        return rulesDirectory;
    }

    public void setRulesDirectory(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    public boolean isReload() {
        return reload;
    }

    public void setReload(boolean reload) {
        this.reload = reload;
    }

    public Duration getReloadQuietPeriod() {
        return reloadQuietPeriod;
    }

    public void setReloadQuietPeriod(Duration reloadQuietPeriod) {
        this.reloadQuietPeriod = reloadQuietPeriod;
    }

    public boolean isAuditTrail() {
        return auditTrail;
    }

    public void setAuditTrail(boolean auditTrail) {
        this.auditTrail = auditTrail;
    }
}
