package io.github.thidua.rules.authoring;

import io.github.thidua.fixtures.Reviews;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.RulePackInfo;
import io.github.thidua.rules.pack.PackLoader;
import io.github.thidua.rules.pack.ParsedDrl;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.pack.RuleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.RuleDescr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackLoaderTest {
    private static final UnitId U01 = UnitId.of("u01");

    @Test
    void aPackThatExtendsTheNationalPackOverridesByRuleIdAndAddsRules() {
        Engine engine = Packs.provincial();
        assertThat(engine.rulePack()).extracting(RulePackInfo::name, RulePackInfo::version).containsExactly("bac-ninh-example", "2024.1");
        assertThat(engine.isPrecompiled()).isFalse();
        List<String> ids = engine.rules().stream().map(RuleInfo::ruleId).toList();
        assertThat(ids).containsOnlyOnce("ELC17_ADVANCED_LABOUR_70").contains("BN_PF24_TWO_FIGHTERS");
        assertThat(engine.rules()).hasSize(Packs.bundled().rules().size() + 1);
        RuleInfo override = engine.rules().stream().filter(r -> r.ruleId().equals("ELC17_ADVANCED_LABOUR_70")).findFirst().orElseThrow();
        assertThat(override.name()).contains("at least 80 %");
        assertThat(override.packageName()).isEqualTo("vn.bacninh.thidua");
    }

    @Test
    void theOverrideAndTheNewRuleDecide() {
        // 7 of 10 members hold Lao động tiên tiến: enough for the national 70 %, not for the province's 80 %.
        BlocReview y2017 = Reviews.bloc(2017, 3).stats("u01", 10, 10, 7, 1, 0).build();
        Decision national = Packs.bundled().review(y2017).decision(U01, AwardType.EXCELLENT_LABOUR_COLLECTIVE).orElseThrow();
        ReviewResult provincial = Packs.provincial().review(y2017);
        Decision stricter = provincial.decision(U01, AwardType.EXCELLENT_LABOUR_COLLECTIVE).orElseThrow();
        assertThat(national.outcome()).isNotEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(stricter.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(stricter.unmet()).extracting(Reason::ruleId).contains("ELC17_ADVANCED_LABOUR_70");
        assertThat(stricter.unmet()).extracting(Reason::en).anyMatch(s -> s.contains("80 %"));
        assertThat(provincial.rulePack()).extracting(RulePackInfo::name, RulePackInfo::version).containsExactly("bac-ninh-example", "2024.1");

        // 2024: the provincial flag needs two Chiến sĩ thi đua cơ sở in the example pack; u01 has one.
        BlocReview y2024 = Reviews.bloc(2024, 3).build();
        assertThat(Packs.bundled().review(y2024).decision(U01, AwardType.PROVINCIAL_FLAG).orElseThrow().outcome())
                .isNotEqualTo(Outcome.NOT_ELIGIBLE);
        Decision flag = Packs.provincial().review(y2024).decision(U01, AwardType.PROVINCIAL_FLAG).orElseThrow();
        assertThat(flag.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(flag.unmet()).extracting(Reason::ruleId).containsExactly("BN_PF24_TWO_FIGHTERS");
    }

    @Test
    void mergingCutsTheOverriddenRuleOutOfTheBundledFile() {
        PackLoader.Merged merged = PackLoader.load(Packs.pack("provincial-example"));
        assertThat(merged.overridden()).containsExactly("ELC17_ADVANCED_LABOUR_70");
        assertThat(merged.pack().info()).extracting(RulePackInfo::name, RulePackInfo::version).containsExactly("bac-ninh-example", "2024.1");
        assertThat(merged.pack().info().contentHash()).isEqualTo(RulePack.contentHash(merged.pack().sources()));
        List<String> paths = merged.pack().sources().stream().map(DrlSource::path).toList();
        assertThat(paths).contains("thidua-national/common/selection.drl", "rules/excellent-labour-collective.drl",
                "rules/provincial/flag-fighters.drl");
        DrlSource cut = merged.pack().sources().stream()
                .filter(s -> s.path().equals("thidua-national/regime2017/excellent-labour-collective.drl")).findFirst().orElseThrow();
        assertThat(cut.text()).doesNotContain("ELC17_ADVANCED_LABOUR_70").contains("ELC17_EMULATION_FIGHTER");
    }

    @Test
    void everyBundledRuleCanBeCutOutWithoutMovingTheOthers() {
        for (DrlSource s : RulePack.bundled().sources()) {
            ParsedDrl parsed = ParsedDrl.parse(s);
            assertThat(parsed.parsed()).as(s.path()).isTrue();
            for (RuleDescr r : parsed.rules()) {
                int[] range = RuleText.range(s.text(), r);
                String text = s.text().substring(range[0], range[1]);
                assertThat(text).as(r.getName()).startsWith("rule \"").endsWith("end");
            }
            RuleDescr first = parsed.rules().get(0);
            DrlSource without = RuleText.removeRules(s, parsed.descr(), Set.of(ParsedDrl.ruleId(first)));
            ParsedDrl again = ParsedDrl.parse(without);
            assertThat(again.rules()).hasSize(parsed.rules().size() - 1);
            assertThat(without.text().lines().count()).isEqualTo(s.text().lines().count());
            for (int i = 1; i < parsed.rules().size(); i++) {
                assertThat(again.rules().get(i - 1).getLine()).isEqualTo(parsed.rules().get(i).getLine());
            }
        }
    }

    @Test
    void aHostilePackIsRefusedWhenLoaded() {
        assertThatThrownBy(() -> Engine.builder().rulePack(Packs.resource("hostile-packs/system-exit")))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("rules.drl");
                            assertThat(p.line()).isEqualTo(17);
                            assertThat(p.code()).isEqualTo("SANDBOX");
                            assertThat(p.message()).contains("java.lang.System");
                        }))
                .hasMessageContaining("rules.drl:17:5: error [SANDBOX] forbidden reference java.lang.System");
    }

    @Test
    void aConstraintThatWouldCrashTheCompilerIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Engine.builder().rulePack(Packs.pack("broken-compiler-crash")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("crash.drl:11:13: error [CONSTRAINT]")
                .hasMessageContaining("class == null");
    }

    @Test
    void syntaxErrorsOfEveryFileAreListedWhenLoading() {
        assertThatThrownBy(() -> PackLoader.load(Packs.pack("broken-syntax")))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems()).extracting(Problem::path)
                        .contains("rules/a.drl", "rules/b.drl"));
    }

    @Test
    void manifestProblems(@TempDir Path dir) throws IOException {
        assertThat(PackLoader.read(dir).problems()).extracting(Problem::format)
                .anyMatch(s -> s.startsWith("pack.json:0:0: error [PACK_JSON] missing"));
        Files.writeString(dir.resolve("pack.json"), "{\"name\": \"x\", \"version\": \"1\", \"extends\": \"national\", \"author\": 1}");
        assertThat(PackLoader.read(dir).problems()).extracting(Problem::message)
                .anyMatch(s -> s.contains("$.author: unknown field"))
                .anyMatch(s -> s.contains("$.extends: unknown pack \"national\""));
        Files.writeString(dir.resolve("pack.json"), "{\"name\": \"x\", \"version\": \"1\", \"extends\": null}");
        assertThat(PackLoader.read(dir).problems()).extracting(Problem::message).containsExactly("the pack has no .drl files");
        Files.writeString(dir.resolve("pack.json"), "{\"name\": \"x\", \"version\": 1, }");
        assertThat(PackLoader.read(dir).problems()).extracting(Problem::code).containsExactly("PACK_JSON");
    }
}
