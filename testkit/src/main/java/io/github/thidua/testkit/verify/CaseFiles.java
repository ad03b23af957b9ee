package io.github.thidua.testkit.verify;

import io.github.thidua.rules.Engine;
import io.github.thidua.rules.authoring.CaseRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a pack's case files ({@code cases/*.case.json}, see {@link CaseRunner}) as JUnit 5 dynamic tests, one test
 * per case, named after the case.
 *
 * <pre>{@code
 * class BacNinhPackTest {
 *     @TestFactory
 *     Stream<DynamicTest> cases() {
 *         return CaseFiles.dynamicTests(Path.of("packs/bac-ninh"));
 *     }
 * }
 * }</pre>
 *
 * A failing case fails its test with the differences between expected and actual.
 */
public final class CaseFiles {
    private CaseFiles() {
    }

    /**
     * Compiles the pack in {@code packDir} (now) and returns one test per case file under {@code packDir/cases}.
     *
     * @throws io.github.thidua.rules.RulePackException if the pack does not load
     */
    public static Stream<DynamicTest> dynamicTests(Path packDir) {
        return dynamicTests(Engine.builder().rulePack(packDir).build(), packDir.resolve("cases"));
    }

    /** One test per case file under {@code casesDir} (or the one file given), run on {@code engine}. */
    public static Stream<DynamicTest> dynamicTests(Engine engine, Path casesDir) {
        CaseRunner runner = CaseRunner.forEngine(engine);
        List<Path> files = CaseRunner.caseFiles(casesDir);
        if (files.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no case files in " + casesDir, () -> {
                throw new AssertionError("no *" + CaseRunner.SUFFIX + " files in " + casesDir
                        + (Files.isDirectory(casesDir) ? "" : " (not a directory)"));
            }));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(displayName(f), f.toUri(), () -> {
            CaseRunner.CaseResult r = runner.runCase(f);
            if (!r.passed()) {
                throw new AssertionError("\n" + r.format());
            }
        }));
    }

    private static String displayName(Path f) {
        return CaseRunner.caseName(f) + " (" + f.getFileName() + ")";
    }
}
