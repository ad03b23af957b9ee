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

    @Test
    void thePrebuiltPackKeepsThePeopleRulesInAKieBaseOfTheirOwn() {
        PeriodBases prebuilt = PrebuiltKieBase.get().orElseThrow();

        for (Regime r : Regime.values()) {
            assertThat(packagesWithRules(prebuilt.of(r))).as("%s", r).doesNotContain(PeriodBases.PEOPLE_PACKAGE)
                    .contains("io.github.thidua.rules.common", "io.github.thidua.rules.regime" + r.code());
            assertThat(packagesWithRules(prebuilt.people(r))).as("%s", r).containsExactly(PeriodBases.PEOPLE_PACKAGE);
        }
        assertThat(prebuilt.rules()).as("the listing still has every rule")
                .anyMatch(d -> d.packageName().equals(PeriodBases.PEOPLE_PACKAGE));
    }

    @Test
    void aCompiledPackKeepsThePeopleRulesInEachPeriod() {
        KieBase base = PrebuiltKieBase.get().orElseThrow().of(Regime.REGIME_2024);
        PeriodBases eager = new PeriodBases(Map.of(Regime.REGIME_2017, base, Regime.REGIME_2024, base));

        assertThat(eager.people(Regime.REGIME_2024)).isSameAs(eager.of(Regime.REGIME_2024));
    }

    private static List<String> packagesWithRules(KieBase base) {
        return base.getKiePackages().stream().filter(p -> !p.getRules().isEmpty())
                .map(org.kie.api.definition.KiePackage::getName).toList();
    }
}
