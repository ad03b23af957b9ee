package io.github.thidua.testkit.law;

import java.util.List;

/** The bundled consistency laws. */
public final class Laws {
    /** Quotas are never exceeded. */
    public static final Law QUOTA_CONSERVATION = new QuotaConservation();
    /** Every granted or eligible award meets its conditions. */
    public static final Law SOUNDNESS = new Soundness();
    /** A unit meeting every condition is not refused. */
    public static final Law COMPLETENESS = new Completeness();
    /** One award per unit per year; never two state-level forms. */
    public static final Law EXCLUSIVITY = new Exclusivity();
    /** Flags for leaders only; nothing for excluded units; PM certificate left to the province. */
    public static final Law HIERARCHY = new Hierarchy();
    /** Same input, same result. */
    public static final Law DETERMINISM = new Determinism();
    /** Shuffled input, same result. */
    public static final Law PERMUTATION_INVARIANCE = new PermutationInvariance();
    /** Doing better never hurts, doing worse never helps. */
    public static final Law MONOTONICITY = new Monotonicity();
    /** No rule of the other regime fires. */
    public static final Law REGIME_PARTITION = new RegimePartition();
    /** Every decision cites its legal basis. */
    public static final Law CITATION = new Citation();
    /** Only the year-end review decides. */
    public static final Law STAGE = new StageLaw();
    /** Engine and reference evaluator agree. */
    public static final Law DIFFERENTIAL = new Differential();
    /**
     * Appraise mode (people decide, the law checks): not among {@link #all()}, which every pack's suite runs, since
     * it appraises recorded decisions and council ballots it draws itself; run it by name or with
     * {@code ConsistencyCheck.builder(engine).laws(List.of(Laws.APPRAISE))}.
     */
    public static final Law APPRAISE = new Appraise();

    private Laws() {
    }

    /**
     * Every bundled law, in a stable order.
     *
     * @return the laws
     */
    public static List<Law> all() {
        return List.of(QUOTA_CONSERVATION, SOUNDNESS, COMPLETENESS, EXCLUSIVITY, HIERARCHY, DETERMINISM,
                PERMUTATION_INVARIANCE, MONOTONICITY, REGIME_PARTITION, CITATION, STAGE, DIFFERENTIAL);
    }

    /**
     * A bundled law by name.
     *
     * @param name e.g. {@code quota-conservation}
     * @return the law
     * @throws IllegalArgumentException naming the bundled laws when unknown
     */
    public static Law named(String name) {
        if (APPRAISE.name().equals(name)) {
            return APPRAISE;
        }
        for (Law l : all()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown law '" + name + "'; bundled laws: "
                + all().stream().map(Law::name).toList());
    }
}
