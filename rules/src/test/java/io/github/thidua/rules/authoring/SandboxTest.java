package io.github.thidua.rules.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.pack.PackLoader;
import io.github.thidua.rules.pack.ParsedDrl;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.pack.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTest {
    static Stream<Path> hostilePacks() throws IOException {
        try (Stream<Path> dirs = Files.list(Packs.resource("hostile-packs"))) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastFifteenHostilePacksOfOneDrlEach() throws IOException {
        List<Path> packs = hostilePacks().toList();
        assertThat(packs).hasSizeGreaterThanOrEqualTo(15);
        for (Path p : packs) {
            assertThat(p.resolve("pack.json")).as(p.toString()).isRegularFile();
            try (Stream<Path> files = Files.list(p)) {
                assertThat(files.filter(f -> f.toString().endsWith(".drl")).count()).as(p.toString()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePacks")
    void everyHostilePackIsRefused(Path pack) throws IOException {
        String expect = new ObjectMapper().readTree(pack.resolve("pack.json").toFile()).get("description").asText()
                .replace("expect: ", "");
        PackLoader.PackFiles files = PackLoader.read(pack);
        List<ParsedDrl> parsed = ParsedDrl.parseAll(files.sources());
        // Each one is valid DRL: the sandbox, not the parser, refuses it.
        assertThat(parsed).allSatisfy(p -> assertThat(p.syntaxErrors()).isEmpty());
        List<Problem> problems = Sandbox.check(parsed);
        assertThat(problems).as(pack.getFileName().toString()).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.code()).isEqualTo(Sandbox.CODE);
                    assertThat(p.path()).isEqualTo("rules.drl");
                    assertThat(p.line()).isPositive();
                    assertThat(p.column()).isPositive();
                })
                .anySatisfy(p -> assertThat(p.message()).contains(expect));
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("rules.drl:").hasMessageContaining("[SANDBOX]");
    }

    @Test
    void theBundledPackPasses() {
        assertThat(Sandbox.check(ParsedDrl.parseAll(RulePack.bundled().sources()))).isEmpty();
    }

    @Test
    void theProvincialExamplePackPasses() {
        assertThat(Sandbox.check(ParsedDrl.parseAll(PackLoader.read(Packs.pack("provincial-example")).sources()))).isEmpty();
    }

    @Test
    void stringsAndCommentsAreNotCode() {
        String drl = """
                package vn.ok;
                import io.github.thidua.rules.facts.Member;
                import java.util.List;
                import java.util.ArrayList;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                // System.exit(1) in a comment is harmless
                /* so is java.io.File in a block comment */
                rule "OK: strings may say System.exit"
                    @ruleId("OK1") @legalBasis("System.exit(0) in metadata is text") @certainty("assumption")
                    ruleflow-group "conditions"
                when
                    $m : Member( name != "java.lang.Runtime", rank >= 1 )
                then
                    List<String> names = new ArrayList<>();
                    names.add("Runtime.getRuntime().exec(\\"x\\")");
                    BigDecimal d = java.math.BigDecimal.valueOf(Math.max(1, 2)).add(BigDecimal.ONE);
                    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(names.size());
                    StringBuilder sb = new StringBuilder().append(Integer.valueOf(3)).append('"');
                    insert(new ArrayList<>(java.util.List.of(d)));
                end
                """;
        assertThat(Sandbox.check("ok.drl", drl)).isEmpty();
    }
}
