package io.github.thidua.examples.cli;

import io.github.thidua.core.UnitId;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * Run by {@link CliJarIT} as {@code java -cp thidua.jar:test-classes …DroolsInJarProbe}: checks that Drools works
 * from inside the shaded jar, where its {@code META-INF/services} files and the rule pack's metadata have been
 * merged by maven-shade. Exit code 0 when
 * <ol>
 *   <li>every kbase of the classpath container (the pre-compiled rule pack of thidua-rules, if it ships one)
 *       loads with at least one rule, and</li>
 *   <li>a DRL compiled at runtime into the executable model ({@code KieFileSystem},
 *       {@code buildAll(ExecutableModelProject.class)}), using a class of the jar, fires.</li>
 * </ol>
 */
public final class DroolsInJarProbe {
    private DroolsInJarProbe() {
    }

    /** Runs both checks; prints what it found and exits 0, or 1 on the first failure. */
    public static void main(String[] args) {
        KieServices ks = KieServices.Factory.get();

        KieContainer classpath = ks.getKieClasspathContainer();
        for (String name : classpath.getKieBaseNames()) {
            KieBase kbase = classpath.getKieBase(name);
            long rules = kbase.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
            System.out.println("classpath kbase " + name + ": " + rules + " rules");
            if (rules == 0) {
                fail("classpath kbase " + name + " has no rules");
            }
        }

        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.github.thidua.probe", "drools-in-jar", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        kfs.write("src/main/resources/io/github/thidua/probe/probe.drl", String.join("\n",
                "package io.github.thidua.probe;",
                "import " + UnitId.class.getName() + ";",
                "global java.util.List out;",
                "rule \"a unit id of an association\"",
                "when",
                "  $u : UnitId( value.startsWith(\"hoi-\") )",
                "then",
                "  out.add($u.value());",
                "end",
                ""));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            fail("runtime build failed: " + builder.getResults().getMessages());
        }
        KieSession session = ks.newKieContainer(releaseId).newKieSession();
        List<String> out = new ArrayList<>();
        try {
            session.setGlobal("out", out);
            session.insert(UnitId.of("hoi-vhnt"));
            session.insert(UnitId.of("so-y-te"));
            int fired = session.fireAllRules();
            System.out.println("runtime build fired " + fired + ": " + out);
            if (fired != 1 || !out.equals(List.of("hoi-vhnt"))) {
                fail("expected one firing for hoi-vhnt");
            }
        } finally {
            session.dispose();
        }
    }

    private static void fail(String message) {
        System.out.println("FAILED: " + message);
        System.exit(1);
    }
}
