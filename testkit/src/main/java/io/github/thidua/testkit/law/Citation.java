package io.github.thidua.testkit.law;

import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every decision is explained and cited: at least one reason; a refusal lists its unmet conditions; every reason names
 * its rule, cites a legal basis of its own (not only the parameters it used), states a certainty and has both
 * messages; next year's head and deputy and every finding are cited too.
 */
public final class Citation implements Law {
    /** The law's name. */
    public static final String NAME = "citation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every decision has reasons with a rule id, a legal basis of its own, a certainty and messages";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        List<ReviewResult> results = s.kind() == Subject.Kind.BLOC ? List.of(s.result()) : s.consolidation().blocs();
        for (ReviewResult r : results) {
            check(r, out);
        }
        return out;
    }

    private static void check(ReviewResult r, List<Violation> out) {
        String where = "bloc " + r.bloc() + ": ";
        for (Decision d : r.decisions()) {
            String what = where + d.unit() + " " + d.award() + " " + d.outcome();
            if (d.reasons().isEmpty()) {
                out.add(new Violation(NAME, what + " has no reason"));
            }
            if (d.outcome() == Outcome.NOT_ELIGIBLE && d.unmet().isEmpty()) {
                out.add(new Violation(NAME, what + " lists no unmet condition"));
            }
            d.reasons().forEach(x -> reason(what, x, out));
            d.unmet().forEach(x -> reason(what + " (unmet)", x, out));
        }
        if (r.nextTerm() != null) {
            if (r.nextTerm().head() != null && r.nextTerm().reasons().isEmpty()) {
                out.add(new Violation(NAME, where + "next year's head " + r.nextTerm().head() + " has no reason"));
            }
            r.nextTerm().reasons().forEach(x -> reason(where + "next term", x, out));
        }
        for (Finding f : r.findings()) {
            if (blank(f.legalBasis()) || f.legalBasis().startsWith(";") || f.certainty() == null) {
                out.add(new Violation(NAME, where + "finding " + f.ruleId() + " cites no legal basis or certainty"));
            }
        }
    }

    private static void reason(String what, Reason x, List<Violation> out) {
        if (blank(x.ruleId())) {
            out.add(new Violation(NAME, what + ": a reason names no rule"));
        }
        if (blank(x.legalBasis()) || x.legalBasis().strip().startsWith(";")) {
            out.add(new Violation(NAME, what + ": reason " + x.ruleId() + " cites no legal basis of its own ('"
                    + x.legalBasis() + "')"));
        }
        if (x.certainty() == null) {
            out.add(new Violation(NAME, what + ": reason " + x.ruleId() + " states no certainty"));
        }
        if (blank(x.vi()) || blank(x.en())) {
            out.add(new Violation(NAME, what + ": reason " + x.ruleId() + " lacks a Vietnamese or English message"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
