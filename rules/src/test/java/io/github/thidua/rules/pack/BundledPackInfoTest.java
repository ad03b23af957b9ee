package io.github.thidua.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePack;
import org.junit.jupiter.api.Test;

class BundledPackInfoTest {
    @Test
    void theBuildWroteTheInfoOfTheBundledSources() {
        assertThat(BundledPackInfo.read()).as("written at process-classes by exec-maven-plugin (rules/pom.xml)")
                .isNotNull()
                .isEqualTo(RulePack.bundled().info());
        assertThat(BundledPackInfo.read().contentHash()).startsWith("sha256:");
    }

    @Test
    void thePrecompiledEngineNamesThatInfo() {
        assertThat(Engine.builder().build().rulePack()).isEqualTo(RulePack.bundled().info());
    }
}
