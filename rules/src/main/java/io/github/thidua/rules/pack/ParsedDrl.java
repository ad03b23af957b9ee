package io.github.thidua.rules.pack;

import io.github.thidua.rules.DrlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * A DRL file parsed with the Drools DRL parser ({@link DrlParser}, the parser the compiler itself uses): its
 * {@link PackageDescr}, or, when the file does not parse, every syntax error with its line and column.
 *
 * <p>Parsing is cheap (no Java is generated or compiled), so every file of a pack is parsed before anything is
 * compiled; a syntax error in one file then never hides the errors of another.
 */
public record ParsedDrl(DrlSource source, PackageDescr descr, List<Problem> syntaxErrors) {
    private static final Pattern PARSER_MESSAGE = Pattern.compile(
            "^\\s*(?:\\[ERR (\\d+)\\]\\s*)?(?:Line (-?\\d+):(-?\\d+)\\s*)?(.*)$", Pattern.DOTALL);

    public ParsedDrl {
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** Parses one file; never throws. */
    public static ParsedDrl parse(DrlSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr descr = null;
        List<Problem> problems = new ArrayList<>();
        try {
            descr = parser.parse(false, source.text());
        } catch (DroolsParserException | RuntimeException e) {
            problems.add(Problem.error(source.path(), 0, 0, "SYNTAX", "the DRL parser failed: " + e.getMessage(), null));
        }
        for (DroolsError e : parser.getErrors()) {
            problems.add(syntaxProblem(source, e));
        }
        if (parser.hasErrors() || descr == null) {
            if (problems.isEmpty()) {
                problems.add(Problem.error(source.path(), 0, 0, "SYNTAX", "the file does not parse as DRL", null));
            }
            descr = null;
        }
        return new ParsedDrl(source, descr, problems);
    }

    /** Parses every file. */
    public static List<ParsedDrl> parseAll(List<DrlSource> sources) {
        return sources.stream().map(ParsedDrl::parse).toList();
    }

    /** Whether the file parsed (then {@link #descr()} is not null). */
    public boolean parsed() {
        return descr != null;
    }

    public String path() {
        return source.path();
    }

    /** The rules of the file (empty if it did not parse). */
    public List<RuleDescr> rules() {
        return descr == null ? List.of() : descr.getRules();
    }

    /** The rule whose text contains {@code offset}, if any. */
    public Optional<RuleDescr> ruleAtOffset(int offset) {
        for (RuleDescr r : rules()) {
            if (r.getStartCharacter() >= 0 && offset >= r.getStartCharacter() && offset < Math.max(r.getEndCharacter(), r.getStartCharacter() + 1)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The rule whose lines contain {@code line}, if any. */
    public Optional<RuleDescr> ruleAtLine(int line) {
        for (RuleDescr r : rules()) {
            if (line >= r.getLine() && line <= Math.max(r.getEndLine(), r.getLine())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The rule with this name, if any. */
    public Optional<RuleDescr> ruleNamed(String name) {
        return rules().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    /** A rule's metadata value without quotes ({@code @ruleId("X")} gives {@code X}), or null. */
    public static String annotation(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        if (a == null) {
            return null;
        }
        Object v = a.getValue();
        if (v == null) {
            return "";
        }
        return RuleMetadata.get(java.util.Map.of(key, v), key);
    }

    /** A rule's {@code @ruleId}, or null. */
    public static String ruleId(RuleDescr rule) {
        return annotation(rule, RuleMetadata.RULE_ID);
    }

    private static Problem syntaxProblem(DrlSource source, DroolsError e) {
        Problem p = syntaxProblem(source.path(), e);
        return p.line() > 1 ? unclosedParenthesis(source.text(), p) : p;
    }

    /**
     * The parser notices a missing {@code )} only at the next token, often the first one of the next line ("21:1
     * mismatched input 'then'"). When parentheses opened since the rule's {@code when} are still open there, the
     * mistake is at the end of the previous code line: report it there, keeping the parser's message.
     */
    static Problem unclosedParenthesis(String text, Problem p) {
        String[] lines = text.split("\\R", -1);
        if (p.line() > lines.length || !(p.message().contains("mismatched input") || p.message().contains("no viable"))) {
            return p;
        }
        int errorLine = p.line() - 1;
        int errorCol = Math.max(0, Math.min(p.column() - 1, lines[errorLine].length()));
        int start = errorLine;
        while (start > 0 && !lines[start].strip().startsWith("rule ") && !lines[start].strip().equals("when")) {
            start--;
        }
        int open = 0;
        for (int l = start; l <= errorLine; l++) {
            String line = l == errorLine ? lines[l].substring(0, errorCol) : lines[l];
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (!quoted && c == '(') {
                    open++;
                } else if (!quoted && c == ')') {
                    open--;
                }
            }
        }
        if (open <= 0 || !lines[errorLine].substring(0, errorCol).isBlank()) {
            return p;
        }
        int prev = errorLine - 1;
        while (prev >= start && (lines[prev].isBlank() || lines[prev].strip().startsWith("//"))) {
            prev--;
        }
        if (prev < start) {
            return p;
        }
        String code = lines[prev];
        int comment = code.indexOf("//");
        int end = (comment >= 0 ? code.substring(0, comment) : code).stripTrailing().length();
        String missing = open == 1 ? "a ')' is missing" : open + " ')' are missing";
        return Problem.error(p.path(), prev + 1, end + 1, p.code(), missing + " at the end of this line (the parser"
                + " stopped at " + p.line() + ":" + p.column() + ": " + p.message() + ")", p.rule());
    }

    private static Problem syntaxProblem(String path, DroolsError e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = PARSER_MESSAGE.matcher(text.strip());
        String code = "SYNTAX";
        int line = 0;
        int col = 0;
        String message = text;
        if (m.matches()) {
            if (m.group(1) != null) {
                code = "ERR" + m.group(1);
            }
            if (m.group(2) != null) {
                line = Integer.parseInt(m.group(2));
                col = Integer.parseInt(m.group(3)) + 1;
            }
            message = m.group(4);
        }
        if (e instanceof ParserError pe && pe.getRow() > 0) {
            line = pe.getRow();
            col = pe.getCol() + 1;
        } else if (line <= 0 && e.getLines() != null && e.getLines().length > 0) {
            line = e.getLines()[0];
        }
        String rule = null;
        int in = message.lastIndexOf(" in rule ");
        if (in >= 0) {
            rule = message.substring(in + " in rule ".length()).strip();
            message = message.substring(0, in).strip();
            if (rule.length() >= 2 && rule.startsWith("\"") && rule.endsWith("\"")) {
                rule = rule.substring(1, rule.length() - 1);
            }
        }
        if (line == 0 && message.startsWith("Line 0:-1")) {
            message = "unexpected end of file: " + message.substring("Line 0:-1".length()).strip();
        }
        return Problem.error(path, line, col, code, message, rule);
    }
}
