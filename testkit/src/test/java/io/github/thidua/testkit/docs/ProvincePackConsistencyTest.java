package io.github.thidua.testkit.docs;

import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.RuleConsistencySuite;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import java.nio.file.Path;
import java.util.List;

class ProvincePackConsistencyTest extends RuleConsistencySuite {
    static final Path PACK = Path.of("src/test/resources/packs/bac-ninh-2025");

    @Override
    protected Engine engine() {
        return Engine.builder().rulePack(PACK).build();
    }

    @Override
    protected ReferenceEvaluator reference() {
        return ReferenceEvaluator.forPack(PACK);      // the national reading plus the overrides pack.json declares
    }

    @Override
    protected GenConfig generators() {
        return GenConfig.defaults().withYears(2023, 2026).withProfiles(List.of(Profiles.bundled("bac-ninh")));
    }

    @Override
    protected int tries() {
        return Integer.getInteger("thidua.tries", 40);
    }
}
