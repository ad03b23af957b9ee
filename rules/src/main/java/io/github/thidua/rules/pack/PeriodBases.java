package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Regime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule pack compiled once per legal period (regime): the period is chosen once, when the engine picks the
 * KieBase for a review, instead of being re-tested by every rule. A DRL package whose last segment is
 * {@code regime2017} or {@code regime2024} ({@link #periodOf}) belongs to that period's KieBase only; every other
 * package (e.g. {@code common}, a province's own package) belongs to every period's KieBase.
 *
 * <p>The pre-built bundled pack builds a period's KieBase when a review of that period first needs it
 * ({@link #lazy}): a process that reviews one period (a CLI run, most hosts) never pays for the other. A pack
 * compiled at run time (external, untrusted) has all its KieBases built at once, inside its build budget.
 */
public final class PeriodBases {
    /** A rule as the pack declares it, known without building any KieBase. */
    public record RuleDescription(String packageName, String name, Map<String, Object> metaData) {
        public RuleDescription {
            metaData = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(metaData));
        }
    }

    private final List<RuleDescription> rules;
    private final Function<Regime, KieBase> build;
    /** Guarded by {@code this}. */
    private final EnumMap<Regime, KieBase> built = new EnumMap<>(Regime.class);

    private PeriodBases(List<RuleDescription> rules, Function<Regime, KieBase> build, Map<Regime, KieBase> ready) {
        this.rules = List.copyOf(rules);
        this.build = build;
        built.putAll(ready);
    }

    /** KieBases already built, one for every period. */
    public PeriodBases(Map<Regime, KieBase> bases) {
        this(describe(bases), null, bases);
        for (Regime r : Regime.values()) {
            Objects.requireNonNull(bases.get(r), () -> "no KieBase for " + r);
        }
    }

    /**
     * KieBases built on first use.
     *
     * @param rules every rule of every period (a rule of a shared package once)
     * @param build builds a period's KieBase; called at most once per period
     */
    public static PeriodBases lazy(List<RuleDescription> rules, Function<Regime, KieBase> build) {
        return new PeriodBases(rules, Objects.requireNonNull(build, "build"), Map.of());
    }

    /** The KieBase of a period, built now if it was not yet. */
    public synchronized KieBase of(Regime regime) {
        KieBase base = built.get(regime);
        if (base == null) {
            base = Objects.requireNonNull(build.apply(regime), () -> "no KieBase for " + regime);
            built.put(regime, base);
        }
        return base;
    }

    /** Whether a period's KieBase is built. */
    public synchronized boolean isBuilt(Regime regime) {
        return built.containsKey(regime);
    }

    /** Every rule of the pack (a rule of a package shared by the periods once), in declaration order. */
    public List<RuleDescription> rules() {
        return rules;
    }

    private static List<RuleDescription> describe(Map<Regime, KieBase> bases) {
        List<RuleDescription> list = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (KieBase kieBase : new EnumMap<>(bases).values()) {
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    if (listed.add(p.getName() + "\u0000" + r.getName())) {
                        list.add(new RuleDescription(p.getName(), r.getName(), r.getMetaData()));
                    }
                }
            }
        }
        return list;
    }

    /**
     * The period a DRL package belongs to only, or null if it belongs to every period: the package's last segment
     * is {@code "regime"} followed by the period's code (e.g. {@code io.github.thidua.rules.regime2024}).
     */
    public static Regime periodOf(String packageName) {
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        for (Regime r : Regime.values()) {
            if (last.equals("regime" + r.code())) {
                return r;
            }
        }
        return null;
    }

    /** Whether a package's rules belong to a period's KieBase. */
    public static boolean belongsTo(String packageName, Regime regime) {
        Regime only = periodOf(packageName);
        return only == null || only == regime;
    }
}
