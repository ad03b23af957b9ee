package io.github.thidua.rules.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What the bytecode generated for a rule pack may reach (see {@link PackBytecode}). Everything not listed is refused.
 *
 * <ul>
 *   <li>Classes generated for the pack itself.</li>
 *   <li>The thidua domain API: {@code io.github.thidua.core..} except the file-reading {@code core.json} and
 *       {@code core.profile.Profiles}; {@code io.github.thidua.rules.facts..}; {@code rules.Outcome},
 *       {@code Severity}, {@code Warning}, {@code QuotaKind}.</li>
 *   <li>Value types of the JDK: strings, boxes, {@code Math}, {@code java.math}, {@code java.time}, the
 *       {@code java.util} collections, {@code java.util.function}, sequential {@code java.util.stream}, and the
 *       common unchecked exceptions (to throw, not to catch errors).</li>
 *   <li>Of Drools, only the executable-model DSL the code generator emits, and of the rule context only what the
 *       result collector needs: {@code kcontext} may be passed on, {@code insert}, {@code insertLogical},
 *       {@code update} and {@code delete} may be called, nothing else (no match, session, rule base, agenda).</li>
 * </ul>
 *
 * <p>Refused on any owner: reflection and class loading ({@code getClass}, class literals of non-allowed types),
 * thread coordination ({@code wait}, {@code notify}, {@code synchronized}), JVM-global state
 * ({@code Locale.setDefault}, {@code String.intern}), parallel streams (the JVM-wide ForkJoin pool), and JDK calls
 * that allocate an amount chosen by the caller in one step ({@code String.repeat}, capacity constructors,
 * {@code Arrays.copyOf}, {@code BigInteger.pow}, ...), which no budget check inside
 * pack code could stop. Handlers for {@code Throwable} and {@code Error} are refused, so the budget's error cannot
 * be swallowed.
 */
final class PackPolicy {
    private static final Set<String> DOMAIN_PACKAGES = Set.of("io/github/thidua/core/", "io/github/thidua/rules/facts/");
    private static final Set<String> DOMAIN_DENIED = Set.of("io/github/thidua/core/json/", "io/github/thidua/core/profile/Profiles");
    private static final Set<String> DOMAIN_CLASSES = Set.of("io/github/thidua/rules/Outcome", "io/github/thidua/rules/Severity",
            "io/github/thidua/rules/Warning", "io/github/thidua/rules/QuotaKind");

    private static final Set<String> JDK_PACKAGES = Set.of("java/time/", "java/util/function/");
    /** JDK packages allowed with their sub-packages. */
    private static final Set<String> JDK_TREES = Set.of("java/time/");
    private static final Set<String> JDK_CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/Integer", "java/lang/Long", "java/lang/Double",
            "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean", "java/lang/Character",
            "java/lang/Number", "java/lang/Math", "java/lang/StrictMath", "java/lang/StringBuilder",
            "java/lang/StringBuffer", "java/lang/CharSequence", "java/lang/Comparable", "java/lang/Iterable",
            "java/lang/Enum", "java/lang/Record", "java/lang/Cloneable", "java/io/Serializable",
            "java/lang/Exception", "java/lang/RuntimeException", "java/lang/IllegalArgumentException",
            "java/lang/IllegalStateException", "java/lang/ArithmeticException", "java/lang/NullPointerException",
            "java/lang/IndexOutOfBoundsException", "java/lang/NumberFormatException",
            "java/lang/UnsupportedOperationException", "java/lang/ClassCastException",
            "java/lang/Override", "java/lang/SuppressWarnings", "java/lang/Deprecated", "java/lang/FunctionalInterface",
            "java/math/BigDecimal", "java/math/BigInteger", "java/math/MathContext", "java/math/RoundingMode",
            "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Map", "java/util/Map$Entry",
            "java/util/HashMap", "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/SortedMap",
            "java/util/NavigableMap", "java/util/EnumMap", "java/util/Set", "java/util/HashSet",
            "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/SortedSet", "java/util/NavigableSet",
            "java/util/EnumSet", "java/util/Collection", "java/util/Collections", "java/util/Arrays",
            "java/util/Objects", "java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong",
            "java/util/OptionalDouble", "java/util/Iterator", "java/util/ListIterator", "java/util/Comparator",
            "java/util/Deque", "java/util/ArrayDeque", "java/util/Queue", "java/util/PriorityQueue",
            "java/util/StringJoiner", "java/util/AbstractMap", "java/util/Locale", "java/util/NoSuchElementException",
            "java/util/stream/Stream", "java/util/stream/IntStream", "java/util/stream/LongStream",
            "java/util/stream/DoubleStream", "java/util/stream/Collectors", "java/util/stream/Collector",
            "java/util/stream/BaseStream");

    /** Members refused on every owner. */
    private static final Set<String> DENIED_MEMBERS = Set.of("getClass", "wait", "notify", "notifyAll", "finalize",
            "intern", "setDefault", "parallel", "parallelStream", "repeat", "nCopies", "ensureCapacity", "setLength",
            "copyOf", "copyOfRange", "pow", "shiftLeft", "toBigInteger", "toBigIntegerExact",
            "scaleByPowerOfTen", "format", "formatted", "setAll",
            "parallelSetAll", "parallelSort", "parallelPrefix", "generate", "iterate", "range", "rangeClosed",
            "getDeclaringClass", "describeConstable", "printStackTrace", "getStackTrace", "setStackTrace",
            "fillInStackTrace", "addSuppressed", "getSuppressed", "registerProvider", "refresh");
    /** Constructor descriptors that take a size (refused on JDK owners). */
    private static final List<String> SIZED_CONSTRUCTORS = List.of("(I", "(J", "(IF", "(IFZ");

    /** The executable-model DSL and runtime members generated code uses: owner to allowed member names ("*": all). */
    private static final Map<String, Set<String>> DROOLS = Map.ofEntries(
            // the rule context: may be passed to the result collector, nothing may be called on it
            Map.entry("org/kie/api/runtime/rule/RuleContext", Set.of()),
            // the consequence's view of the session: only changes to working memory
            Map.entry("org/drools/model/Drools", Set.of("insert", "logicalInsert", "update", "delete")),
            Map.entry("org/drools/model/DroolsEntryPoint", Set.of("insert", "update", "delete")),
            // the project model registry: its configuration only
            Map.entry("org/kie/api/KieServices", Set.of("get", "newKieModuleModel")),
            Map.entry("org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>")),
            Map.entry("org/drools/util/DateUtils", Set.of("getDateFormatMask")),
            Map.entry("org/drools/modelcompiler/dsl/pattern/D", Set.of("*")),
            Map.entry("org/drools/modelcompiler/util/EvaluationUtil", Set.of("*")),
            Map.entry("org/drools/modelcompiler/CanonicalKieModuleModel", Set.of()),
            // javac's $deserializeLambda$ for the generator's serializable lambdas: reads the lambda's description
            Map.entry("java/lang/invoke/SerializedLambda", Set.of("getImplMethodName", "getImplMethodKind",
                    "getFunctionalInterfaceClass", "getFunctionalInterfaceMethodName",
                    "getFunctionalInterfaceMethodSignature", "getImplClass", "getImplMethodSignature",
                    "getCapturedArg", "getCapturingClass", "getInstantiatedMethodType")));
    /** Drools packages whose classes are value-like DSL and configuration (all members, but see DROOLS_DENIED). */
    private static final List<String> DROOLS_TREES = List.of("org/drools/model/", "org/kie/api/builder/model/",
            "org/kie/api/conf/", "org/kie/api/runtime/conf/");
    /** Parts of {@link #DROOLS_TREES} that reach the runtime or the compiler. */
    private static final List<String> DROOLS_DENIED = List.of("org/drools/model/codegen/", "org/drools/model/Drools",
            "org/drools/model/DroolsEntryPoint", "org/drools/model/Channel", "org/drools/model/impl/ModelImpl");
    /** Drools packages of which only constructors are allowed (accumulate functions the generator instantiates). */
    private static final String DROOLS_ACCUMULATORS = "org/drools/core/base/accumulators/";

    private final Set<String> generated;

    PackPolicy(Set<String> generated) {
        this.generated = generated;
    }

    /** Why {@code type} (internal name or array descriptor) may not be used, or null. */
    String type(String type) {
        if (type.startsWith("[")) {
            Type t = Type.getType(type);
            if (t.getElementType().getSort() != Type.OBJECT) {
                return null;
            }
            return type(t.getElementType().getInternalName());
        }
        if (generated.contains(type) || domain(type) || jdk(type) || drools(type) != null) {
            return null;
        }
        return "type not allowed in rule packs: " + kind(type);
    }

    /** Why calling {@code owner.name descriptor} is refused, or null. */
    String method(String owner, String name, String descriptor) {
        if (owner.startsWith("[")) {
            return name.equals("clone") ? null : type(owner);
        }
        Set<String> members = drools(owner);
        if (members != null) {
            return members.contains("*") || members.contains(name) ? null
                    : "member not allowed in rule packs: " + kind(owner);
        }
        if (DENIED_MEMBERS.contains(name)) {
            return "member not allowed in rule packs: " + memberKind(name);
        }
        if (generated.contains(owner) || domain(owner)) {
            return null;
        }
        if (owner.equals("java/lang/System") && name.equals("arraycopy")) {
            return null;
        }
        if (jdk(owner)) {
            if (name.equals("<init>")) {
                for (String sized : SIZED_CONSTRUCTORS) {
                    if (descriptor.startsWith(sized + ")")) {
                        return "member not allowed in rule packs: a capacity chosen by the pack allocates in one step";
                    }
                }
            }
            return null;
        }
        return "type not allowed in rule packs: " + kind(owner);
    }

    /** Why a field access is refused, or null. Pack code writes only its own classes' instance fields. */
    String field(String owner, String name, boolean write, boolean isStatic, String method) {
        if (write) {
            if (!generated.contains(owner)) {
                return "writing fields of other classes is not allowed in rule packs";
            }
            if (isStatic && !method.equals("<clinit>")) {
                return "writing static fields is not allowed in rule packs (no state shared between evaluations)";
            }
            return null;
        }
        if (owner.startsWith("[")) {
            return type(owner);
        }
        if (generated.contains(owner) || domain(owner) || jdk(owner)) {
            return null;
        }
        Set<String> members = drools(owner);
        if (members != null && (members.contains("*") || members.contains(name))) {
            return null;
        }
        return "type not allowed in rule packs: " + kind(owner);
    }

    /** Why an invokedynamic bootstrap is refused, or null: only lambdas and string concatenation. */
    String bootstrap(Handle bsm) {
        String key = bsm.getOwner() + "." + bsm.getName();
        if (key.equals("java/lang/invoke/LambdaMetafactory.metafactory")
                || key.equals("java/lang/invoke/LambdaMetafactory.altMetafactory")
                || key.equals("java/lang/invoke/StringConcatFactory.makeConcatWithConstants")) {
            return null;
        }
        return "dynamic call sites other than lambdas and string concatenation are not allowed in rule packs";
    }

    /** Why a method handle constant (a lambda's or method reference's target) is refused, or null. */
    String handle(Handle h) {
        int tag = h.getTag();
        if (tag == Opcodes.H_GETFIELD || tag == Opcodes.H_GETSTATIC) {
            return field(h.getOwner(), h.getName(), false, tag == Opcodes.H_GETSTATIC, "");
        }
        if (tag == Opcodes.H_PUTFIELD || tag == Opcodes.H_PUTSTATIC) {
            return field(h.getOwner(), h.getName(), true, tag == Opcodes.H_PUTSTATIC, "");
        }
        return method(h.getOwner(), h.getName(), h.getDesc());
    }

    /** Why an exception handler type is refused, or null: errors (among them the budget's) may not be caught. */
    String catchType(String type) {
        if (type.equals("java/lang/Throwable") || type.equals("java/lang/Error") || type.endsWith("Error")
                || type.startsWith(Type.getInternalName(Budget.class))) {
            return "catching Throwable or Error is not allowed in rule packs (the evaluation budget must not be swallowed)";
        }
        return type(type);
    }

    /** The members of a Drools type generated code may use (contains "*" for all), or null if the type is refused. */
    private static Set<String> drools(String type) {
        Set<String> explicit = DROOLS.get(type);
        if (explicit != null) {
            return explicit;
        }
        for (String d : DROOLS_DENIED) {
            if (type.equals(d) || type.startsWith(d + "$") || d.endsWith("/") && type.startsWith(d)) {
                return null;
            }
        }
        for (String t : DROOLS_TREES) {
            if (type.startsWith(t)) {
                return Set.of("*");
            }
        }
        if (type.startsWith(DROOLS_ACCUMULATORS) && type.indexOf('/', DROOLS_ACCUMULATORS.length()) < 0) {
            return Set.of("<init>");
        }
        return null;
    }

    private static boolean domain(String type) {
        if (DOMAIN_CLASSES.contains(type)) {
            return true;
        }
        for (String d : DOMAIN_DENIED) {
            if (type.startsWith(d)) {
                return false;
            }
        }
        for (String p : DOMAIN_PACKAGES) {
            if (type.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jdk(String type) {
        if (JDK_CLASSES.contains(type)) {
            return true;
        }
        for (String p : JDK_TREES) {
            if (type.startsWith(p)) {
                return true;
            }
        }
        for (String p : JDK_PACKAGES) {
            if (type.startsWith(p) && type.indexOf('/', p.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    private static String kind(String type) {
        if (type.startsWith("java/lang/reflect/") || type.startsWith("java/lang/invoke/") || type.equals("java/lang/Class")
                || type.endsWith("ClassLoader") || type.startsWith("java/lang/Module")) {
            return "reflection and class loading";
        }
        if (type.startsWith("org/drools/") || type.startsWith("org/kie/")) {
            return "the Drools runtime is not reachable from rules";
        }
        if (type.startsWith("java/io/") || type.startsWith("java/nio/") || type.startsWith("java/net/")) {
            return "files and network";
        }
        if (type.equals("java/lang/System") || type.equals("java/lang/Runtime") || type.startsWith("java/lang/Process")
                || type.startsWith("java/lang/Thread") || type.startsWith("java/util/concurrent/")) {
            return "process, threads and JVM-wide state";
        }
        if (type.startsWith("io/github/thidua/")) {
            return "thidua internals (only the domain API and facts)";
        }
        return "not on the allowlist";
    }

    private static String memberKind(String name) {
        return switch (name) {
            case "getClass", "getDeclaringClass", "describeConstable" -> "reflection and class loading";
            case "wait", "notify", "notifyAll", "finalize" -> "thread coordination";
            case "intern", "setDefault" -> "JVM-wide state";
            case "parallel", "parallelStream", "parallelSetAll", "parallelSort", "parallelPrefix" ->
                    "parallel streams run on the JVM-wide ForkJoin pool";
            case "printStackTrace", "getStackTrace", "setStackTrace", "fillInStackTrace", "addSuppressed",
                    "getSuppressed" -> "stack traces and console output";
            case "generate", "iterate", "range", "rangeClosed" -> "unbounded streams run outside the evaluation budget";
            default -> "a size chosen by the pack allocates or computes in one step, outside the evaluation budget";
        };
    }
}
