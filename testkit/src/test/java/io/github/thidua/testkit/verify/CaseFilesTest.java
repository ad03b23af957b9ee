package io.github.thidua.testkit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.rules.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the case files kept with the rules module's tests (the sibling module's test resources). */
class CaseFilesTest {
    private static final Path RULES_TEST_RESOURCES = Path.of("../rules/src/test/resources");

    @TestFactory
    Stream<DynamicTest> theBundledPacksCases() {
        return CaseFiles.dynamicTests(Engine.builder().build(), RULES_TEST_RESOURCES.resolve("cases"));
    }

    @TestFactory
    Stream<DynamicTest> theProvincialExamplePacksCases() {
        return CaseFiles.dynamicTests(RULES_TEST_RESOURCES.resolve("packs/provincial-example"));
    }

    @Test
    void aFailingCaseFailsItsTestWithTheDifferences() throws Throwable {
        List<DynamicTest> tests = CaseFiles.dynamicTests(Engine.builder().build(),
                RULES_TEST_RESOURCES.resolve("packs/case-errors/cases")).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                "A case file with mistakes (bad-case-file.case.json)",
                "Deliberately wrong expectations (to show the diff) (wrong-expectations.case.json)");
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("FAIL Deliberately wrong expectations")
                .hasMessageContaining("next term head: expected u03, got u02");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown rule id \"SEL_LEADER\" (did you mean SEL_LEADERS?)");
    }

    @Test
    void aDirectoryWithoutCasesIsAFailureNotASilentPass() {
        List<DynamicTest> tests = CaseFiles.dynamicTests(Engine.builder().build(), RULES_TEST_RESOURCES.resolve("hostile-packs")).toList();
        assertThat(tests).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no *.case.json files");
    }
}
