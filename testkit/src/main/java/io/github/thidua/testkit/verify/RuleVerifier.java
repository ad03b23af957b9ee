package io.github.thidua.testkit.verify;

import io.github.thidua.fixtures.Reviews;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fluent assertions about one rule of a pack, for rule authors' unit tests.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.forEngine(Engine.builder().rulePack(Path.of("packs/bac-ninh")).build());
 *
 * verifier.verifyThat("ELC24_ADVANCED_LABOUR_70")
 *         .given(Reviews.bloc(2024, 3).stats("u02", 10, 10, 6, 1, 0))
 *         .firesFor("u02")
 *         .yields("u02", AwardType.EXCELLENT_LABOUR_COLLECTIVE, Outcome.NOT_ELIGIBLE);
 *
 * verifier.verifyThat("EXCL24_PENDING_REVIEW_ND152").given(Reviews.bloc(2024, 3)).doesNotFire();
 * }</pre>
 *
 * <p>A failed check throws {@link AssertionError} whose message is short: what was expected, what happened, and for
 * the unit concerned (if the check names one) the rules that fired for it and its decisions with their reasons;
 * for a check about the rule as a whole, the rule's own firings. Not the whole audit trail: {@code result().audit()}
 * has it.
 * The review is evaluated once, on the first check, and every check of the chain reads that result.
 */
public final class RuleVerifier {
    private static final int TRAIL_LIMIT = 200;
    private final Engine engine;
    private final Profile profile;

    private RuleVerifier(Engine engine, Profile profile) {
        this.engine = engine;
        this.profile = profile;
    }

    /** A verifier of the rules of {@code engine}. */
    public static RuleVerifier forEngine(Engine engine) {
        return new RuleVerifier(Objects.requireNonNull(engine, "engine"), null);
    }

    /** Evaluates with this profile instead of the one each review names. */
    public RuleVerifier withProfile(Profile p) {
        return new RuleVerifier(engine, Objects.requireNonNull(p, "profile"));
    }

    /**
     * Starts assertions about the rule with this {@code @ruleId}.
     *
     * @throws AssertionError if the engine's pack has no such rule
     */
    public RuleAssertion verifyThat(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        Optional<RuleInfo> rule = engine.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            List<String> near = engine.rules().stream().map(RuleInfo::ruleId)
                    .filter(id -> id.regionMatches(0, ruleId, 0, Math.min(4, ruleId.length()))).sorted().toList();
            throw new AssertionError("\nExpecting rule pack " + engine.rulePack() + " to have a rule with id\n  " + ruleId
                    + "\nbut it has none" + (near.isEmpty() ? "" : "; similar ids:\n  " + String.join("\n  ", near)));
        }
        return new RuleAssertion(rule.get());
    }

    /** Assertions about one rule on one review. */
    public final class RuleAssertion {
        private final RuleInfo rule;
        private Supplier<BlocReview> review;
        private ReviewResult result;

        private RuleAssertion(RuleInfo rule) {
            this.rule = rule;
        }

        /** The review to evaluate. */
        public RuleAssertion given(BlocReview r) {
            Objects.requireNonNull(r, "review");
            this.review = () -> r;
            this.result = null;
            return this;
        }

        /** The review to evaluate, from a builder. */
        public RuleAssertion given(Reviews builder) {
            Objects.requireNonNull(builder, "builder");
            return given(builder.build());
        }

        /** The result of the evaluation (evaluating now if no check did yet). */
        public ReviewResult result() {
            if (result == null) {
                if (review == null) {
                    throw new IllegalStateException("call given(...) before checking rule " + rule.ruleId());
                }
                BlocReview r = review.get();
                result = profile == null ? engine.review(r) : engine.review(r, profile);
            }
            return result;
        }

        /** The firings of the rule. */
        public List<AuditEntry> firings() {
            return result().audit().stream().filter(a -> a.ruleId().equals(rule.ruleId())).toList();
        }

        /** Checks that the rule fired at least once. */
        public RuleAssertion fires() {
            if (firings().isEmpty()) {
                fail("Expecting rule " + describe() + "\nto fire, but it did not" + notEffective(), null);
            }
            return this;
        }

        /** Checks that the rule fired on a match that involves the unit. */
        public RuleAssertion firesFor(String unit) {
            if (firings().stream().noneMatch(a -> a.units().contains(unit))) {
                fail("Expecting rule " + describe() + "\nto fire for " + unit + ", but it "
                        + (firings().isEmpty() ? "did not fire" + notEffective() : "fired only for " + firedUnits()), unit);
            }
            return this;
        }

        /** Checks that the rule did not fire. */
        public RuleAssertion doesNotFire() {
            if (!firings().isEmpty()) {
                fail("Expecting rule " + describe() + "\nnot to fire, but it fired " + firings().size() + " time(s), for "
                        + firedUnits(), null);
            }
            return this;
        }

        /** Checks that the rule did not fire on any match involving the unit. */
        public RuleAssertion doesNotFireFor(String unit) {
            if (firings().stream().anyMatch(a -> a.units().contains(unit))) {
                fail("Expecting rule " + describe() + "\nnot to fire for " + unit + ", but it did", unit);
            }
            return this;
        }

        /**
         * Checks that the rule fired for the unit and that the unit's decision on the award is {@code outcome}.
         */
        public RuleAssertion yields(String unit, AwardType award, Outcome outcome) {
            Objects.requireNonNull(award, "award");
            Objects.requireNonNull(outcome, "outcome");
            firesFor(unit);
            Optional<Decision> d = result().decision(UnitId.of(unit), award);
            if (d.isEmpty() || d.get().outcome() != outcome) {
                fail("Expecting rule " + describe() + "\nto yield\n  " + unit + " " + award + " " + outcome + "\nbut the decision was\n  "
                        + d.map(RuleVerifier::show).orElse(unit + " " + award + ": no decision"), unit);
            }
            return this;
        }

        /**
         * Checks that the rule's condition refuses the award to the unit: the rule fired for it, the decision is
         * NOT_ELIGIBLE and lists this rule among its unmet conditions.
         */
        public RuleAssertion refuses(String unit, AwardType award) {
            Objects.requireNonNull(award, "award");
            firesFor(unit);
            Optional<Decision> d = result().decision(UnitId.of(unit), award);
            if (d.isEmpty() || d.get().outcome() != Outcome.NOT_ELIGIBLE
                    || d.get().unmet().stream().noneMatch(x -> x.ruleId().equals(rule.ruleId()))) {
                fail("Expecting rule " + describe() + "\nto refuse\n  " + unit + " " + award + "\nbut the decision was\n  "
                        + d.map(RuleVerifier::show).orElse(unit + " " + award + ": no decision"), unit);
            }
            return this;
        }

        /**
         * Checks that the rule's condition holds for the unit: the decision on the award is not NOT_ELIGIBLE and does
         * not list this rule among its unmet conditions.
         */
        public RuleAssertion meets(String unit, AwardType award) {
            Objects.requireNonNull(award, "award");
            Optional<Decision> d = result().decision(UnitId.of(unit), award);
            if (d.isEmpty() || d.get().outcome() == Outcome.NOT_ELIGIBLE
                    || d.get().unmet().stream().anyMatch(x -> x.ruleId().equals(rule.ruleId()))) {
                fail("Expecting " + unit + " to meet rule " + describe() + " for " + award + "\nbut the decision was\n  "
                        + d.map(RuleVerifier::show).orElse(unit + " " + award + ": no decision"), unit);
            }
            return this;
        }

        private String describe() {
            return rule.ruleId() + " (\"" + rule.name() + "\")";
        }

        private String notEffective() {
            BlocReview r = review == null ? null : review.get();
            if (r != null && !rule.effectiveOn(r.decisionDate())) {
                return " (it is not in force on the decision date " + r.decisionDate() + ": effective "
                        + (rule.effectiveFrom() == null ? "" : "from " + rule.effectiveFrom() + " ")
                        + (rule.effectiveTo() == null ? "" : "to " + rule.effectiveTo()) + ")";
            }
            return "";
        }

        private List<String> firedUnits() {
            return firings().stream().flatMap(a -> a.units().stream()).distinct().toList();
        }

        private void fail(String what, String unit) {
            throw new AssertionError("\n" + what + "\n" + context(result(), unit, rule.ruleId()));
        }
    }

    /**
     * The context of a failure: the review, then for a unit the rules that fired for it (in firing order) and its
     * decisions; without a unit, the firings of the rule checked.
     */
    static String context(ReviewResult r, String unit, String ruleId) {
        StringBuilder sb = new StringBuilder();
        sb.append("Rule pack: ").append(r.rulePack()).append(", year ").append(r.year()).append(", regime ")
                .append(r.regime()).append(", decided on ").append(r.decisionDate()).append('\n');
        if (unit == null) {
            List<AuditEntry> own = r.audit().stream().filter(a -> a.ruleId().equals(ruleId)).toList();
            sb.append("Firings of ").append(ruleId).append(": ").append(own.isEmpty() ? "none"
                    : own.stream().map(a -> a.units().toString()).collect(java.util.stream.Collectors.joining(", ")))
                    .append('\n');
            return sb.toString();
        }
        List<String> fired = r.audit().stream().filter(a -> a.units().contains(unit)).map(AuditEntry::ruleId)
                .distinct().toList();
        sb.append("Rules fired for ").append(unit).append(" (").append(fired.size()).append("): ");
        sb.append(fired.isEmpty() ? "none" : String.join(", ", fired.subList(0, Math.min(TRAIL_LIMIT, fired.size()))))
                .append(fired.size() > TRAIL_LIMIT ? ", …" : "").append('\n');
        sb.append("Decisions of ").append(unit).append(":\n");
        List<Decision> mine = r.decisions().stream().filter(d -> d.unit().value().equals(unit)).toList();
        if (mine.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Decision d : mine) {
            sb.append("  ").append(show(d)).append('\n');
        }
        return sb.toString();
    }

    private static String show(Decision d) {
        List<String> why = new ArrayList<>();
        d.reasons().stream().map(Reason::ruleId).forEach(why::add);
        d.unmet().stream().map(x -> "unmet " + x.ruleId()).forEach(why::add);
        return d.unit() + " " + d.award() + " " + d.outcome() + (why.isEmpty() ? "" : " [" + String.join(", ", why) + "]");
    }
}
