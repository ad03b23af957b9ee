package io.github.thidua.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieModuleKieProject;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.util.PortablePath;

/**
 * The executable-model project with a gate between compiling the generated Java and loading it: every class is
 * checked by {@link PackBytecode#verify(Map)} and, if all pass, instrumented with budget checks. If any fails, every
 * generated class is removed from the module, so nothing of the pack can be loaded, and the violations are kept in
 * the {@link Gate} for the caller to report.
 */
final class SandboxedModelProject extends CanonicalModelKieProject {
    /** What one build's gate found. */
    static final class Gate {
        private final List<PackBytecode.Violation> violations = new ArrayList<>();
        private boolean ran;

        /** The references the policy refused (empty if the build passed or did not reach code generation). */
        synchronized List<PackBytecode.Violation> violations() {
            return List.copyOf(violations);
        }

        /** Whether generated classes reached the gate. */
        synchronized boolean ran() {
            return ran;
        }

        /** A project supplier for {@code KieBuilderImpl.buildAll} that runs this gate. */
        BiFunction<InternalKieModule, ClassLoader, KieModuleKieProject> supplier() {
            return (module, loader) -> new SandboxedModelProject(module, loader, this);
        }
    }

    private final Gate gate;

    private SandboxedModelProject(InternalKieModule module, ClassLoader loader, Gate gate) {
        super(module, loader);
        this.gate = gate;
    }

    @Override
    public void writeProjectOutput(MemoryFileSystem trgMfs, BuildContext buildContext) {
        super.writeProjectOutput(trgMfs, buildContext);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (PortablePath p : new ArrayList<>(trgMfs.getFilePaths())) {
            String name = p.asString();
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), trgMfs.getBytes(p));
            }
        }
        if (!buildContext.getMessages().filterMessages(org.kie.api.builder.Message.Level.ERROR).isEmpty()) {
            // the generated Java did not compile: nothing may be loaded, and references to the classes that failed
            // would be reported as unknown types
            classes.keySet().forEach(cls -> trgMfs.remove(PortablePath.of(cls + ".class")));
            return;
        }
        List<PackBytecode.Violation> found = PackBytecode.verify(classes);
        synchronized (gate) {
            gate.ran = true;
            gate.violations.addAll(found);
        }
        for (String cls : classes.keySet()) {
            PortablePath p = PortablePath.of(cls + ".class");
            if (found.isEmpty()) {
                trgMfs.write(p, PackBytecode.instrument(cls, classes.get(cls)), true);
            } else {
                trgMfs.remove(p);
            }
        }
        if (!found.isEmpty()) {
            buildContext.getMessages().addMessage(org.kie.api.builder.Message.Level.ERROR, "sandbox",
                    "the generated code of the rule pack reaches " + found.size() + " forbidden reference(s)");
        }
    }
}
