package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Regime;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Compiles a pack for the checker (same settings as {@link KieBases}: executable model, duplicate rules and
 * functions are errors) and turns every compiler message into a {@link Problem} with a file, line and rule.
 *
 * <p>The executable-model compiler reports errors differently by phase: parse errors with a line; errors found
 * while generating the model (unknown properties, fields) with line −1 and only for the first package that has
 * any; Java errors in generated lambdas with the path of a generated class. Messages without a line are mapped
 * back by the rule name or expression the generated code records, or by finding the failing expression in the
 * file. To report more than the first batch, the checker compiles again without the rules that failed (up to a
 * number of rounds). A compiler that throws (e.g. {@code ParseProblemException}) is turned into a problem too.
 */
public final class PackCompiler {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern RULE_NAMES = Pattern.compile("addRuleNames\\(\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PREDICATE = Pattern.compile("new org\\.drools\\.model\\.functions\\.PredicateInformation\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern D_RULE = Pattern.compile("\\brule\\(\"(?:[^\"\\\\]|\\\\.)*\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern IN_RULE = Pattern.compile("(?:in|of) rule \"?([^\"]+?)\"?(?:$|[:,;]| in )");
    private static final Pattern JAVA_SOURCE = Pattern.compile("^Java source of (\\S+) in error:\\s*", Pattern.DOTALL);

    private PackCompiler() {
    }

    /**
     * Compiles the files (which must all have parsed) in rounds and returns every problem found. Rules that failed
     * in one round are left out of the next, so errors the compiler stops at do not hide the rest. A constraint the
     * compiler could not read is replaced by {@code true} instead (same length, so lines and columns stay), so the
     * next round goes on to the rule's other constraints and its consequence: every error of a rule, in one run.
     *
     * @param info      names the build
     * @param files     the files to compile, parsed
     * @param maxRounds at least 1
     */
    public static List<Problem> check(io.github.thidua.rules.RulePackInfo info, List<ParsedDrl> files, int maxRounds) {
        Map<String, ParsedDrl> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, Set<String>> removedRules = new HashMap<>();
        Map<String, String> neutralised = new HashMap<>();
        Set<String> removedFiles = new HashSet<>();
        Set<Problem> problems = new LinkedHashSet<>();
        for (int round = 0; round < Math.max(1, maxRounds); round++) {
            List<DrlSource> sources = new ArrayList<>();
            for (ParsedDrl f : files) {
                if (removedFiles.contains(f.path())) {
                    continue;
                }
                Set<String> names = removedRules.getOrDefault(f.path(), Set.of());
                ParsedDrl current = neutralised.containsKey(f.path())
                        ? ParsedDrl.parse(new DrlSource(f.path(), neutralised.get(f.path()))) : f;
                sources.add(names.isEmpty() ? current.source() : removeByName(current, names));
            }
            if (sources.isEmpty()) {
                break;
            }
            List<Problem> found = compileOnce(info, sources, byPath);
            if (found.isEmpty()) {
                break;
            }
            boolean progress = false;
            for (Problem p : found) {
                if (!problems.add(p) || !p.isError()) {
                    continue;
                }
                if (p.rule() != null && byPath.containsKey(p.path()) && byPath.get(p.path()).ruleNamed(p.rule()).isPresent()) {
                    String text = neutralised.getOrDefault(p.path(), byPath.get(p.path()).source().text());
                    String without = neutralise(text, p);
                    if (without != null) {
                        neutralised.put(p.path(), without);
                        progress = true;
                        continue;
                    }
                    progress |= removedRules.computeIfAbsent(p.path(), k -> new HashSet<>()).add(p.rule());
                } else if (byPath.containsKey(p.path())) {
                    progress |= removedFiles.add(p.path());
                }
            }
            if (!progress) {
                break;
            }
        }
        return List.copyOf(problems);
    }

    private static final Pattern UNREADABLE_CONSTRAINT =
            Pattern.compile("^Unable to parse left part of expression: (.+?)(?: \u2014 .*)?$", Pattern.DOTALL);

    /**
     * {@code text} with the constraint {@code p} reports replaced by {@code true} padded to its length, or null when
     * the problem is not an unreadable constraint found at its line and column (then the rule is left out).
     */
    static String neutralise(String text, Problem p) {
        Matcher m = UNREADABLE_CONSTRAINT.matcher(p.message());
        if (!m.matches() || p.line() < 1 || p.column() < 1) {
            return null;
        }
        String expr = m.group(1).strip();
        if (expr.length() < 4 || expr.contains("\n")) {
            return null;
        }
        int offset = 0;
        for (int line = 1; line < p.line(); line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        offset += p.column() - 1;
        if (offset + expr.length() > text.length() || !text.startsWith(expr, offset)) {
            return null;
        }
        return text.substring(0, offset) + "true" + " ".repeat(expr.length() - 4) + text.substring(offset + expr.length());
    }

    private static DrlSource removeByName(ParsedDrl f, Set<String> names) {
        char[] text = f.source().text().toCharArray();
        for (RuleDescr r : f.rules()) {
            if (names.contains(r.getName())) {
                int[] range = RuleText.range(f.source().text(), r);
                for (int i = range[0]; i < range[1]; i++) {
                    if (text[i] != '\n' && text[i] != '\r') {
                        text[i] = ' ';
                    }
                }
            }
        }
        return new DrlSource(f.path(), new String(text));
    }

    /** One build; the problems of its messages (or of the exception it threw), mapped to the files. */
    static List<Problem> compileOnce(io.github.thidua.rules.RulePackInfo info, List<DrlSource> sources, Map<String, ParsedDrl> byPath) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = releaseId(ks, "io.github.thidua.check", info, "-c");
        // The checker compiles every period together (rule names and ids are unique across periods).
        KieFileSystem kfs = fileSystem(ks, releaseId, sources, RulePack.BUNDLED_ROOT, null);
        List<Message> messages;
        try {
            PackGate.Build build = PackGate.build(ks.newKieBuilder(kfs));
            if (build.refused()) {
                List<ParsedDrl> current = sources.stream().map(s -> {
                    ParsedDrl p = byPath.get(s.path());
                    return p != null && p.source().text().equals(s.text()) ? p : ParsedDrl.parse(s);
                }).toList();
                return PackGate.problems(build.violations(), current);
            }
            messages = build.builder().getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING);
        } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
            return fromException(e, sources, byPath);
        } finally {
            try {
                ks.getRepository().removeKieModule(releaseId);
            } catch (RuntimeException ignored) {
                // nothing was registered
            }
        }
        return map(messages, byPath);
    }

    /** The name of the KieBase of one legal period in a runtime build. */
    static String kieBaseName(Regime regime) {
        return "thidua-" + regime.code();
    }

    /** A ReleaseId unique per build: the KieRepository is JVM-wide and packs may be rebuilt (reload) in one JVM. */
    static ReleaseId releaseId(KieServices ks, String group, io.github.thidua.rules.RulePackInfo info, String suffix) {
        return ks.newReleaseId(group, safe(info.name()), safe(info.version()) + suffix + BUILDS.incrementAndGet());
    }

    /**
     * The one build configuration of every pack, checked or compiled for the runtime: executable model, duplicate
     * rules and functions are errors. Without {@code periodPackages} one KieBase holds every package (the checker);
     * with them, one KieBase per legal period holds the packages that belong to it ({@link PeriodBases#belongsTo}).
     */
    static KieFileSystem fileSystem(KieServices ks, ReleaseId releaseId, List<DrlSource> sources, String root,
                                    Set<String> periodPackages) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        if (periodPackages == null) {
            KieBaseModel base = module.newKieBaseModel("thidua").setDefault(true);
            base.newKieSessionModel("thidua-session").setDefault(true);
        } else {
            for (Regime r : Regime.values()) {
                KieBaseModel base = module.newKieBaseModel(kieBaseName(r));
                periodPackages.stream().filter(p -> PeriodBases.belongsTo(p, r)).forEach(base::addPackage);
            }
        }
        kfs.writeKModuleXML(module.toXML());
        for (DrlSource s : sources) {
            kfs.write("src/main/resources/" + root + s.path(), s.text());
        }
        return kfs;
    }

    private static List<Problem> fromException(Throwable e, List<DrlSource> sources, Map<String, ParsedDrl> byPath) {
        List<ParsedDrl> current = sources.stream().map(s -> {
            ParsedDrl p = byPath.get(s.path());
            return p != null && p.source().text().equals(s.text()) ? p : ParsedDrl.parse(s);
        }).toList();
        List<Problem> located = ExecModelPrecheck.check(current, false);
        if (located.isEmpty()) {
            located = ExecModelPrecheck.check(current, true);
        }
        if (!located.isEmpty()) {
            return located;
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return List.of(Problem.error(".", 0, 0, "COMPILER_EXCEPTION", "the Drools compiler failed with "
                + e.getClass().getSimpleName() + (msg.isBlank() ? "" : ": " + msg) + " (the failing rule could not be located)", null));
    }

    /** Maps compiler messages to problems. */
    static List<Problem> map(List<Message> messages, Map<String, ParsedDrl> byPath) {
        Map<String, String> javaSources = new HashMap<>();
        for (Message m : messages) {
            Matcher js = JAVA_SOURCE.matcher(m.getText());
            if (js.find()) {
                javaSources.put(js.group(1), m.getText().substring(js.end()));
            }
        }
        List<Problem> out = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText();
            if (JAVA_SOURCE.matcher(text).find() || text.startsWith("Parser returned a null Package")) {
                continue;
            }
            boolean error = m.getLevel() == Message.Level.ERROR;
            String path = m.getPath() == null ? "" : m.getPath();
            String drlPath = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
            Problem p;
            if (path.startsWith("src/main/java/")) {
                p = mapJavaMessage(path, m, javaSources.get(path), byPath, error);
            } else if (drlPath.startsWith(RulePack.BUNDLED_ROOT)) {
                p = mapDrlMessage(drlPath.substring(RulePack.BUNDLED_ROOT.length()), m, byPath, error);
            } else {
                p = problem(error, path.isEmpty() ? "." : path, Math.max(m.getLine(), 0), 0, text, null);
            }
            out.add(PropertyHint.enrich(p, byPath.get(p.path())));
        }
        return out;
    }

    private static Problem mapDrlMessage(String path, Message m, Map<String, ParsedDrl> byPath, boolean error) {
        ParsedDrl file = byPath.get(path);
        String text = m.getText();
        String rule = ruleInMessage(text);
        if (file == null) {
            return problem(error, path, Math.max(m.getLine(), 0), m.getColumn(), text, rule);
        }
        if (m.getLine() > 0) {
            if (rule == null) {
                rule = file.ruleAtLine(m.getLine()).map(RuleDescr::getName).orElse(null);
            }
            if (text.startsWith("Duplicate rule name")) {
                rule = text.substring(text.indexOf(':') + 1).strip();
            }
            return problem(error, path, m.getLine(), m.getColumn() > 0 ? m.getColumn() + 1 : 0, text, rule);
        }
        Optional<int[]> at = locate(file, rule, snippets(text));
        if (at.isPresent()) {
            int offset = at.get()[0];
            CodeLines lines = new CodeLines(file.source().text());
            String r = rule != null ? rule : file.ruleAtOffset(offset).map(RuleDescr::getName).orElse(null);
            return problem(error, path, lines.line(offset), lines.column(offset), text, r);
        }
        if (rule != null) {
            Optional<RuleDescr> rd = file.ruleNamed(rule);
            return problem(error, path, rd.map(RuleDescr::getLine).orElse(0), 0, text, rule);
        }
        return problem(error, path, 0, 0, text, null);
    }

    private static Problem mapJavaMessage(String javaPath, Message m, String javaSource, Map<String, ParsedDrl> byPath, boolean error) {
        String text = m.getText();
        String fileName = javaPath.substring(javaPath.lastIndexOf('/') + 1);
        if (javaSource == null) {
            return problem(error, ".", 0, 0, text + " (in generated " + fileName + ")", null);
        }
        String rule = null;
        String drlPath = null;
        Matcher rn = RULE_NAMES.matcher(javaSource);
        if (rn.find()) {
            rule = unescape(rn.group(1));
            drlPath = unescape(rn.group(2)).replace(RulePack.BUNDLED_ROOT, "");
        }
        List<String> snippets = new ArrayList<>();
        Matcher pi = PREDICATE.matcher(javaSource);
        if (pi.find()) {
            snippets.add(unescape(pi.group(1)));
        }
        String[] javaLines = javaSource.split("\\R", -1);
        String errorLine = m.getLine() >= 1 && m.getLine() <= javaLines.length ? javaLines[m.getLine() - 1].strip() : "";
        if (rule == null) {
            // a rule's method in the generated Rules class: the nearest rule("pkg", "name") before the error line
            for (int i = Math.min(m.getLine(), javaLines.length) - 1; i >= 0 && rule == null; i--) {
                Matcher dr = D_RULE.matcher(javaLines[i]);
                if (dr.find()) {
                    rule = unescape(dr.group(1));
                }
            }
        }
        if (!errorLine.isEmpty() && !errorLine.startsWith("return ") && !errorLine.startsWith("@")) {
            snippets.add(errorLine);
        }
        snippets.addAll(snippets(text));
        // Find the file: the recorded path, else the file with the rule, else the one containing the snippet.
        List<ParsedDrl> candidates = new ArrayList<>();
        if (drlPath != null) {
            for (ParsedDrl f : byPath.values()) {
                if (drlPath.endsWith(f.path())) {
                    candidates.add(f);
                }
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(byPath.values());
        }
        // The generated class lives in (a sub-package of) its rule's DRL package: prefer the files of that package,
        // and the author's files before the bundled ones, so that a name found in both is blamed on the author's.
        String javaPackage = javaPackage(javaPath);
        List<ParsedDrl> samePackage = candidates.stream().filter(f -> f.descr() != null && inPackage(javaPackage,
                f.descr().getNamespace())).toList();
        if (!samePackage.isEmpty()) {
            candidates = new ArrayList<>(samePackage);
        }
        candidates.sort(java.util.Comparator.comparing((ParsedDrl f) -> f.path().startsWith(PackLoader.BUNDLED_PREFIX)));
        // the most specific snippet first, in every candidate, before a less specific one
        for (String snippet : snippets) {
            for (ParsedDrl f : candidates) {
                if (rule != null && f.ruleNamed(rule).isEmpty()) {
                    continue;
                }
                Optional<int[]> at = locate(f, rule, List.of(snippet));
                if (at.isPresent()) {
                    CodeLines lines = new CodeLines(f.source().text());
                    int offset = atName(f.source().text(), at.get()[0], text);
                    String r = rule != null ? rule : f.ruleAtOffset(offset).map(RuleDescr::getName).orElse(null);
                    return problem(error, f.path(), lines.line(offset), lines.column(offset), text, r);
                }
            }
        }
        if (rule != null) {
            for (ParsedDrl f : candidates) {
                Optional<RuleDescr> rd = f.ruleNamed(rule);
                if (rd.isPresent()) {
                    return problem(error, f.path(), rd.get().getConsequenceLine() > 0 ? rd.get().getConsequenceLine() : rd.get().getLine(),
                            0, text, rule);
                }
            }
        }
        return problem(error, ".", 0, 0, text + (errorLine.isEmpty() ? "" : " in `" + errorLine + "`"), rule);
    }

    private static final Pattern UNDEFINED_NAME = Pattern.compile(
            "^(?:The method ([\\w$]+)\\(|([\\w$]+) cannot be resolved|The field ([\\w$]+) is not visible"
                    + "|[\\w$.]+ cannot be resolved to a variable)");

    /**
     * Within the statement found at {@code offset}, the offset of the name the message says is undefined (so the
     * column points at {@code emulationFighter}, not at the start of the statement), else {@code offset}.
     */
    static int atName(String text, int offset, String message) {
        Matcher m = UNDEFINED_NAME.matcher(message.strip());
        if (!m.find()) {
            return offset;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (name == null) {
            return offset;
        }
        int end = text.indexOf(';', offset);
        end = end < 0 ? text.length() : end;
        Matcher n = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(text)
                .region(offset, end);
        return n.find() ? n.start() : offset;
    }

    /** The Java package of a generated source path {@code src/main/java/a/b/C.java}: {@code a.b}. */
    static String javaPackage(String javaPath) {
        String p = javaPath.startsWith("src/main/java/") ? javaPath.substring("src/main/java/".length()) : javaPath;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash).replace('/', '.');
    }

    private static boolean inPackage(String javaPackage, String drlPackage) {
        return drlPackage != null && !drlPackage.isEmpty()
                && (javaPackage.equals(drlPackage) || javaPackage.startsWith(drlPackage + "."));
    }

    /** Pieces of a message worth searching for in the DRL: the failing expression, quoted names, fields. */
    static List<String> snippets(String message) {
        List<String> s = new ArrayList<>();
        String firstLine = message.strip().split("\\R", 2)[0];
        int expr = firstLine.indexOf("expression: ");
        if (expr >= 0) {
            s.add(firstLine.substring(expr + "expression: ".length()).strip());
        }
        Matcher q = Pattern.compile("'([^']{2,})'|\"([^\"]{2,})\"|`([^`]{2,})`").matcher(firstLine);
        while (q.find()) {
            s.add(q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3));
        }
        Matcher f = Pattern.compile("(?:field|method|property|variable|type|symbol|Unknown|resolve) ([A-Za-z_$][\\w$]*)"
                + "|^([A-Za-z_$][\\w$]*) cannot be resolved").matcher(firstLine);
        while (f.find()) {
            s.add(f.group(1) != null ? f.group(1) : f.group(2));
        }
        int colon = firstLine.lastIndexOf(": ");
        if (colon >= 0 && colon + 2 < firstLine.length()) {
            s.add(firstLine.substring(colon + 2).strip());
        }
        return s;
    }

    /**
     * The offset of the first snippet found in the file (inside the named rule if given), comparing with
     * whitespace removed so a reformatted expression is still found.
     */
    static Optional<int[]> locate(ParsedDrl file, String rule, List<String> snippets) {
        String text = file.source().text();
        int from = 0;
        int to = text.length();
        if (rule != null) {
            Optional<RuleDescr> rd = file.ruleNamed(rule);
            if (rd.isPresent() && rd.get().getStartCharacter() >= 0) {
                from = rd.get().getStartCharacter();
                to = Math.min(text.length(), Math.max(rd.get().getEndCharacter(), from));
            }
        }
        StringBuilder squeezed = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                squeezed.append(c);
                origin.add(i);
            }
        }
        for (String snippet : snippets) {
            String needle = snippet.replaceAll("\\s+", "")
                    .replace("((org.kie.api.runtime.rule.RuleContext)drools)", "kcontext")
                    .replace("drools.insert(", "insert(").replace("drools.insertLogical(", "insertLogical(")
                    .replace("drools.update(", "update(").replace("drools.delete(", "delete(");
            if (needle.length() < 2) {
                continue;
            }
            int at = squeezed.indexOf(needle);
            if (needle.matches("[A-Za-z_$][\\w$]*")) {
                // a name: not the start of a longer name (emulationFighter is not in emulationFighters); the text
                // before it may have lost its space (return x)
                while (at >= 0 && at + needle.length() < squeezed.length()
                        && isNamePart(squeezed.charAt(at + needle.length()))) {
                    at = squeezed.indexOf(needle, at + 1);
                }
            }
            if (at < 0 && needle.endsWith(";")) {
                at = squeezed.indexOf(needle.substring(0, needle.length() - 1));
            }
            if (at >= 0) {
                return Optional.of(new int[] {origin.get(at)});
            }
        }
        return Optional.empty();
    }

    private static boolean isNamePart(char c) {
        return Character.isJavaIdentifierPart(c);
    }

    private static String ruleInMessage(String text) {
        Matcher m = IN_RULE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Problem problem(boolean error, String path, int line, int col, String text, String rule) {
        String code = "COMPILE";
        String message = text;
        if (text.startsWith("Duplicate rule name")) {
            code = "DUPLICATE_RULE_NAME";
        } else if (text.startsWith("Unable to parse consequence")) {
            code = "CONSEQUENCE";
        }
        return error ? Problem.error(path, line, col, code, message, rule) : Problem.warning(path, line, col, code, message, rule);
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Offset to line/column for a file. */
    private static final class CodeLines {
        private final String text;

        CodeLines(String text) {
            this.text = text;
        }

        int line(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int offset) {
            int start = text.lastIndexOf('\n', Math.max(0, offset - 1));
            return offset - (offset > 0 && start >= 0 && start < offset ? start + 1 : 0) + 1;
        }
    }
}
