package io.github.thidua.rules.pack;

import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/** Compiles a rule pack into an executable-model KieBase (runtime compilation; one ReleaseId per build). */
public final class KieBases {
    private static final AtomicLong BUILDS = new AtomicLong();

    private KieBases() {
    }

    /** Compiles {@code pack}; throws {@link RulePackException} listing every error with file and line. */
    public static KieBase compile(RulePack pack) {
        return compile(pack, Budget.Limits.BUILD);
    }

    /** {@link #compile(RulePack)} with the budget of pack code run while the rule base is built. */
    public static KieBase compile(RulePack pack, Budget.Limits buildLimits) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // Unique per build: the KieRepository is JVM-wide and packs may be rebuilt (reload) in one JVM.
        ReleaseId releaseId = ks.newReleaseId("io.github.thidua.packs", safe(pack.info().name()),
                safe(pack.info().version()) + "-b" + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        KieBaseModel base = module.newKieBaseModel("thidua").setDefault(true);
        base.newKieSessionModel("thidua-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        for (DrlSource s : pack.sources()) {
            kfs.write("src/main/resources/" + RulePack.BUNDLED_ROOT + s.path(), s.text());
        }
        List<Message> errors;
        PackGate.Build build;
        try {
            build = PackGate.build(ks.newKieBuilder(kfs));
            errors = build.builder().getResults().getMessages(Message.Level.ERROR);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // The executable-model compiler throws on some constraints instead of reporting them.
            throw located(pack, "rule pack " + pack.info() + " does not compile: " + e.getClass().getSimpleName()
                    + ": " + firstLine(e.getMessage()));
        }
        if (build.refused()) {
            // nothing of the generated code was loaded; its classes were removed from the module
            ks.getRepository().removeKieModule(releaseId);
            List<Problem> problems = PackGate
                    .problems(build.violations(), ParsedDrl.parseAll(pack.sources()));
            throw new RulePackException("rule pack " + pack.info() + " is refused: its compiled code reaches outside the sandbox",
                    problems);
        }
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw located(pack, "rule pack " + pack.info() + " does not compile");
        }
        KieBase kieBase;
        // Drools runs generated code while it builds the rule base, and evaluates conditions that depend on no fact
        // (eval(f()), from f()) then: bounded like an evaluation.
        try (Budget.Scope scope = Budget.openBuild(buildLimits)) {
            kieBase = ks.newKieContainer(releaseId).getKieBase("thidua");
        } catch (RuntimeException | Budget.Exceeded e) {
            ks.getRepository().removeKieModule(releaseId);
            String why = Budget.reason(e);
            if (why == null) {
                throw e;
            }
            throw new RulePackException("rule pack " + pack.info() + " is refused: " + why,
                    List.of(Problem.error(".", 0, 0, "BUDGET", why, null)));
        }
        // The KieBase keeps what it needs; the JVM-wide repository would otherwise grow with every (re)load.
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * The compile errors of {@code pack} with their files, lines and rules: Drools reports many with line -1 or
     * against generated classes, so the checker's compiler maps them back to the DRL.
     */
    private static RulePackException located(RulePack pack, String message) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : PackCompiler.check(pack.info(), ParsedDrl.parseAll(pack.sources()), 2)) {
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

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
