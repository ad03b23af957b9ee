package io.github.thidua.rules.pack;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.BlocReview;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.RulePackInfo;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.authoring.RuleChecker;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile rule packs, one attack each. Every pack is compiled through the engine's own path WITHOUT the
 * source-level sandbox (a {@link RulePack} given directly), so what is tested is the bytecode gate and the budget on
 * what actually runs; the checked cases also go through {@link RuleChecker} (what {@code rules check} runs), which
 * must name the file, line and reason. Each payload would set the system property {@code thidua.hostile.<name>} if
 * it ran; the property must stay unset.
 */
class HostilePackCorpusTest {
    private static final String HEAD = """
            package hostile;
            import io.github.thidua.rules.facts.ReviewContext;
            import io.github.thidua.rules.facts.Outcomes;
            global Outcomes outcomes;
            """;

    /** A pack that must be refused before any of its code is loaded. */
    record Refused(String name, String drl, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A pack that compiles but whose evaluation must be stopped by the budget. */
    record Contained(String name, String drl, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String rule(String then) {
        return HEAD + "rule \"r\"\nwhen\n    ReviewContext()\nthen\n" + then + "\nend\n";
    }

    private static String marker(String name) {
        return "thidua.hostile." + name;
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused("match-internals", rule("""
                        Object base = kcontext.getMatch().getRule();
                        """), "the Drools runtime is not reachable"),
                new Refused("var-hides-match", rule("""
                        var m = kcontext.getMatch();
                        var rule = m.getRule();
                        """), "the Drools runtime is not reachable"),
                new Refused("kie-runtime-remove-rule", rule("""
                        kcontext.getKieRuntime().getKieBase().removeRule("io.github.thidua.rules.common", "x");
                        """), "the Drools runtime is not reachable"),
                new Refused("rule-metadata-mutation", rule("""
                        kcontext.getRule().getMetaData().put("legalBasis", "forged");
                        """), "the Drools runtime is not reachable"),
                new Refused("drools-runtime", rule("""
                        Object rt = drools.getRuntime(org.kie.api.runtime.KieRuntime.class);
                        """), "org.drools.model.Drools.getRuntime"),
                new Refused("reflection-getclass", rule("""
                        Object m = "x".getClass().getMethods();
                        """), "getClass"),
                new Refused("class-literal-reflection", rule("""
                        java.lang.reflect.Method m = System.class.getMethod("setProperty", String.class, String.class);
                        m.invoke(null, "%s", "ran");
                        """.formatted(marker("class-literal-reflection"))), "java.lang.Class"),
                new Refused("define-class", rule("""
                        byte[] code = new byte[] {(byte) 0xCA, (byte) 0xFE};
                        Object c = java.lang.invoke.MethodHandles.lookup().defineClass(code);
                        """), "java.lang.invoke.MethodHandles"),
                new Refused("class-loader", rule("""
                        ClassLoader cl = Thread.currentThread().getContextClassLoader();
                        Object c = cl.loadClass("java.lang.Runtime");
                        """), "java.lang.Thread"),
                new Refused("system-property", rule("""
                        System.setProperty("%s", "ran");
                        """.formatted(marker("system-property"))), "java.lang.System"),
                new Refused("locale-set-default", rule("""
                        java.util.Locale.setDefault(java.util.Locale.CHINA);
                        """), "java.util.Locale.setDefault"),
                new Refused("fork-join-common-pool", rule("""
                        java.util.List.of(1, 2, 3).parallelStream().forEach(i -> { while (true) { } });
                        """), "parallelStream"),
                new Refused("fork-join-submit", rule("""
                        java.util.concurrent.ForkJoinPool.commonPool().submit(() -> { while (true) { } });
                        """), "java.util.concurrent.ForkJoinPool"),
                new Refused("thread-start", rule("""
                        new Thread(() -> System.setProperty("%s", "ran")).start();
                        """.formatted(marker("thread-start"))), "java.lang.Thread"),
                new Refused("build-time-from-function", HEAD + """
                        function java.util.List boom() {
                            System.setProperty("%s", "ran");
                            return java.util.List.of();
                        }
                        rule "r"
                        when
                            $x : Object() from boom()
                        then
                        end
                        """.formatted(marker("build-time-from-function")), "java.lang.System"),
                new Refused("catch-budget-error", rule("""
                        try { while (true) { } } catch (Throwable t) { }
                        """), "java.lang.Throwable"),
                new Refused("read-file", rule("""
                        String s = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname"));
                        """), "java.nio.file"),
                new Refused("profile-file", rule("""
                        Object p = io.github.thidua.core.profile.Profiles.fromFile(java.nio.file.Path.of("/etc/hostname"));
                        """), "io.github.thidua.core.profile.Profiles"),
                new Refused("string-repeat", rule("""
                        String s = "x".repeat(Integer.MAX_VALUE - 16);
                        """), "repeat"),
                new Refused("capacity-constructor", rule("""
                        java.util.List<Object> l = new java.util.ArrayList<>(Integer.MAX_VALUE - 16);
                        """), "java.util.ArrayList.<init>"),
                new Refused("long-range-stream", rule("""
                        long n = java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum();
                        """), "range"),
                new Refused("runtime-exec", rule("""
                        Runtime.getRuntime().exec(new String[] {"touch", "/tmp/thidua-hostile"});
                        """), "java.lang.Runtime"));
    }

    static Stream<Contained> contained() {
        return Stream.of(
                new Contained("endless-loop", rule("""
                        long i = 0;
                        while (true) { i++; }
                        """), "deadline"),
                new Contained("endless-loop-in-constraint", HEAD + """
                        function boolean spin() {
                            long i = 0;
                            while (i >= 0) { i = i + 1; if (i == Long.MAX_VALUE) { i = 0; } }
                            return true;
                        }
                        rule "r"
                        when
                            ReviewContext()
                            eval(spin())
                        then
                        end
                        """, "while the rule base was built"),
                new Contained("endless-from", HEAD + """
                        function java.util.List spin() {
                            java.util.List l = new java.util.ArrayList();
                            while (l.size() >= 0) { if (l.size() > 10) { l.clear(); } l.add("x"); }
                            return l;
                        }
                        rule "r"
                        when
                            $x : Object() from spin()
                        then
                        end
                        """, "while the rule base was built"),
                new Contained("heap-exhaustion", rule("""
                        java.util.List<long[]> keep = new java.util.ArrayList<>();
                        while (true) { keep.add(new long[100_000]); }
                        """), "allocated more than"),
                new Contained("huge-array", rule("""
                        long[] a = new long[Integer.MAX_VALUE - 16];
                        """), "array of"),
                new Contained("string-doubling", rule("""
                        String s = "x";
                        while (true) { s = s + s; }
                        """), "evaluation stopped"),
                new Contained("stack-overflow", HEAD + """
                        function int down(int n) {
                            return down(n + 1) + 1;
                        }
                        rule "r"
                        when
                            ReviewContext()
                        then
                            int x = down(0);
                        end
                        """, "stack"),
                new Contained("big-decimal-plain-string", rule("""
                        String s = new java.math.BigDecimal("1E+999999999").toPlainString();
                        """), "plain form"));
    }

    private static Engine compile(String name, String drl) {
        return compile(name, drl, Duration.ofSeconds(1));
    }

    private static Engine compile(String name, String drl, Duration deadline) {
        return Engine.builder().rulePack(new RulePack(new RulePackInfo("hostile-" + name, "1"), List.of(new DrlSource("rules.drl", drl))))
                .evaluationLimits(deadline, 64L * 1024 * 1024).buildDeadline(Duration.ofSeconds(3)).build();
    }

    private static BlocReview review() {
        return Reviews.bloc(2024, 3).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedBeforeAnythingIsLoaded(Refused c) {
        assertThatThrownBy(() -> compile(c.name(), c.drl()))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo("SANDBOX");
                            assertThat(p.message()).contains(c.reason());
                            assertThat(p.path()).isEqualTo("rules.drl");
                            assertThat(p.line()).isPositive();
                        }));
        assertThat(System.getProperty(marker(c.name()))).as("payload ran").isNull();
        assertThat(Locale.getDefault()).isNotEqualTo(Locale.CHINA);
    }

    @Test
    void theCheckerReportsEachRefusalWithFileLineAndReason() {
        for (Refused c : refused().toList()) {
            List<Problem> problems = RuleChecker.create().check(Map.of("rules.drl", c.drl()));
            assertThat(problems).as(c.name()).filteredOn(Problem::isError).isNotEmpty()
                    .anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo("SANDBOX");
                        assertThat(p.path()).isEqualTo("rules.drl");
                        assertThat(p.line()).isPositive();
                    });
            assertThat(System.getProperty(marker(c.name()))).as("payload ran").isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contained")
    void stoppedByTheBudgetAndTheEngineKeepsServing(Contained c) {
        if (c.reason().equals("while the rule base was built")) {
            // Drools evaluates a condition that depends on no fact while it builds the rule base: stopped there
            long start = System.nanoTime();
            assertThatThrownBy(() -> compile(c.name(), c.drl())).isInstanceOf(RulePackException.class)
                    .hasMessageContaining(c.reason());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            return;
        }
        // a short deadline where the deadline is what is tested; elsewhere a long one, so that the limit under test
        // (allocation, array size, stack) is the one that stops it even on a slow, loaded machine
        boolean timed = c.reason().equals("deadline") || c.reason().equals("evaluation stopped");
        Engine engine = compile(c.name(), c.drl(), timed ? Duration.ofSeconds(1) : Duration.ofSeconds(60));
        Engine.builder().build().review(review()); // warm the reader and ranker paths outside the measured evaluation
        long start = System.nanoTime();
        assertThatThrownBy(() -> engine.review(review()))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(c.reason());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(timed ? 10 : 60));
        // the same engine is still usable: the next evaluation is stopped again, not hung or corrupted
        assertThatThrownBy(() -> engine.review(review())).isInstanceOf(RulePackException.class);
        assertThat(Engine.builder().build().review(review()).decisions()).isNotEmpty();
    }
}
