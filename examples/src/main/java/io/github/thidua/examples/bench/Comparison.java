package io.github.thidua.examples.bench;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.testkit.reference.ReferenceResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the benchmark compares between the engine and the reference evaluator for one bloc: the outcome of every unit
 * and award, the bloc leaders, and next year's head, deputy and election flag. Each side is reduced to a 64-bit
 * digest so that a pass over a million units keeps only one number per bloc; blocs whose digests differ are
 * re-evaluated and {@link #diff diffed} in full.
 */
final class Comparison {
    private static final AwardType[] AWARDS = AwardType.values();
    private static final int NONE = Outcome.values().length;

    private Comparison() {
    }

    /** The canonical view of one side's answer for a bloc, in the bloc's member order. */
    record View(byte[] outcomes, Set<UnitId> leaders, UnitId head, UnitId deputy, boolean elected) {
        long digest() {
            long h = 0x6A09E667F3BCC909L;
            for (byte b : outcomes) {
                h = Workload.mix(h + b + 1);
            }
            for (UnitId u : leaders) {
                h = Workload.mix(h ^ u.value().hashCode());
            }
            h = Workload.mix(h ^ Objects.hashCode(head == null ? null : head.value()));
            h = Workload.mix(h ^ Objects.hashCode(deputy == null ? null : deputy.value()) * 31L);
            return Workload.mix(h + (elected ? 1 : 2));
        }
    }

    /** The engine's answer. */
    static View of(BlocReview review, ReviewResult result) {
        List<Unit> members = review.bloc().members();
        Map<UnitId, Integer> index = new HashMap<>(members.size() * 2);
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).id(), i);
        }
        byte[] outcomes = new byte[members.size() * AWARDS.length];
        java.util.Arrays.fill(outcomes, (byte) NONE);
        Set<UnitId> leaders = new LinkedHashSet<>();
        for (Decision d : result.decisions()) {
            Integer i = index.get(d.unit());
            if (i == null) {
                continue;
            }
            outcomes[i * AWARDS.length + d.award().ordinal()] = (byte) d.outcome().ordinal();
        }
        // The leaders the rules chose (ReviewResult.leaders), members only.
        for (UnitId u : result.leaders()) {
            if (index.containsKey(u)) {
                leaders.add(u);
            }
        }
        // Leaders best first, as the reference lists them.
        Set<UnitId> ordered = new LinkedHashSet<>();
        result.ranking().units().forEach(u -> {
            if (leaders.contains(u.unit())) {
                ordered.add(u.unit());
            }
        });
        NextTerm t = result.nextTerm();
        return new View(outcomes, ordered, t == null ? null : t.head(), t == null ? null : t.deputy(),
                t != null && t.elected());
    }

    /** The reference evaluator's answer. */
    static View of(BlocReview review, ReferenceResult ref) {
        List<Unit> members = review.bloc().members();
        byte[] outcomes = new byte[members.size() * AWARDS.length];
        for (int i = 0; i < members.size(); i++) {
            for (AwardType a : AWARDS) {
                Outcome o = ref.outcome(members.get(i).id(), a);
                outcomes[i * AWARDS.length + a.ordinal()] = (byte) (o == null ? NONE : o.ordinal());
            }
        }
        return new View(outcomes, new LinkedHashSet<>(ref.leaders()), ref.nextHead(), ref.nextDeputy(),
                ref.nextElected());
    }

    /** One disagreement: the bloc, what differs, the engine's and the reference's answer. */
    record Mismatch(String bloc, String what, String engine, String reference) {
        @Override
        public String toString() {
            return "bloc " + bloc + ": " + what + ": engine " + engine + ", reference " + reference;
        }
    }

    /** Every disagreement between the two views of a bloc. */
    static List<Mismatch> diff(BlocReview review, View engine, View reference) {
        List<Mismatch> out = new ArrayList<>();
        String bloc = review.bloc().id().value();
        List<Unit> members = review.bloc().members();
        for (int i = 0; i < members.size(); i++) {
            for (AwardType a : AWARDS) {
                int k = i * AWARDS.length + a.ordinal();
                if (engine.outcomes()[k] != reference.outcomes()[k]) {
                    out.add(new Mismatch(bloc, members.get(i).id() + " " + a, name(engine.outcomes()[k]),
                            name(reference.outcomes()[k])));
                }
            }
        }
        if (!List.copyOf(engine.leaders()).equals(List.copyOf(reference.leaders()))) {
            out.add(new Mismatch(bloc, "leaders", engine.leaders().toString(), reference.leaders().toString()));
        }
        if (!Objects.equals(engine.head(), reference.head()) || !Objects.equals(engine.deputy(), reference.deputy())
                || engine.elected() != reference.elected()) {
            out.add(new Mismatch(bloc, "next term", term(engine), term(reference)));
        }
        return out;
    }

    /** Counts of outcomes per award over the views seen (for the report's mix of outcomes). */
    static final class Tally {
        private final Map<AwardType, long[]> counts = new EnumMap<>(AwardType.class);

        Tally() {
            for (AwardType a : AWARDS) {
                counts.put(a, new long[NONE + 1]);
            }
        }

        void add(View v) {
            for (int k = 0; k < v.outcomes().length; k++) {
                counts.get(AWARDS[k % AWARDS.length])[v.outcomes()[k]]++;
            }
        }

        void add(Tally other) {
            for (AwardType a : AWARDS) {
                long[] mine = counts.get(a);
                long[] theirs = other.counts.get(a);
                for (int i = 0; i < mine.length; i++) {
                    mine[i] += theirs[i];
                }
            }
        }

        /** Award → outcome → count (outcomes that never occurred are left out). */
        Map<String, Map<String, Long>> asMap() {
            Map<String, Map<String, Long>> m = new java.util.LinkedHashMap<>();
            for (AwardType a : AWARDS) {
                Map<String, Long> row = new java.util.LinkedHashMap<>();
                long[] c = counts.get(a);
                for (int i = 0; i < c.length; i++) {
                    if (c[i] > 0) {
                        row.put(name((byte) i), c[i]);
                    }
                }
                m.put(a.name(), row);
            }
            return m;
        }
    }

    private static String term(View v) {
        return "head " + v.head() + ", deputy " + v.deputy() + (v.elected() ? " (elected)" : " (policy)");
    }

    private static String name(byte b) {
        return b == NONE ? "none" : Outcome.values()[b].name();
    }
}
