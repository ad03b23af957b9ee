package io.github.thidua.rules.pack;

import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import io.github.thidua.core.law.Regime;
import org.kie.api.runtime.KieContainer;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a rule pack at runtime into executable-model KieBases, one per legal period, with the checker's build
 * configuration ({@link PackCompiler#fileSystem}), the bytecode gate ({@link PackGate}) and the build budget.
 */
public final class KieBases {
    private KieBases() {
    }

    /** Compiles {@code pack}; throws {@link RulePackException} listing every error with file and line. */
    public static PeriodBases compile(RulePack pack) {
        return compile(pack, Budget.Limits.BUILD);
    }

    /**
     * {@link #compile(RulePack)} with the budget of pack code run while the rule bases are built. The pack is
     * compiled once, into one KieModule with a KieBase per legal period ({@link PeriodBases}).
     */
    public static PeriodBases compile(RulePack pack, Budget.Limits buildLimits) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = PackCompiler.releaseId(ks, "io.github.thidua.packs", pack.info(), "-b");
        // Each file is written to the folder of its DRL package: a KieBase selects packages by resource folder, so
        // the per-period KieBases select the right rules whatever a file's path in the pack (errors are located
        // by the checker, which keeps the author's paths).
        List<DrlSource> placed = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        // parsed once: for the package folders here, and to locate problems if the build fails
        List<ParsedDrl> parsed = ParsedDrl.parseAll(pack.sources());
        for (ParsedDrl f : parsed) {
            String pkg = f.parsed() && f.descr().getName() != null && !f.descr().getName().isBlank()
                    ? f.descr().getName() : "defaultpkg";
            packages.add(pkg);
            placed.add(new DrlSource(pkg.replace('.', '/') + "/" + f.path().replace('/', '_'), f.source().text()));
        }
        KieFileSystem kfs = PackCompiler.fileSystem(ks, releaseId, placed, "", packages);
        List<Message> errors;
        PackGate.Build build;
        try {
            build = PackGate.build(ks.newKieBuilder(kfs));
            errors = build.builder().getResults().getMessages(Message.Level.ERROR);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // The executable-model compiler throws on some constraints instead of reporting them.
            forget(ks, releaseId);
            throw located(pack, parsed, "rule pack " + pack.info() + " does not compile: " + e.getClass().getSimpleName()
                    + ": " + firstLine(e.getMessage()));
        }
        if (build.refused()) {
            // nothing of the generated code was loaded; its classes were removed from the module
            forget(ks, releaseId);
            List<Problem> problems = PackGate
                    .problems(build.violations(), parsed);
            throw new RulePackException("rule pack " + pack.info() + " is refused: its compiled code reaches outside the sandbox",
                    problems);
        }
        if (!errors.isEmpty()) {
            forget(ks, releaseId);
            throw located(pack, parsed, "rule pack " + pack.info() + " does not compile");
        }
        Map<Regime, KieBase> bases = new EnumMap<>(Regime.class);
        // Drools runs generated code while it builds the rule base, and evaluates conditions that depend on no fact
        // (eval(f()), from f()) then: bounded like an evaluation.
        try (Budget.Scope scope = Budget.openBuild(buildLimits)) {
            KieContainer container = ks.newKieContainer(releaseId);
            for (Regime r : Regime.values()) {
                bases.put(r, container.getKieBase(PackCompiler.kieBaseName(r)));
            }
        } catch (RuntimeException | Budget.Exceeded e) {
            forget(ks, releaseId);
            String why = Budget.reason(e);
            if (why == null) {
                throw e;
            }
            throw new RulePackException("rule pack " + pack.info() + " is refused: " + why,
                    List.of(Problem.error(".", 0, 0, "BUDGET", why, null)));
        }
        // The KieBases keep what they need; the JVM-wide repository would otherwise grow with every (re)load.
        forget(ks, releaseId);
        return new PeriodBases(bases);
    }

    private static void forget(KieServices ks, ReleaseId releaseId) {
        try {
            ks.getRepository().removeKieModule(releaseId);
        } catch (RuntimeException ignored) {
            // nothing was registered
        }
    }

    /**
     * The compile errors of {@code pack} with their files, lines and rules: Drools reports many with line -1 or
     * against generated classes, so the checker's compiler maps them back to the DRL.
     */
    private static RulePackException located(RulePack pack, List<ParsedDrl> parsed, String message) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : PackCompiler.check(pack.info(), parsed, 2)) {
            if (p.isError()) {
                problems.add(p);
            }
        }
        if (problems.isEmpty()) {
            problems.add(Problem.error("?", 0, 0, "COMPILE", message, null));
        }
        return new RulePackException(message, problems);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

}
