package io.github.thidua.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.law.Regime;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    @Test
    void theSameSeedGivesTheSameBlocs() {
        Iterator<BlocReview> a = new Workload(5_000, 42).iterator();
        Iterator<BlocReview> b = new Workload(5_000, 42).iterator();
        for (int i = 0; i < 20; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
        BlocReview other = new Workload(5_000, 43).iterator().next();
        assertThat(other).isNotEqualTo(new Workload(5_000, 42).iterator().next());
    }

    @Test
    void aBlocDependsOnlyOnItsSpec() {
        Workload w = new Workload(3_000, 7);
        List<Workload.Spec> specs = new ArrayList<>();
        w.specs().forEachRemaining(specs::add);
        Iterator<BlocReview> it = w.iterator();
        for (Workload.Spec s : specs) {
            assertThat(Workload.build(s)).isEqualTo(it.next());
        }
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void theBlocsShareOutExactlyTheUnitsWithUniqueIds() {
        int units = 0;
        Set<String> ids = new HashSet<>();
        Set<Regime> regimes = new HashSet<>();
        for (BlocReview r : new Workload(4_321, 1)) {
            assertThat(r.bloc().size()).isBetween(Workload.MIN_BLOC, Workload.MAX_BLOC);
            assertThat(r.stage()).isEqualTo(Stage.YEAR_END);
            units += r.bloc().size();
            r.bloc().members().forEach(u -> assertThat(ids.add(u.id().value())).isTrue());
            regimes.add(r.regime());
        }
        assertThat(units).isEqualTo(4_321);
        assertThat(regimes).containsExactlyInAnyOrder(Regime.values());
    }

    @Test
    void theLargePresetHasAboutFiftyThousandBlocsOfAboutTwentyUnits() {
        int blocs = 0;
        long units = 0;
        int size25 = 0;
        for (Iterator<Workload.Spec> it = new Workload(Workload.LARGE_UNITS, Workload.DEFAULT_SEED).specs();
             it.hasNext(); ) {
            Workload.Spec s = it.next();
            blocs++;
            units += s.size();
            size25 += s.size() == 25 ? 1 : 0;
        }
        assertThat(units).isEqualTo(Workload.LARGE_UNITS);
        assertThat(blocs).isBetween(45_000, 55_000);
        assertThat(size25).isPositive();
        assertThat(Workload.blocOfSize(1, 0, 25).bloc().size()).isEqualTo(25);
    }

    @Test
    void iteratingKeepsNoBlocAlive() throws InterruptedException {
        Iterator<BlocReview> it = new Workload(1_000_000, 3).iterator();
        List<WeakReference<BlocReview>> refs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            BlocReview r = it.next();
            if (i % 100 == 0) {
                refs.add(new WeakReference<>(r));
            }
        }
        // The iterator is still in use (reachable): it must not hold the blocs it built.
        assertThat(it.hasNext()).isTrue();
        for (int attempt = 0; attempt < 20 && refs.stream().anyMatch(w -> w.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(refs).allSatisfy(w -> assertThat(w.get()).isNull());
        assertThat(it.next()).isNotNull();
    }
}
