package io.github.thidua.rules.pack;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;

/**
 * Finds constraints that make the executable-model compiler throw instead of reporting an error.
 *
 * <p>For a pattern without a binding ({@code Member( ... )} rather than {@code $m : Member( ... )}), Drools 10.2
 * first parses every constraint with its strict expression parser to name the pattern; a constraint that parser
 * rejects (e.g. {@code class == Member.class}) escapes as {@code com.github.javaparser.ParseProblemException} and
 * aborts the whole build without saying where (apache/incubator-kie#6784). This check runs the same parser
 * ({@link DrlxParseUtil#parseExpression(String)}) over those constraints so the problem is reported with its file,
 * line and rule instead.
 */
public final class ExecModelPrecheck {
    private ExecModelPrecheck() {
    }

    /** Problems for constraints of unbound patterns that the exec-model expression parser rejects. */
    public static List<Problem> check(List<ParsedDrl> files) {
        return check(files, false);
    }

    /**
     * @param allPatterns also check constraints of bound patterns (used to locate a compiler exception; such a
     *                    constraint may still compile, so this is not used to refuse a pack)
     */
    public static List<Problem> check(List<ParsedDrl> files, boolean allPatterns) {
        List<Problem> problems = new ArrayList<>();
        for (ParsedDrl f : files) {
            for (RuleDescr r : f.rules()) {
                for (PatternDescr p : Descrs.patterns(r)) {
                    if (p.getIdentifier() != null && !allPatterns) {
                        continue;
                    }
                    for (ExprConstraintDescr c : Descrs.constraints(p)) {
                        if (c.getType() != ExprConstraintDescr.Type.NAMED) {
                            continue;
                        }
                        String expr = c.getExpression();
                        try {
                            DrlxParseUtil.parseExpression(expr);
                        } catch (RuntimeException | AssertionError | StackOverflowError e) {
                            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                            int line = c.getLine() > 0 ? c.getLine() : p.getLine();
                            int col = c.getLine() > 0 ? c.getColumn() + 1 : p.getColumn() + 1;
                            problems.add(Problem.error(f.path(), line, col, "CONSTRAINT",
                                    "the executable-model compiler cannot parse the constraint `" + expr.strip() + "` of "
                                            + Descrs.simpleType(p) + "(...): " + firstLine(reason), r.getName()));
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl > 0 ? t.substring(0, nl) : t).strip();
    }
}
