package io.github.thidua.rules;

import io.github.thidua.rules.pack.PrebuiltKieBase;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default engine runs the bundled pack as pre-compiled at build time by kie-maven-plugin. It has the
 * same rules and metadata as a runtime compilation of the same DRL.
 */
class PrecompiledPackTest {
    private static Engine prebuilt;
    private static Engine runtime;

    @BeforeAll
    static void build() {
        prebuilt = Engine.builder().build();
        runtime = Engine.builder().rulePack(RulePack.bundled()).build(); // the slow path, once
    }

    @Test
    void defaultEngineUsesThePrebuiltModel() throws IOException {
        try (InputStream registry = Engine.class.getClassLoader().getResourceAsStream(PrebuiltKieBase.MODEL_REGISTRY)) {
            assertThat(registry).as("model registry written by kie-maven-plugin").isNotNull();
        }
        assertThat(PrebuiltKieBase.get()).isPresent();
        assertThat(prebuilt.isPrecompiled()).isTrue();
        assertThat(prebuilt.rulePack()).isEqualTo(RulePack.bundled().info());
    }

    @Test
    void customPackIsCompiledAtRuntime() {
        assertThat(runtime.isPrecompiled()).isFalse();
    }

    @Test
    void defaultEnginesShareOneKieBase() {
        // isPrecompiled() is an identity check against the one KieBase PrebuiltKieBase loaded.
        assertThat(Engine.builder().build().isPrecompiled()).isTrue();
        assertThat(prebuilt.isPrecompiled()).isTrue();
    }

    @Test
    void prebuiltAndRuntimeCompiledPacksHaveTheSameRuleIds() {
        List<String> prebuiltIds = prebuilt.rules().stream().map(RuleInfo::ruleId).toList();
        List<String> runtimeIds = runtime.rules().stream().map(RuleInfo::ruleId).toList();
        assertThat(prebuiltIds).isNotEmpty().doesNotHaveDuplicates();
        assertThat(prebuiltIds).isEqualTo(runtimeIds);
    }

    @Test
    void prebuiltAndRuntimeCompiledPacksHaveTheSameMetadata() {
        // Runtime builds quote annotation values and pre-built ones do not. RuleMetadata strips the quotes, so
        // legal basis, certainty and effective dates must match exactly.
        assertThat(prebuilt.rules()).isEqualTo(runtime.rules());
        assertThat(prebuilt.rules()).allSatisfy(r -> assertThat(r.legalBasis()).doesNotStartWith("\""));
    }
}
