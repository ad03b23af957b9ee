package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Regime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *
 * <p>The rules of the unit review of people ({@value #PEOPLE_PACKAGE}) belong to every period. A pack compiled at
 * run time keeps them in each period's KieBase; the pre-built pack keeps them in a KieBase of their own
 * ({@link #people}), so that a bloc review neither builds nor evaluates them, and the unit review builds only them.
 * Their rules fire only in the people phases, which a bloc review never focuses: the decisions are the same.
 */
public final class PeriodBases {
    /** A rule as the pack declares it, known without building any KieBase. */
    public record RuleDescription(String packageName, String name, Map<String, Object> metaData) {
        public RuleDescription {
            metaData = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(metaData));
        }
    }

    /** The DRL package of the unit review of people's rules (see {@link #people}). */
    public static final String PEOPLE_PACKAGE = "io.github.thidua.rules.individuals";

    /** Lists the rules when {@link #rules()} is first called; null once listed. Guarded by {@code this}. */
    private Supplier<List<RuleDescription>> listing;
    /** Guarded by {@code this}. */
    private List<RuleDescription> rules;
    private final Function<Regime, KieBase> build;
    /** Builds the people KieBase of a period; null if the period's KieBase holds the people rules. */
    private final Function<Regime, KieBase> buildPeople;
    /** Guarded by {@code this}. */
    private final EnumMap<Regime, KieBase> built = new EnumMap<>(Regime.class);
    /** Guarded by {@code this}. */
    private final EnumMap<Regime, KieBase> builtPeople = new EnumMap<>(Regime.class);

    private PeriodBases(Supplier<List<RuleDescription>> listing, Function<Regime, KieBase> build,
                        Function<Regime, KieBase> buildPeople, Map<Regime, KieBase> ready) {
        this.listing = listing;
        this.build = build;
        this.buildPeople = buildPeople;
        built.putAll(ready);
    }

    /** KieBases already built, one for every period. */
    public PeriodBases(Map<Regime, KieBase> bases) {
        this(listed(describe(bases)), null, null, bases);
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
        return new PeriodBases(listed(rules), Objects.requireNonNull(build, "build"), null, Map.of());
    }

    /**
     * KieBases built on first use, the people rules in KieBases of their own, and the rules listed on first use
     * (listing the pre-built model's rules makes every rule of every period: a review does not need it).
     *
     * @param rules  lists every rule of every period (a rule of a shared package once); called at most once
     * @param build  builds a period's KieBase without the people rules; called at most once per period
     * @param people builds a period's KieBase of the people rules; called at most once per period
     */
    public static PeriodBases lazy(Supplier<List<RuleDescription>> rules, Function<Regime, KieBase> build,
                                   Function<Regime, KieBase> people) {
        return new PeriodBases(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(build, "build"),
                Objects.requireNonNull(people, "people"), Map.of());
    }

    private static Supplier<List<RuleDescription>> listed(List<RuleDescription> rules) {
        List<RuleDescription> copy = List.copyOf(rules);
        return () -> copy;
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

    /**
     * The KieBase that holds a period's rules of the unit review of people ({@value #PEOPLE_PACKAGE}), built now if
     * it was not yet: the period's own KieBase ({@link #of}) unless these bases keep the people rules apart.
     */
    public synchronized KieBase people(Regime regime) {
        if (buildPeople == null) {
            return of(regime);
        }
        KieBase base = builtPeople.get(regime);
        if (base == null) {
            base = Objects.requireNonNull(buildPeople.apply(regime), () -> "no people KieBase for " + regime);
            builtPeople.put(regime, base);
        }
        return base;
    }

    /** Whether a period's KieBase is built. */
    public synchronized boolean isBuilt(Regime regime) {
        return built.containsKey(regime);
    }

    /** Every rule of the pack (a rule of a package shared by the periods once), in declaration order. */
    public synchronized List<RuleDescription> rules() {
        if (rules == null) {
            rules = List.copyOf(listing.get());
            listing = null;
        }
        return rules;
    }

    /** Whether a package holds the rules of the unit review of people. */
    public static boolean isPeoplePackage(String packageName) {
        return PEOPLE_PACKAGE.equals(packageName);
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
