package io.github.thidua.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePackException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Compile errors surfaced by {@code Engine.Builder.build()} carry the DRL file and line, never a raw crash. */
class BuildErrorsTest {
    @Test
    void semanticErrorsAreMappedToTheirFileAndLine() {
        assertThatThrownBy(() -> Engine.builder().rulePack(Path.of("src/test/resources/packs/broken-semantic")).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.path()).endsWith(".drl");
                        assertThat(p.line()).isPositive();
                    });
                });
    }

    @Test
    void aCompilerCrashBecomesAProblemWithItsRule() {
        assertThatThrownBy(() -> Engine.builder().rulePack(Path.of("src/test/resources/packs/broken-compiler-crash")).build())
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.path()).endsWith(".drl")));
    }
}
