package io.github.thidua.rules.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.github.thidua.core.law.Regime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled national pack as compiled at build time into the executable model: one shared, immutable
 * KieBase per legal period ({@link PeriodBases}) per JVM, built from the model when a review of that period first
 * needs it, without compiling any DRL; the rules of the unit review of people in a KieBase of their own
 * ({@link PeriodBases#people}). A model class is instantiated only when a KieBase or the listing of the rules
 * needs it: instantiating one makes every rule of its package (and spins their lambdas), a large share of a cold
 * start.
 *
 * <p>{@code kie-maven-plugin} (rules/pom.xml) reads {@code META-INF/kmodule.xml}, generates one
 * {@link Model} class per DRL package and lists them in {@link #MODEL_REGISTRY}. This class reads that list and
 * builds the KieBase from the model classes.
 *
 * <p>It does not use the classpath KieContainer ({@code KieServices.newKieClasspathContainer()}). That
 * container finds the module's Maven identity from the first {@code META-INF/maven/**}{@code /pom.properties}
 * in the jar that holds {@code kmodule.xml}. In a shaded jar such as {@code thidua.jar}, that file belongs
 * to another artifact. The container then misses the model and tries to compile the DRL without the
 * executable model, which fails with {@code UnsupportedOperationException}. Tested with a shaded jar built
 * with Drools 10.2.0. Reading the registry by its fixed path works from a plain jar, a shaded jar or
 * {@code target/classes}.
 *
 * <p>Loading needs only the Drools runtime and the executable-model runtime ({@code drools-model-compiler},
 * {@code drools-canonical-model}), not the DRL compiler: thidua-rules declares the compiler stack optional.
 *
 * <p>The KieBase uses the default configuration, like the runtime build in {@link KieBases#compile(io.github.thidua.rules.RulePack)}. kmodule.xml (kbase
 * {@code thidua}) matters only at build time: it selects the packages and sets the build options.
 */
public final class PrebuiltKieBase {
    /**
     * The model registry that kie-maven-plugin writes for {@code io.github.thidua:thidua-rules}: a
     * {@code Drools-Model-Version} header, then one generated {@link Model} class name per line.
     */
    public static final String MODEL_REGISTRY = "META-INF/kie/io.github.thidua/thidua-rules/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltKieBase.class);
    private static volatile PeriodBases loaded;

    private PrebuiltKieBase() {
    }

    private static final class Holder {
        static final Optional<PeriodBases> KIE_BASES = load();
    }

    /**
     * The pre-built KieBase, loaded on first call and shared afterwards. Empty if this build has no pre-built
     * model, for example when the classes came from an IDE build that skipped kie-maven-plugin, or if the model
     * cannot be loaded. In both cases a warning is logged once.
     */
    public static Optional<PeriodBases> get() {
        return Holder.KIE_BASES;
    }

    /** True if {@code bases} are the KieBases that {@link #get()} loaded. Never triggers loading. */
    public static boolean isPrebuilt(PeriodBases bases) {
        PeriodBases k = loaded;
        return k != null && k == bases;
    }

    private static Optional<PeriodBases> load() {
        ClassLoader cl = PrebuiltKieBase.class.getClassLoader();
        List<String> modelClasses;
        try (InputStream in = cl.getResourceAsStream(MODEL_REGISTRY)) {
            if (in == null) {
                LOG.warn("The pre-built rule model ({}) is not on the classpath; compiling the bundled rule pack at runtime"
                        + " (slow). Build thidua-rules with Maven (kie-maven-plugin) to pre-compile it.", MODEL_REGISTRY);
                return Optional.empty();
            }
            modelClasses = modelClassNames(in);
        } catch (IOException e) {
            LOG.warn("Cannot read the pre-built rule model {}: {}; compiling the bundled rule pack at runtime",
                    MODEL_REGISTRY, e.toString());
            return Optional.empty();
        }
        try {
            // The classes are checked now (a build without the model falls back to compiling); a model is made (which
            // makes all its rules and their lambdas) only when a KieBase or the listing of the rules needs it.
            Map<String, Class<? extends Model>> classes = new LinkedHashMap<>();
            for (String name : modelClasses) {
                classes.put(name, Class.forName(name, false, cl).asSubclass(Model.class));
            }
            if (classes.isEmpty()) {
                throw new IllegalStateException("the registry lists no model classes");
            }
            Models models = new Models(classes);
            // One KieBase per period, each from the models of its packages (one model class per DRL package), built
            // when a review of that period first needs it; the people rules in a KieBase of their own.
            Function<Regime, KieBase> build = r -> models.kieBase(
                    p -> PeriodBases.belongsTo(p, r) && !PeriodBases.isPeoplePackage(p));
            KieBase[] people = new KieBase[1];
            Function<Regime, KieBase> buildPeople = r -> {
                // The people package belongs to every period: one KieBase serves them all (PeriodBases caches it
                // per period and calls this under its lock).
                if (people[0] == null) {
                    people[0] = models.kieBase(PeriodBases::isPeoplePackage);
                }
                return people[0];
            };
            PeriodBases loadedBases = PeriodBases.lazy(models::describe, build, buildPeople);
            loaded = loadedBases;
            return Optional.of(loadedBases);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Cannot load the pre-built rule model {} ({}); compiling the bundled rule pack at runtime",
                    MODEL_REGISTRY, e.toString());
            return Optional.empty();
        }
    }

    /** The model classes of the registry, each made once, when first needed. */
    private static final class Models {
        /** By class name, in registry order. */
        private final Map<String, Class<? extends Model>> classes;
        /** Guarded by {@code this}. */
        private final Map<String, Model> made = new java.util.HashMap<>();

        Models(Map<String, Class<? extends Model>> classes) {
            this.classes = classes;
        }

        /** The models of the packages {@code include} accepts, made now if they were not yet. */
        synchronized List<Model> of(Predicate<String> include) {
            List<Model> list = new ArrayList<>();
            for (Map.Entry<String, Class<? extends Model>> e : classes.entrySet()) {
                if (include.test(e.getValue().getPackageName())) {
                    list.add(made.computeIfAbsent(e.getKey(), n -> make(e.getValue())));
                }
            }
            return list;
        }

        KieBase kieBase(Predicate<String> include) {
            // An explicit configuration: the overload without one asks KieServices for it, and KieServices lives
            // in drools-compiler, which a host evaluating only this pack does not have (see thidua-authoring).
            return KieBaseBuilder.createKieBaseFromModel(of(include), RuleBaseFactory.newKnowledgeBaseConfiguration());
        }

        /** Every rule of every model, in registry order. */
        List<PeriodBases.RuleDescription> describe() {
            List<PeriodBases.RuleDescription> rules = new ArrayList<>();
            for (Model m : of(p -> true)) {
                for (org.drools.model.Rule r : m.getRules()) {
                    rules.add(new PeriodBases.RuleDescription(r.getPackage(), r.getName(), r.getMetaData()));
                }
            }
            return rules;
        }

        private static Model make(Class<? extends Model> type) {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the pre-built rule model " + type.getName(), e);
            }
        }
    }

    /** The class names of the registry: every non-blank line except {@code Key:Value} headers. */
    static List<String> modelClassNames(InputStream registry) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(registry, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String s = line.strip();
            if (!s.isEmpty() && s.indexOf(':') < 0) {
                names.add(s);
            }
        }
        return names;
    }
}
