package io.github.thidua.rules.authoring;

import io.github.thidua.rules.authoring.CodeText.Kind;
import io.github.thidua.rules.authoring.CodeText.Token;
import io.github.thidua.rules.internal.DrlSource;
import io.github.thidua.rules.internal.PackLoader;
import io.github.thidua.rules.internal.ParsedDrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Refuses external DRL that reaches outside what rules need. External DRL is code: its conditions and
 * consequences are compiled to Java and run inside the host, so a pack is only loaded if everything it names is
 * on an allowlist.
 *
 * <p>Allowed: the thidua domain API ({@code io.github.thidua.core..}, except the file-reading
 * {@code io.github.thidua.core.json..} and {@code io.github.thidua.core.profile.Profiles}), the facts and outcomes
 * rules use ({@code io.github.thidua.rules.facts..}, {@code io.github.thidua.rules.Outcome}, {@code Severity}),
 * {@code java.lang} value types ({@code String}, {@code Integer}, {@code Math}, {@code StringBuilder}, …),
 * {@code java.math..}, {@code java.time..}, the {@code java.util} collections with {@code java.util.stream} and
 * {@code java.util.function}. Everything else is refused, among it {@code System}, {@code Runtime},
 * {@code ProcessBuilder}, {@code Thread}, {@code ClassLoader}, {@code Class} and reflection, {@code java.io},
 * {@code java.nio}, {@code java.net}, Drools and KIE classes, the Drools runtime behind {@code kcontext} and
 * {@code drools} (only {@code getRule()}, {@code getMatch()}, {@code insert}, {@code insertLogical},
 * {@code update}, {@code delete}, {@code retract} may be used), class literals, writes to static fields,
 * {@code static}, {@code synchronized} and {@code native} members, and unicode escapes ({@code \\u0053}).
 *
 * <p>How it works: every file is parsed with the DRL parser ({@link ParsedDrl}); its {@link PackageDescr} gives the
 * package, imports, declared types, functions and each rule's extent. Imports are checked one by one. Then the
 * whole file is tokenized after string literals and comments are blanked out, which covers every place code can
 * hide (imports, globals, declared types and their field initialisers, functions, rule attributes such as
 * salience, LHS constraints, {@code from}/{@code accumulate} expressions and the RHS). Each qualified name
 * ({@code a.b.C.d}, also written {@code a . b . C}) is resolved the way the generated Java would resolve it (single-
 * type imports, declared types, on-demand imports, {@code java.lang}) and must land on the allowlist; an upper-case
 * name that does not resolve is refused too, because the generated Java code has more imports than the DRL file.
 * Each refusal names the file, line, column, rule and the forbidden reference.
 *
 * <p>Limits: this is a static allowlist, not a security manager. It does not bound CPU or memory (a rule can
 * still loop); run untrusted packs with a timeout if that matters. Local variables whose names start with an upper-
 * case letter, or that are named like a top-level package ({@code java}, {@code org}, …), are refused as unknown
 * types; rename them.
 */
public final class Sandbox {
    /** The problem code of every sandbox refusal. */
    public static final String CODE = "SANDBOX";

    /** Packages allowed with their sub-packages. */
    public static final List<String> ALLOWED_PACKAGES = List.of("io.github.thidua.core", "io.github.thidua.rules.facts",
            "java.math", "java.time", "java.util.stream", "java.util.function");
    /** Parts of the allowed packages that are refused (they read files). */
    public static final List<String> DENIED_INSIDE = List.of("io.github.thidua.core.json", "io.github.thidua.core.profile.Profiles");
    /** Single classes allowed outside {@link #ALLOWED_PACKAGES}. */
    public static final Set<String> ALLOWED_CLASSES;

    static {
        Set<String> c = new HashSet<>();
        c.add("io.github.thidua.rules.Outcome");
        c.add("io.github.thidua.rules.Severity");
        for (String s : List.of("String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character",
                "Number", "Math", "StrictMath", "StringBuilder", "StringBuffer", "CharSequence", "Comparable", "Iterable",
                "Object", "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException",
                "ArithmeticException", "NullPointerException", "IndexOutOfBoundsException", "NumberFormatException",
                "UnsupportedOperationException", "Override", "SuppressWarnings", "Deprecated", "FunctionalInterface")) {
            c.add("java.lang." + s);
        }
        for (String s : List.of("List", "ArrayList", "LinkedList", "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap",
                "NavigableMap", "EnumMap", "Set", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "EnumSet",
                "Collection", "Collections", "Arrays", "Objects", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
                "Iterator", "ListIterator", "Comparator", "Deque", "ArrayDeque", "Queue", "PriorityQueue", "StringJoiner",
                "AbstractMap", "BitSet", "Locale", "NoSuchElementException")) {
            c.add("java.util." + s);
        }
        ALLOWED_CLASSES = Set.copyOf(c);
    }

    /** Members that are refused on any receiver: reflection, class loading, process and runtime escapes. */
    static final Set<String> DENIED_MEMBERS = Set.of("getClass", "forName", "getClassLoader", "getContextClassLoader",
            "setContextClassLoader", "getSystemClassLoader", "getPlatformClassLoader", "loadClass", "defineClass",
            "findClass", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
            "getDeclaredConstructor", "getDeclaredConstructors", "getDeclaredClasses", "getMethod", "getMethods",
            "getField", "getFields", "getConstructor", "getConstructors", "getClasses", "getRecordComponents",
            "newInstance", "invoke", "invokeExact", "invokeWithArguments", "setAccessible", "trySetAccessible",
            "getDeclaringClass", "getEnclosingClass", "getEnclosingMethod", "getSuperclass", "getInterfaces", "getModule",
            "getProtectionDomain", "getResource", "getResourceAsStream", "getResources", "getRuntime", "exec", "exit",
            "halt", "getenv", "getInteger", "getLong", "getBoolean", "lookup", "privateLookupIn", "wait", "notify",
            "notifyAll", "finalize", "printStackTrace", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory",
            "getKieBase", "getKnowledgeBase", "getKieSession", "getSession", "getEntryPoint", "getEntryPoints",
            "getChannels", "getAgenda", "setGlobal", "getGlobals", "getKieContainer", "getKieServices", "dispose",
            "destroy", "fireAllRules", "fireUntilHalt", "registerChannel", "addEventListener", "removeEventListener");
    /** The denied getters as properties ({@code classLoader} for {@code getClassLoader()}): MVEL and constraints accept them. */
    static final Set<String> DENIED_PROPERTIES = DENIED_MEMBERS.stream()
            .filter(m -> m.startsWith("get") && m.length() > 3 && Character.isUpperCase(m.charAt(3)))
            .map(m -> Character.toLowerCase(m.charAt(3)) + m.substring(4))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What a rule may do with {@code kcontext} and {@code drools}. */
    static final Set<String> RUNTIME_MEMBERS = Set.of("getRule", "getMatch", "insert", "insertLogical", "update", "delete",
            "retract", "getFactHandle");
    /** Identifiers that are treated as the root of a package name. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "jakarta",
            "kotlin", "scala", "groovy", "android", "edu", "gov", "vn");
    /** DRL packages a pack may not use (their classes would resolve without an import). */
    static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie",
            "io.github.thidua");
    /** Bundled DRL packages, which a pack may reuse to override rules in place. */
    static final List<String> BUNDLED_DRL_PACKAGES = List.of("io.github.thidua.rules.common", "io.github.thidua.rules.regime2017",
            "io.github.thidua.rules.regime2024", "io.github.thidua.rules.individuals");

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "new",
            "package", "private", "protected", "public", "return", "short", "super", "switch", "this", "throw",
            "throws", "try", "void", "while", "true", "false", "null", "var", "yield", "record");
    private static final Set<String> FORBIDDEN_KEYWORDS = Set.of("static", "synchronized", "native", "volatile", "transient");
    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
            ">>>=", "++", "--");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9A-Fa-f]{0,4}");
    private static final Map<String, Boolean> CLASS_EXISTS = new ConcurrentHashMap<>();

    private Sandbox() {
    }

    /** Reads, parses and checks a pack directory (syntax errors are not repeated here; see {@link RuleChecker}). */
    public static List<Problem> check(Path packDir) {
        PackLoader.PackFiles files = PackLoader.read(packDir);
        return check(ParsedDrl.parseAll(files.sources()));
    }

    /** Checks one DRL text. */
    public static List<Problem> check(String path, String drl) {
        return check(List.of(ParsedDrl.parse(new DrlSource(path, drl))));
    }

    /**
     * Checks parsed files together (declared types of one file may be used in another). Files that did not parse
     * are only checked for unicode escapes.
     */
    public static List<Problem> check(List<ParsedDrl> files) {
        Set<String> declared = new HashSet<>();
        Set<String> functions = new HashSet<>();
        for (ParsedDrl f : files) {
            if (f.parsed()) {
                for (AbstractClassTypeDeclarationDescr t : f.descr().getClassAndEnumDeclarationDescrs()) {
                    declared.add(t.getTypeName());
                }
                for (FunctionDescr fn : f.descr().getFunctions()) {
                    functions.add(fn.getName());
                }
            }
        }
        Set<Problem> problems = new LinkedHashSet<>();
        for (ParsedDrl f : files) {
            new FileCheck(f, declared, functions, problems).run();
        }
        return List.copyOf(problems);
    }

    /** Whether a top-level class (binary name with dots) is on the allowlist. */
    public static boolean isAllowedClass(String fqn) {
        for (String d : DENIED_INSIDE) {
            if (fqn.equals(d) || fqn.startsWith(d + ".")) {
                return false;
            }
        }
        if (ALLOWED_CLASSES.contains(fqn)) {
            return true;
        }
        for (String p : ALLOWED_PACKAGES) {
            if (fqn.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a package may be named (on-demand import): it holds allowed classes. */
    static boolean isAllowedPackage(String pkg) {
        for (String d : DENIED_INSIDE) {
            if (pkg.equals(d) || pkg.startsWith(d + ".")) {
                return false;
            }
        }
        for (String p : ALLOWED_PACKAGES) {
            if (pkg.equals(p) || pkg.startsWith(p + ".")) {
                return true;
            }
        }
        for (String c : ALLOWED_CLASSES) {
            if (c.substring(0, c.lastIndexOf('.')).equals(pkg)) {
                return true;
            }
        }
        return false;
    }

    static boolean classExists(String name) {
        return CLASS_EXISTS.computeIfAbsent(name, n -> {
            try {
                Class.forName(n, false, Sandbox.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                return false;
            }
        });
    }

    private static boolean upper(String ident) {
        return !ident.isEmpty() && Character.isUpperCase(ident.codePointAt(0));
    }

    private static String why(String fqn) {
        for (String d : DENIED_INSIDE) {
            if (fqn.equals(d) || fqn.startsWith(d + ".")) {
                return d + " reads files";
            }
        }
        String pkg = fqn.contains(".") ? fqn.substring(0, fqn.lastIndexOf('.')) : fqn;
        return switch (pkg) {
            case "java.lang" -> "only java.lang value types (String, Integer, Math, StringBuilder, …) may be used";
            case "java.util" -> "only java.util collections may be used";
            case "java.lang.reflect", "java.lang.invoke" -> "reflection is not allowed";
            default -> pkg.startsWith("java.io") || pkg.startsWith("java.nio") ? "file access is not allowed"
                    : pkg.startsWith("java.net") ? "network access is not allowed"
                    : pkg.startsWith("org.drools") || pkg.startsWith("org.kie") ? "the Drools runtime is not reachable from rules"
                    : pkg + " is not on the allowlist";
        };
    }

    /** The check of one file. */
    private static final class FileCheck {
        private final ParsedDrl file;
        private final Set<String> declared;
        private final Set<String> functions;
        private final Set<Problem> out;
        private final CodeText.Lines lines;
        private final Map<String, String> singleImports = new HashMap<>();
        private final List<String> onDemand = new ArrayList<>();
        private String drlPackage = "";

        FileCheck(ParsedDrl file, Set<String> declared, Set<String> functions, Set<Problem> out) {
            this.file = file;
            this.declared = declared;
            this.functions = functions;
            this.out = out;
            this.lines = new CodeText.Lines(file.source().text());
        }

        void run() {
            String text = file.source().text();
            Matcher m = UNICODE_ESCAPE.matcher(text);
            while (m.find()) {
                int backslashes = 0;
                while (m.group().charAt(backslashes) == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    report(m.start() + backslashes - 1, "unicode escape " + m.group().substring(backslashes - 1)
                            + ": write the character itself (escapes are decoded before Java reads the code and can hide it)");
                }
            }
            if (!file.parsed()) {
                return;
            }
            PackageDescr pd = file.descr();
            drlPackage = pd.getName() == null ? "" : pd.getName();
            checkPackage(pd);
            for (ImportDescr i : pd.getImports()) {
                checkImport(i, i.getTarget(), "import");
            }
            for (FunctionImportDescr i : pd.getFunctionImports()) {
                checkImport(i, i.getTarget(), "import function");
            }
            for (AccumulateImportDescr i : pd.getAccumulateImports()) {
                checkImport(i, i.getTarget(), "import accumulate");
            }
            scan(CodeText.tokenize(CodeText.blankLiteralsAndComments(text)));
        }

        private void checkPackage(PackageDescr pd) {
            String p = drlPackage;
            if (p.isEmpty()) {
                return;
            }
            for (String b : BUNDLED_DRL_PACKAGES) {
                if (p.equals(b) || p.startsWith(b + ".")) {
                    return;
                }
            }
            for (String r : RESERVED_PACKAGES) {
                if (p.equals(r) || p.startsWith(r + ".")) {
                    int off = file.source().text().indexOf(p);
                    report(Math.max(off, 0), "package " + p + ": packages under " + r
                            + " are reserved (their classes would be visible without an import); use the province's own package");
                    return;
                }
            }
        }

        private void checkImport(org.drools.drl.ast.descr.BaseDescr d, String target, String what) {
            if (target == null) {
                return;
            }
            String t = target.replace(" ", "").replace("\t", "");
            int off = d.getStartCharacter() >= 0 ? d.getStartCharacter() : offsetOfLine(d.getLine());
            if (t.endsWith(".*")) {
                String pkg = t.substring(0, t.length() - 2);
                String cls = classPart(pkg);
                if (cls != null ? !isAllowedClass(cls) : !isAllowedPackage(pkg)) {
                    report(off, what + " " + target + ": forbidden reference " + pkg + " (" + why(cls != null ? cls : pkg + ".*") + ")");
                } else if (cls == null) {
                    onDemand.add(pkg);
                }
                return;
            }
            String cls = classPart(t);
            if (cls == null) {
                report(off, what + " " + target + ": not a class name");
                return;
            }
            if (!isAllowedClass(cls)) {
                report(off, what + " " + target + ": forbidden reference " + cls + " (" + why(cls) + ")");
            }
            if (what.equals("import")) {
                singleImports.put(t.substring(t.lastIndexOf('.') + 1), t.equals(cls) ? cls : t);
            }
        }

        /** The top-level class of a dotted name: up to the first segment that starts upper-case; null if none. */
        private static String classPart(String dotted) {
            String[] parts = dotted.split("\\.");
            StringBuilder sb = new StringBuilder();
            for (String part : parts) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part);
                if (upper(part)) {
                    return sb.toString();
                }
            }
            return null;
        }

        private void scan(List<Token> tokens) {
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                Token prev = i > 0 ? tokens.get(i - 1) : null;
                if (t.kind() != Kind.IDENT) {
                    i++;
                    continue;
                }
                if (prev != null && (prev.is(".") || prev.is("::"))) {
                    checkMember(t);
                    i++;
                    continue;
                }
                if (prev != null && prev.is("@")) {
                    // an annotation name (metadata such as @ruleId); its arguments are scanned like any code
                    i = skipChain(tokens, i);
                    continue;
                }
                if (FORBIDDEN_KEYWORDS.contains(t.text())) {
                    if (!(t.is("static") && prev != null && prev.is("import"))) {
                        report(t.offset(), "`" + t.text() + "` is not allowed in rule packs (no static state, threads or native code)");
                    }
                    i++;
                    continue;
                }
                if (prev != null && (prev.is("import") || (i > 1 && tokens.get(i - 2).is("import")
                        && (prev.is("function") || prev.is("accumulate") || prev.is("static"))))) {
                    // an import: checked one by one from the parsed imports
                    i = skipChain(tokens, i);
                    continue;
                }
                List<Token> chain = chain(tokens, i);
                i += chain.size() * 2 - 1;
                Token after = i < tokens.size() ? tokens.get(i) : null;
                head(chain, prev, after);
            }
        }

        private static int skipChain(List<Token> tokens, int i) {
            return i + chain(tokens, i).size() * 2 - 1;
        }

        /** Identifiers joined by dots from {@code i} ({@code a.b.C}); dots may be spaced. */
        private static List<Token> chain(List<Token> tokens, int i) {
            List<Token> chain = new ArrayList<>();
            chain.add(tokens.get(i));
            int j = i + 1;
            while (j + 1 < tokens.size() && tokens.get(j).is(".") && tokens.get(j + 1).kind() == Kind.IDENT) {
                chain.add(tokens.get(j + 1));
                j += 2;
            }
            return chain;
        }

        private void head(List<Token> chain, Token prev, Token after) {
            Token h = chain.get(0);
            String name = h.text();
            int membersFrom = 1;
            if (prev != null && prev.is("package") && join(chain, chain.size()).equals(drlPackage)) {
                return;
            }
            if (KEYWORDS.contains(name) || name.startsWith("$")) {
                // a keyword or a bound variable: only its members are checked
            } else if (name.equals("kcontext") || name.equals("drools")) {
                if (chain.size() > 1 && !RUNTIME_MEMBERS.contains(chain.get(1).text())) {
                    report(chain.get(1).offset(), "forbidden reference " + name + "." + chain.get(1).text()
                            + ": rules may only use " + name + ".getRule(), getMatch(), insert, insertLogical, update,"
                            + " delete and retract (the Drools runtime is not reachable from rules)");
                }
                membersFrom = 2;
            } else if (upper(name)) {
                String fqn = resolve(name);
                if (fqn == null) {
                    if (!functions.contains(name)) {
                        report(h.offset(), "unknown type " + name + ": import it (only allowlisted types may be used;"
                                + " names that are not imported are not resolved)");
                    }
                } else if (!fqn.isEmpty() && !isAllowedClass(fqn)) {
                    report(h.offset(), "forbidden reference " + fqn + " (" + why(fqn) + ")");
                }
                checkStaticWrite(chain, after, name);
            } else {
                // a lower-case head: a variable, a function, or the start of a qualified class name
                boolean rooted = PACKAGE_ROOTS.contains(name);
                int cls = -1;
                for (int k = 1; k < chain.size(); k++) {
                    if (upper(chain.get(k).text())) {
                        cls = k;
                        break;
                    }
                }
                String qualified = null;
                if (cls > 0 && (rooted || classExists(join(chain, cls + 1)))) {
                    qualified = join(chain, cls + 1);
                    membersFrom = cls + 1;
                } else if (cls < 0) {
                    for (int k = chain.size(); k >= 1 && qualified == null; k--) {
                        if (classExists(join(chain, k))) {
                            qualified = join(chain, k);
                            membersFrom = k;
                        }
                    }
                }
                if (qualified != null) {
                    if (!isAllowedClass(qualified)) {
                        report(h.offset(), "forbidden reference " + qualified + " (" + why(qualified) + ")");
                    }
                    checkStaticWrite(chain.subList(membersFrom - 1, chain.size()), after, qualified);
                } else if (rooted) {
                    String pkg = join(chain, chain.size());
                    if (!isAllowedPackage(pkg)) {
                        report(h.offset(), "forbidden reference " + pkg + " (" + why(pkg + ".*") + ")");
                    }
                    membersFrom = chain.size();
                } else if (chain.size() == 1 && after != null && after.is("(") && DENIED_MEMBERS.contains(name)
                        && !functions.contains(name)) {
                    report(h.offset(), "forbidden call " + name + "(): " + memberWhy(name));
                }
            }
            for (int k = membersFrom; k < chain.size(); k++) {
                checkMember(chain.get(k));
            }
        }

        private void checkStaticWrite(List<Token> chain, Token after, String owner) {
            if (chain.size() > 1 && after != null && ASSIGNMENTS.contains(after.text())) {
                report(chain.get(0).offset(), "assignment to " + owner + "." + chain.get(chain.size() - 1).text()
                        + ": rules may not change static state");
            }
        }

        private void checkMember(Token t) {
            if (t.is("class")) {
                report(t.offset(), "class literal .class: reflection is not allowed");
            } else if (DENIED_MEMBERS.contains(t.text())) {
                report(t.offset(), "forbidden call ." + t.text() + "(): " + memberWhy(t.text()));
            } else if (DENIED_PROPERTIES.contains(t.text())) {
                report(t.offset(), "forbidden property ." + t.text() + ": " + memberWhy(t.text()));
            }
        }

        private static String memberWhy(String member) {
            if (member.startsWith("getKie") || member.startsWith("getKnowledge") || member.equals("getWorkingMemory")
                    || member.startsWith("getEntryPoint") || member.equals("getSession") || member.equals("getAgenda")
                    || member.equals("getChannels") || member.equals("setGlobal") || member.equals("getGlobals")
                    || member.startsWith("fire") || member.contains("EventListener") || member.equals("registerChannel")
                    || member.equals("dispose") || member.equals("destroy")) {
                return "the Drools runtime is not reachable from rules";
            }
            if (member.equals("exit") || member.equals("halt") || member.equals("exec") || member.equals("getRuntime")
                    || member.equals("getenv") || member.startsWith("get") && (member.equals("getInteger")
                    || member.equals("getLong") || member.equals("getBoolean"))) {
                return "process and environment access is not allowed";
            }
            if (member.equals("wait") || member.startsWith("notify") || member.equals("finalize")) {
                return "thread coordination is not allowed";
            }
            if (member.equals("printStackTrace")) {
                return "writing to the console is not allowed";
            }
            if (DENIED_PROPERTIES.contains(member)) {
                return memberWhy("get" + Character.toUpperCase(member.charAt(0)) + member.substring(1));
            }
            return "reflection and class loading are not allowed";
        }

        /** The class a simple upper-case name resolves to; "" for a type the pack declares; null if unresolved. */
        private String resolve(String simple) {
            String imported = singleImports.get(simple);
            if (imported != null) {
                String cls = classPart(imported);
                return cls == null ? imported : cls;
            }
            if (declared.contains(simple)) {
                return "";
            }
            if (!drlPackage.isEmpty() && classExists(drlPackage + "." + simple)) {
                return drlPackage + "." + simple;
            }
            for (String p : onDemand) {
                if (classExists(p + "." + simple)) {
                    return p + "." + simple;
                }
            }
            if (classExists("java.lang." + simple)) {
                return "java.lang." + simple;
            }
            return null;
        }

        private static String join(List<Token> chain, int n) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append('.');
                }
                sb.append(chain.get(k).text());
            }
            return sb.toString();
        }

        private int offsetOfLine(int line) {
            return line > 0 ? lines.offsetOfLine(line) : 0;
        }

        private void report(int offset, String message) {
            Optional<RuleDescr> rule = file.ruleAtOffset(offset);
            out.add(Problem.error(file.path(), lines.line(offset), lines.column(offset), CODE, message,
                    rule.map(RuleDescr::getName).orElse(null)));
        }
    }
}
