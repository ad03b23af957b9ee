package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.gen.BlocCase;
import io.github.thidua.testkit.gen.ProvinceCase;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The engine and reference evaluator that subjects are checked against, with a small cache of engine results keyed
 * by input (record equality) and profile: the laws of one suite run see the same generated inputs, so each input is
 * evaluated by the engine once, not once per law. Laws that need a fresh evaluation (determinism) call
 * {@link Subject#evaluate(BlocReview)}, which bypasses the cache. Thread-safe.
 */
public final class Evaluations {
    private static final int CAPACITY = 256;

    private final Engine engine;
    private final ReferenceEvaluator reference;
    private final Map<Key, Object> cache = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Key(Object input, Profile profile) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.profile == profile && k.input.equals(input);
        }

        @Override
        public int hashCode() {
            return input.hashCode() * 31 + System.identityHashCode(profile);
        }
    }

    /**
     * Evaluations against an engine, with the engine-compatible reference evaluator.
     *
     * @param engine the engine under test
     */
    public Evaluations(Engine engine) {
        this(engine, new ReferenceEvaluator());
    }

    /**
     * Evaluations against an engine and a reference evaluator.
     *
     * @param engine    the engine under test
     * @param reference the differential oracle
     */
    public Evaluations(Engine engine, ReferenceEvaluator reference) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** @return the engine under test */
    public Engine engine() {
        return engine;
    }

    /** @return the reference evaluator */
    public ReferenceEvaluator reference() {
        return reference;
    }

    /**
     * A subject for a generated bloc case.
     *
     * @param c the case
     * @return the subject
     */
    public Subject subject(BlocCase c) {
        return new Subject(this, c, null);
    }

    /**
     * A subject for a generated province case.
     *
     * @param c the case
     * @return the subject
     */
    public Subject subject(ProvinceCase c) {
        return new Subject(this, null, c);
    }

    ReviewResult review(BlocReview review, Profile profile) {
        Key key = new Key(review, profile);
        synchronized (cache) {
            Object hit = cache.get(key);
            if (hit != null) {
                return (ReviewResult) hit;
            }
        }
        ReviewResult result = engine.review(review, profile);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    ConsolidationResult consolidate(ProvinceReview province, Profile profile) {
        Key key = new Key(province, profile);
        synchronized (cache) {
            Object hit = cache.get(key);
            if (hit != null) {
                return (ConsolidationResult) hit;
            }
        }
        ConsolidationResult result = engine.consolidate(province, profile);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }
}
