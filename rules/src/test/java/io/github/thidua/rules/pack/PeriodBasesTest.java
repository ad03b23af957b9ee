package io.github.thidua.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.law.Regime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class PeriodBasesTest {
    @Test
    void aLazyPeriodIsBuiltOnlyWhenAskedForAndOnlyOnce() {
        PeriodBases prebuilt = PrebuiltKieBase.get().orElseThrow();
        Map<Regime, Integer> builds = new EnumMap<>(Regime.class);
        PeriodBases lazy = PeriodBases.lazy(prebuilt.rules(), r -> {
            builds.merge(r, 1, Integer::sum);
            return prebuilt.of(r);
        });

        assertThat(lazy.isBuilt(Regime.REGIME_2024)).isFalse();
        KieBase first = lazy.of(Regime.REGIME_2024);
        KieBase again = lazy.of(Regime.REGIME_2024);

        assertThat(again).isSameAs(first);
        assertThat(builds).containsExactly(Map.entry(Regime.REGIME_2024, 1));
        assertThat(lazy.isBuilt(Regime.REGIME_2017)).isFalse();
    }

    @Test
    void thePrebuiltPackListsEveryRuleOnceWithoutBuildingAKieBase() {
        List<PeriodBases.RuleDescription> rules = PrebuiltKieBase.get().orElseThrow().rules();

        assertThat(rules).extracting(r -> r.packageName() + "." + r.name()).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(r -> assertThat(RuleMetadata.get(r.metaData(), RuleMetadata.RULE_ID)).isNotBlank());
        assertThat(rules).anyMatch(r -> r.packageName().endsWith(".regime2017"))
                .anyMatch(r -> r.packageName().endsWith(".regime2024"))
                .anyMatch(r -> r.packageName().endsWith(".common"));
    }
}
