package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.Describe;
import io.github.thidua.testkit.gen.Probe;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.reference.ReferenceConsolidation;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import io.github.thidua.testkit.reference.ReferenceResult;

/**
 * What a law is checked on: one input (a bloc review or a province review, with its profile and probe), the engine
 * under test, and the results of both the engine and the reference evaluator, computed on first use. Engine results
 * are shared through {@link Evaluations}; {@link #evaluate(BlocReview)} always runs the engine afresh.
 */
public final class Subject {
    /** Whether the subject is a bloc review or a province review. */
    public enum Kind {
        /** A bloc review. */
        BLOC,
        /** A province review (the council's consolidation). */
        PROVINCE
    }

    private final Evaluations evaluations;
    private final BlocCase bloc;
    private final ProvinceCase province;
    private ReferenceResult reference;
    private ReferenceConsolidation referenceConsolidation;

    Subject(Evaluations evaluations, BlocCase bloc, ProvinceCase province) {
        this.evaluations = evaluations;
        this.bloc = bloc;
        this.province = province;
    }

    /**
     * A subject for a bloc case, without a shared cache.
     *
     * @param engine the engine under test
     * @param c      the case
     * @return the subject
     */
    public static Subject of(Engine engine, BlocCase c) {
        return new Evaluations(engine).subject(c);
    }

    /**
     * A subject for a province case, without a shared cache.
     *
     * @param engine the engine under test
     * @param c      the case
     * @return the subject
     */
    public static Subject of(Engine engine, ProvinceCase c) {
        return new Evaluations(engine).subject(c);
    }

    /** @return bloc or province */
    public Kind kind() {
        return bloc != null ? Kind.BLOC : Kind.PROVINCE;
    }

    /** @return the engine under test */
    public Engine engine() {
        return evaluations.engine();
    }

    /** @return the reference evaluator */
    public ReferenceEvaluator referenceEvaluator() {
        return evaluations.reference();
    }

    /** @return the profile the input is evaluated under */
    public Profile profile() {
        return bloc != null ? bloc.profile() : province.profile();
    }

    /** @return the probe (perturbations for comparing laws) */
    public Probe probe() {
        return bloc != null ? bloc.probe() : province.probe();
    }

    /** @return the bloc case; fails for a province subject */
    public BlocCase blocCase() {
        requireKind(Kind.BLOC);
        return bloc;
    }

    /** @return the province case; fails for a bloc subject */
    public ProvinceCase provinceCase() {
        requireKind(Kind.PROVINCE);
        return province;
    }

    /** @return the bloc review; fails for a province subject */
    public BlocReview review() {
        return blocCase().review();
    }

    /** @return the province review; fails for a bloc subject */
    public ProvinceReview province() {
        return provinceCase().review();
    }

    /** @return the engine's result for the bloc review (computed once) */
    public ReviewResult result() {
        return evaluations.review(review(), profile());
    }

    /** @return the engine's consolidation of the province review (computed once) */
    public ConsolidationResult consolidation() {
        return evaluations.consolidate(province(), profile());
    }

    /**
     * Runs the engine afresh on another bloc review under the subject's profile.
     *
     * @param other the review
     * @return the engine's result
     */
    public ReviewResult evaluate(BlocReview other) {
        return engine().review(other, profile());
    }

    /**
     * Runs the engine afresh on another province review under the subject's profile.
     *
     * @param other the province review
     * @return the engine's consolidation
     */
    public ConsolidationResult evaluate(ProvinceReview other) {
        return engine().consolidate(other, profile());
    }

    /** @return the reference evaluator's result for the bloc review (computed once) */
    public synchronized ReferenceResult reference() {
        if (reference == null) {
            reference = referenceEvaluator().evaluate(review(), profile());
        }
        return reference;
    }

    /** @return the reference evaluator's consolidation of the province review (computed once) */
    public synchronized ReferenceConsolidation referenceConsolidation() {
        if (referenceConsolidation == null) {
            referenceConsolidation = referenceEvaluator().consolidate(province(), profile());
        }
        return referenceConsolidation;
    }

    /** @return a compact description of the input and probe, for failure reports */
    public String describe() {
        return bloc != null ? Describe.blocCase(bloc) : Describe.provinceCase(province);
    }

    @Override
    public String toString() {
        return describe();
    }

    private void requireKind(Kind kind) {
        if (kind() != kind) {
            throw new IllegalStateException("this law needs a " + kind + " subject, got a " + kind() + " subject");
        }
    }
}
