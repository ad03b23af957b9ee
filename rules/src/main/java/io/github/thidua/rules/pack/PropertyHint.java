package io.github.thidua.rules.pack;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * "Did you mean": when the compiler cannot read a constraint ({@code Unable to parse left part of expression:
 * yaer > 2020}), finds the pattern it belongs to, resolves the pattern's fact type and, if the constraint's first
 * name is not one of that type's properties, names the closest property and lists them all.
 */
final class PropertyHint {
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?:Unable to parse left part of expression|Unknown property|cannot be resolved|Unable to Analyse Expression)"
                    + "[^:]*:\\s*([A-Za-z_$][\\w$]*)");
    private static final String[] DEFAULT_PACKAGES = {"io.github.thidua.rules.facts.", "io.github.thidua.core.",
            "io.github.thidua.core.law.", "java.lang."};

    private PropertyHint() {
    }

    /** The problem with a "did you mean" added when it names an unknown property of a pattern's fact type. */
    static Problem enrich(Problem p, ParsedDrl file) {
        if (file == null || file.descr() == null || p.message().contains("did you mean")) {
            return p;
        }
        Matcher m = EXPRESSION.matcher(p.message());
        if (!m.find()) {
            return p;
        }
        String name = m.group(1);
        Optional<RuleDescr> rule = p.rule() != null ? file.ruleNamed(p.rule()) : file.ruleAtLine(p.line());
        if (rule.isEmpty()) {
            return p;
        }
        for (PatternDescr pattern : patterns(rule.get().getLhs(), new ArrayList<>())) {
            if (!usesName(pattern, name, p.line())) {
                continue;
            }
            Class<?> type = resolve(pattern.getObjectType(), file);
            if (type == null) {
                continue;
            }
            TreeSet<String> properties = properties(type);
            if (properties.isEmpty() || properties.contains(name)) {
                continue;
            }
            String best = closest(name, properties);
            String hint = type.getSimpleName() + " has no property '" + name + "'"
                    + (best != null ? "; did you mean '" + best + "'?"
                    : " (its properties: " + String.join(", ", properties) + ")");
            return new Problem(p.path(), p.line(), p.column(), p.severity(), p.code(), p.message() + " — " + hint,
                    p.rule() != null ? p.rule() : rule.get().getName());
        }
        return p;
    }

    private static List<PatternDescr> patterns(BaseDescr d, List<PatternDescr> out) {
        if (d instanceof PatternDescr p) {
            out.add(p);
            if (p.getSource() != null) {
                patterns(p.getSource(), out);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                patterns(child, out);
            }
        }
        return out;
    }

    private static boolean usesName(PatternDescr pattern, String name, int line) {
        Pattern word = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])");
        for (BaseDescr c : pattern.getDescrs()) {
            if (c instanceof ExprConstraintDescr e && word.matcher(e.getExpression()).find()
                    && (line <= 0 || c.getLine() <= 0 || Math.abs(c.getLine() - line) <= 1 || pattern.getLine() == line)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> resolve(String simpleOrQualified, ParsedDrl file) {
        if (simpleOrQualified == null) {
            return null;
        }
        List<String> tries = new ArrayList<>();
        tries.add(simpleOrQualified);
        for (ImportDescr i : file.descr().getImports()) {
            String t = i.getTarget();
            if (t.endsWith("." + simpleOrQualified)) {
                tries.add(0, t);
            } else if (t.endsWith(".*")) {
                tries.add(t.substring(0, t.length() - 1) + simpleOrQualified);
            }
        }
        String ns = file.descr().getNamespace();
        if (ns != null && !ns.isEmpty()) {
            tries.add(ns + "." + simpleOrQualified);
        }
        for (String p : DEFAULT_PACKAGES) {
            tries.add(p + simpleOrQualified);
        }
        for (String t : tries) {
            try {
                return Class.forName(t, false, PropertyHint.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // next
            }
        }
        return null;
    }

    /** Bean properties (getX, isX) and record components of a type. */
    static TreeSet<String> properties(Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                out.add(rc.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || m.getReturnType() == void.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2
                    && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        return out;
    }

    /** The closest name within a small edit distance, or null. */
    static String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    /** Optimal string alignment distance (a swap of two neighbours counts one: yaer → year). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
