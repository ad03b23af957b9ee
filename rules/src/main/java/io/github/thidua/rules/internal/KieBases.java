package io.github.thidua.rules.internal;

import io.github.thidua.rules.RulePackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
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
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<RulePackException.Problem> problems = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "?" : m.getPath().replace("src/main/resources/" + RulePack.BUNDLED_ROOT, "");
                problems.add(new RulePackException.Problem(path, m.getLine(), m.getColumn(), m.getText().strip()));
            }
            throw new RulePackException("rule pack " + pack.info() + " does not compile", problems);
        }
        return ks.newKieContainer(releaseId).getKieBase("thidua");
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
