package io.github.thidua.testkit;

import io.github.thidua.testkit.law.Law;
import io.github.thidua.testkit.law.Laws;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which laws a {@link RuleConsistencySuite} checks: every law, only some, or all but some, each skipped law with the
 * reason the report shows. Immutable.
 *
 * <pre>{@code
 * LawSelection.all().skip(Laws.MONOTONICITY, "why");
 * LawSelection.only(Laws.SOUNDNESS, Laws.DIFFERENTIAL);
 * }</pre>
 */
public final class LawSelection {
    private final Set<String> only;
    private final Map<String, String> skipped;

    private LawSelection(Set<String> only, Map<String, String> skipped) {
        this.only = only;
        this.skipped = skipped;
    }

    /** @return every law */
    public static LawSelection all() {
        return new LawSelection(null, Map.of());
    }

    /**
     * Only these laws (the others are skipped as "not selected").
     *
     * @param laws the laws to check
     * @return the selection
     */
    public static LawSelection only(Law... laws) {
        Set<String> names = new LinkedHashSet<>();
        for (Law l : laws) {
            names.add(l.name());
        }
        return new LawSelection(Set.copyOf(names), Map.of());
    }

    /**
     * This selection without a law.
     *
     * @param law    the law to skip
     * @param reason why (shown in the skipped test's report); not blank
     * @return a new selection
     */
    public LawSelection skip(Law law, String reason) {
        Objects.requireNonNull(law, "law");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why law " + law.name() + " is skipped");
        }
        Map<String, String> s = new LinkedHashMap<>(skipped);
        s.put(law.name(), reason);
        return new LawSelection(only, Map.copyOf(s));
    }

    /**
     * @param law a law
     * @return whether it is checked
     */
    public boolean selects(Law law) {
        return (only == null || only.contains(law.name())) && !skipped.containsKey(law.name());
    }

    /**
     * @param law a law that is not selected
     * @return why
     */
    public String reason(Law law) {
        if (skipped.containsKey(law.name())) {
            return skipped.get(law.name());
        }
        return selects(law) ? "selected" : "not selected (only " + String.join(", ", only) + ")";
    }

    /** @return the bundled laws this selection checks, in {@link Laws#all()} order */
    public List<Law> bundled() {
        return Laws.all().stream().filter(this::selects).toList();
    }
}
