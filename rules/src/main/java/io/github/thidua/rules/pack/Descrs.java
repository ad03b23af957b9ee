package io.github.thidua.rules.pack;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** Walks the left-hand side of parsed rules. */
public final class Descrs {
    private Descrs() {
    }

    /** Every pattern of a rule's LHS, nested ones included (not, exists, or, forall, accumulate, collect, from). */
    public static List<PatternDescr> patterns(RuleDescr rule) {
        List<PatternDescr> out = new ArrayList<>();
        Map<BaseDescr, Boolean> seen = new IdentityHashMap<>();
        if (rule.getLhs() != null) {
            walk(rule.getLhs(), out, seen);
        }
        return out;
    }

    private static void walk(BaseDescr d, List<PatternDescr> out, Map<BaseDescr, Boolean> seen) {
        if (d == null || seen.put(d, Boolean.TRUE) != null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            out.add(p);
            if (p.getSource() != null) {
                walk(p.getSource(), out, seen);
            }
            return;
        }
        if (d instanceof AccumulateDescr a) {
            walk(a.getInput(), out, seen);
        }
        if (d instanceof CollectDescr c) {
            walk(c.getInputPattern(), out, seen);
        }
        if (d instanceof ForallDescr f) {
            f.getDescrs().forEach(x -> walk(x, out, seen));
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (Object x : ce.getDescrs()) {
                if (x instanceof BaseDescr b) {
                    walk(b, out, seen);
                }
            }
        }
    }

    /** The expression constraints written inside a pattern's parentheses. */
    public static List<ExprConstraintDescr> constraints(PatternDescr p) {
        List<ExprConstraintDescr> out = new ArrayList<>();
        for (BaseDescr d : p.getDescrs()) {
            if (d instanceof ExprConstraintDescr e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The simple name of a pattern's type ({@code Param} for {@code io.github.thidua.rules.facts.Param}). */
    public static String simpleType(PatternDescr p) {
        String t = p.getObjectType();
        if (t == null) {
            return "";
        }
        int lt = t.indexOf('<');
        if (lt >= 0) {
            t = t.substring(0, lt);
        }
        int dot = t.lastIndexOf('.');
        return dot >= 0 ? t.substring(dot + 1) : t;
    }
}
