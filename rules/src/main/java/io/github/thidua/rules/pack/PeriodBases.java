package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Regime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;

/**
 * A rule pack compiled once per legal period (regime): the period is chosen once, when the engine picks the
 * KieBase for a review, instead of being re-tested by every rule. A DRL package whose last segment is
 * {@code regime2017} or {@code regime2024} ({@link #periodOf}) belongs to that period's KieBase only; every other
 * package (e.g. {@code common}, a province's own package) belongs to every period's KieBase.
 */
public final class PeriodBases {
    private final Map<Regime, KieBase> bases;

    public PeriodBases(Map<Regime, KieBase> bases) {
        EnumMap<Regime, KieBase> copy = new EnumMap<>(Regime.class);
        copy.putAll(bases);
        for (Regime r : Regime.values()) {
            Objects.requireNonNull(copy.get(r), () -> "no KieBase for " + r);
        }
        this.bases = copy;
    }

    /** The KieBase of a period. */
    public KieBase of(Regime regime) {
        return bases.get(regime);
    }

    /** Every period's KieBase, in period order. */
    public Collection<KieBase> all() {
        return bases.values();
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
