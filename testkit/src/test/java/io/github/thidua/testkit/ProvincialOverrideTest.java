package io.github.thidua.testkit;

import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.gen.GenConfig;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.reference.ConditionOverride;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import io.github.thidua.testkit.reference.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Bắc Ninh 2025 pack (a lawful change of the provincial flag's conditions) passes the laws that compare with the
 * reference evaluator when it declares the change, and fails them when the same pack does not declare it.
 * {@code docs.ProvincePackConsistencyTest} runs the whole suite on the declared pack.
 */
class ProvincialOverrideTest {
    static final Path PACK = Path.of("src/test/resources/packs/bac-ninh-2025");
    static final GenConfig BAC_NINH = GenConfig.defaults().withYears(2023, 2026)
            .withProfiles(List.of(Profiles.bundled("bac-ninh")));

    @Test
    void theUndeclaredChangeFailsTheComparingLawsAndTheDeclaredOnePassesThem() {
        Engine engine = Engine.builder().rulePack(PACK).build();
        Report undeclared = ConsistencyCheck.builder(engine).tries(60).seed(2025L).generators(BAC_NINH)
                .laws(List.of(Laws.COMPLETENESS, Laws.DIFFERENTIAL)).reference(new ReferenceEvaluator()).build().run();
        assertThat(undeclared.failedLaws()).containsExactly("completeness", "differential");
        assertThat(undeclared.result("differential").violations().get(0).message()).contains("PROVINCIAL_FLAG");

        Report declared = ConsistencyCheck.builder(engine).tries(60).seed(2025L).generators(BAC_NINH)
                .laws(List.of(Laws.COMPLETENESS, Laws.DIFFERENTIAL, Laws.SOUNDNESS, Laws.HIERARCHY))
                .reference(ReferenceEvaluator.forPack(PACK)).build().run();
        assertThat(declared.passed()).as(declared.format()).isTrue();
    }

    @Test
    void theDeclarationIsReadFromPackJson() {
        assertThat(ReferenceEvaluator.forPack(PACK).overrides()).containsExactly(new ConditionOverride(
                AwardType.PROVINCIAL_FLAG, Requirement.PARTY_CLEAN_STRONG, ConditionOverride.Change.ADDED, 2025,
                Integer.MAX_VALUE, ReferenceEvaluator.forPack(PACK).overrides().get(0).basis()));
        assertThat(ReferenceEvaluator.forPack(PACK).overrides().get(0).basis()).contains("86/2025/QĐ-UBND");
    }

    @Test
    void aMalformedDeclarationNamesTheFileAndPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{\"name\":\"x\",\"version\":\"1\",\"overrides\":"
                + "[{\"award\":\"PROVINCIAL_FLAG\",\"adds\":\"PARTY_CLEAN\",\"fromYear\":2025,\"basis\":\"b\"}]}");
        assertThatThrownBy(() -> ReferenceEvaluator.forPack(dir)).hasMessageContaining("pack.json: $.overrides[0].adds:"
                + " unknown value \"PARTY_CLEAN\"");
        Files.writeString(dir.resolve("pack.json"), "{\"overrides\":[{\"award\":\"GOVERNMENT_FLAG\","
                + "\"removes\":\"BLOC_LEADER\",\"fromYear\":2025,\"basis\":\"b\"}]}");
        assertThatThrownBy(() -> ReferenceEvaluator.forPack(dir)).hasMessageContaining("$.overrides[0]: BLOC_LEADER"
                + " cannot be removed");
    }
}
