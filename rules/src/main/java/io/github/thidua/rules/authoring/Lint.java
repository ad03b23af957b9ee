package io.github.thidua.rules.authoring;

import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalDocument;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.engine.Phase;
import io.github.thidua.rules.pack.CodeText;
import io.github.thidua.rules.pack.Descrs;
import io.github.thidua.rules.pack.ParsedDrl;
import io.github.thidua.rules.pack.Problem;
import io.github.thidua.rules.pack.RuleMetadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** The metadata and consistency checks of {@link RuleChecker} (parsed files only; nothing is compiled). */
final class Lint {
    private static final Pattern AWARD = Pattern.compile("\\bAwardType\\s*\\.\\s*([A-Za-z_$][\\w$]*)(\\s*\\()?");
    private static final Pattern PARAM_NAME = Pattern.compile("\\bname\\s*==\\s*\"([^\"]*)\"|\"([^\"]*)\"\\s*==\\s*name\\b");
    private static final Set<String> AWARDS = Arrays.stream(AwardType.values()).map(Enum::name).collect(Collectors.toSet());

    /** A catalogue citation id inside a legal basis (e.g. {@code LAW_2022:25.1.a}, {@code ND_152_2025}). */
    private static final Pattern CITATION_ID = Pattern.compile(
            "(?<![\\w/.])([A-Z][A-Z0-9]*_[A-Z0-9_]*[0-9][A-Z0-9_]*)(?::[0-9]+[a-z]?(?:\\.[0-9]+(?:\\.[a-zđ])?)?)?(?![\\w])");

    private Lint() {
    }

    private static int attributeLine(AttributeDescr a, RuleDescr r) {
        return a.getLine() > 0 ? a.getLine() : r.getLine();
    }

    private static int attributeColumn(AttributeDescr a) {
        return a.getColumn() > 0 ? a.getColumn() + 1 : 1;
    }

    /** One message per citation id in {@code basis} whose document is not in the legal catalogue. */
    static List<String> unknownDocuments(String basis) {
        LegalCatalogue catalogue = LegalCatalogue.standard();
        List<String> out = new ArrayList<>();
        Matcher m = CITATION_ID.matcher(basis);
        while (m.find()) {
            String doc = m.group(1);
            if (!catalogue.contains(doc)) {
                out.add("@legalBasis cites unknown legal document id '" + doc + "' (" + m.group()
                        + "): use an id of the legal catalogue" + suggestion(doc, catalogueIds(catalogue)));
            }
        }
        return out;
    }

    private static Set<String> catalogueIds(LegalCatalogue catalogue) {
        return catalogue.documents().stream().map(LegalDocument::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static List<Problem> check(List<ParsedDrl> files, Profile profile) {
        List<Problem> out = new ArrayList<>();
        Map<String, List<Located>> ids = new LinkedHashMap<>();
        Map<String, List<Located>> names = new LinkedHashMap<>();
        Set<String> params = profile.names();
        List<String> groups = new ArrayList<>(Phase.groups());
        // the unit review's phases (individuals rules), fired by UnitReviewEngine
        groups.addAll(io.github.thidua.rules.people.UnitReviewEngine.PHASES);
        for (ParsedDrl f : files) {
            if (!f.parsed()) {
                continue;
            }
            CodeText.Lines lines = new CodeText.Lines(f.source().text());
            for (RuleDescr r : f.rules()) {
                if (r.isQuery()) {
                    continue;
                }
                String name = r.getName();
                Located here = new Located(f.path(), r.getLine(), name);
                names.computeIfAbsent(name, k -> new ArrayList<>()).add(here);
                String id = ParsedDrl.ruleId(r);
                if (blank(id)) {
                    out.add(ruleProblem(f, r, "MISSING_RULE_ID", "missing @ruleId(\"...\"): every rule needs a stable id"
                            + " (overrides, audit trail and case files refer to it)"));
                } else {
                    ids.computeIfAbsent(id, k -> new ArrayList<>()).add(new Located(f.path(), annotationLine(f, r, lines, RuleMetadata.RULE_ID), name));
                }
                String basis = ParsedDrl.annotation(r, RuleMetadata.LEGAL_BASIS);
                if (blank(basis)) {
                    out.add(ruleProblem(f, r, "MISSING_LEGAL_BASIS", "missing @legalBasis(\"...\"): cite the legal provision the rule encodes"));
                } else {
                    for (String msg : unknownDocuments(basis)) {
                        out.add(at(f, r, lines, RuleMetadata.LEGAL_BASIS, "UNKNOWN_LEGAL_DOCUMENT", msg));
                    }
                }
                String certainty = ParsedDrl.annotation(r, RuleMetadata.CERTAINTY);
                if (blank(certainty)) {
                    out.add(ruleProblem(f, r, "MISSING_CERTAINTY", "missing @certainty(\"confirmed|secondary|assumption\")"));
                } else {
                    try {
                        Certainty.parse(certainty);
                    } catch (IllegalArgumentException e) {
                        out.add(at(f, r, lines, RuleMetadata.CERTAINTY, "BAD_CERTAINTY", "@certainty(\"" + certainty
                                + "\"): expected confirmed, secondary or assumption"));
                    }
                }
                LocalDate from = date(f, r, lines, RuleMetadata.EFFECTIVE_FROM, out);
                LocalDate to = date(f, r, lines, RuleMetadata.EFFECTIVE_TO, out);
                if (from != null && to != null && from.isAfter(to)) {
                    out.add(at(f, r, lines, RuleMetadata.EFFECTIVE_FROM, "DATE_RANGE", "@effectiveFrom(\"" + from
                            + "\") is after @effectiveTo(\"" + to + "\"): the rule could never apply"));
                }
                // The phase: ruleflow-group (Drools 10 deprecates agenda-group, which still works and wins if both are set).
                AttributeDescr legacy = r.getAttributes().get("agenda-group");
                AttributeDescr group = legacy != null ? legacy : r.getAttributes().get("ruleflow-group");
                if (legacy != null) {
                    int line = attributeLine(legacy, r);
                    out.add(Problem.warning(f.path(), line, columnOf(f, lines, line, "agenda-group"), "DEPRECATED_AGENDA_GROUP",
                            "agenda-group is deprecated in Drools 10 and will be removed: write ruleflow-group \""
                                    + legacy.getValue() + "\" (the same phase)", name));
                }
                if (group == null) {
                    out.add(Problem.warning(f.path(), r.getLine(), 1, "NO_RULEFLOW_GROUP",
                            "no ruleflow-group: the rule fires after every phase; use one of " + groups, name));
                } else if (!groups.contains(group.getValue())) {
                    out.add(Problem.error(f.path(), attributeLine(group, r), attributeColumn(group), "UNKNOWN_RULEFLOW_GROUP",
                            group.getName() + " \"" + group.getValue() + "\" is not a phase; use one of " + groups, name));
                }
                for (PatternDescr p : Descrs.patterns(r)) {
                    if (!Descrs.simpleType(p).equals("Param")) {
                        continue;
                    }
                    for (ExprConstraintDescr c : Descrs.constraints(p)) {
                        Matcher m = PARAM_NAME.matcher(c.getExpression());
                        while (m.find()) {
                            String param = m.group(1) != null ? m.group(1) : m.group(2);
                            if (!params.contains(param)) {
                                int line = c.getLine() > 0 ? c.getLine() : p.getLine();
                                int col = columnOf(f, lines, line, "\"" + param + "\"");
                                out.add(Problem.error(f.path(), line, col, "UNKNOWN_PARAM", "parameter \"" + param
                                        + "\" is not defined by profile " + profile.name() + suggestion(param, params), name));
                            }
                        }
                    }
                }
            }
            String blanked = CodeText.blankLiteralsAndComments(f.source().text());
            Matcher m = AWARD.matcher(blanked);
            while (m.find()) {
                String code = m.group(1);
                if (m.group(2) != null || AWARDS.contains(code) || code.equals("class")) {
                    continue;
                }
                int off = m.start(1);
                out.add(Problem.error(f.path(), lines.line(off), lines.column(off), "UNKNOWN_AWARD", "unknown award code AwardType."
                        + code + "; the codes are " + AWARDS.stream().sorted().toList() + suggestion(code, AWARDS),
                        f.ruleAtOffset(off).map(RuleDescr::getName).orElse(null)));
            }
        }
        duplicates(ids, "DUPLICATE_RULE_ID", "rule id", out);
        duplicates(names, "DUPLICATE_RULE_NAME", "rule name", out);
        return out;
    }

    private record Located(String path, int line, String rule) {
    }

    private static void duplicates(Map<String, List<Located>> map, String code, String what, List<Problem> out) {
        for (Map.Entry<String, List<Located>> e : map.entrySet()) {
            List<Located> all = e.getValue();
            for (int i = 1; i < all.size(); i++) {
                Located first = all.get(0);
                Located dup = all.get(i);
                out.add(Problem.error(dup.path(), dup.line(), 1, code, "duplicate " + what + " \"" + e.getKey()
                        + "\" (first defined at " + first.path() + ":" + first.line() + ")", dup.rule()));
            }
        }
    }

    private static LocalDate date(ParsedDrl f, RuleDescr r, CodeText.Lines lines, String key, List<Problem> out) {
        String v = ParsedDrl.annotation(r, key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            out.add(at(f, r, lines, key, "BAD_DATE", "@" + key + "(\"" + v + "\"): not a date YYYY-MM-DD"));
            return null;
        }
    }

    private static Problem ruleProblem(ParsedDrl f, RuleDescr r, String code, String message) {
        return Problem.error(f.path(), r.getLine(), 1, code, message, r.getName());
    }

    private static Problem at(ParsedDrl f, RuleDescr r, CodeText.Lines lines, String key, String code, String message) {
        int line = annotationLine(f, r, lines, key);
        return Problem.error(f.path(), line, columnOf(f, lines, line, "@" + key), code, message, r.getName());
    }

    /** The line of {@code @key} inside the rule (annotations carry no line in the parsed DRL). */
    private static int annotationLine(ParsedDrl f, RuleDescr r, CodeText.Lines lines, String key) {
        String text = f.source().text();
        if (r.getStartCharacter() >= 0) {
            int at = text.indexOf("@" + key, r.getStartCharacter());
            if (at >= 0 && (r.getEndCharacter() <= 0 || at < r.getEndCharacter())) {
                return lines.line(at);
            }
        }
        return r.getLine();
    }

    private static int columnOf(ParsedDrl f, CodeText.Lines lines, int line, String needle) {
        String text = f.source().text();
        int start = lines.offsetOfLine(line);
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int at = text.substring(start, end).indexOf(needle);
        return at < 0 ? 1 : at + 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** " (did you mean X?)" for the closest known name, if close enough. */
    static String suggestion(String given, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, given.length() / 3) ? " (did you mean " + best + "?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
