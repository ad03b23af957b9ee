package io.github.thidua.testkit.law;

import io.github.thidua.core.law.Regime;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RuleInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The legal regimes do not leak into each other: for achievement years from 2024 no rule whose id is marked 2017
 * ({@code XX17_…}) fires, before 2024 no rule marked 2024 ({@code XX24_…}) fires (read from
 * {@link ReviewResult#audit()}), no rule dated with {@code @effectiveFrom}/{@code @effectiveTo} fires for a decision
 * outside its window (Circular 08/2017 vs 12/2019, Decree 98/2023 vs 152/2025), and the result states the year's
 * regime.
 */
public final class RegimePartition implements Law {
    /** The law's name. */
    public static final String NAME = "regime-partition";
    private static final Pattern RULE_2017 = Pattern.compile("^[A-Z]+17_.*");
    private static final Pattern RULE_2024 = Pattern.compile("^[A-Z]+24_.*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no 2017 rule fires for years from 2024, no 2024 rule before, no dated rule outside its window";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        Map<String, RuleInfo> rules = new HashMap<>();
        for (RuleInfo r : s.engine().rules()) {
            rules.put(r.ruleId(), r);
        }
        if (s.kind() == Subject.Kind.BLOC) {
            check(s.review().year(), s.result(), rules, out);
        } else {
            int year = s.province().year();
            for (ReviewResult r : s.consolidation().blocs()) {
                check(year, r, rules, out);
            }
            audit(year, "council", s.consolidation().audit(), out);
            window(s.consolidation().decisionDate(), "council", s.consolidation().audit(), rules, out);
            if (s.consolidation().regime() != Regime.forAchievementYear(year)) {
                out.add(new Violation(NAME, "the consolidation for " + year + " states regime "
                        + s.consolidation().regime().code()));
            }
        }
        return out;
    }

    private static void check(int year, ReviewResult r, Map<String, RuleInfo> rules, List<Violation> out) {
        if (r.regime() != Regime.forAchievementYear(year)) {
            out.add(new Violation(NAME, "bloc " + r.bloc() + ": the result for " + year + " states regime "
                    + r.regime().code()));
        }
        audit(year, "bloc " + r.bloc(), r.audit(), out);
        window(r.decisionDate(), "bloc " + r.bloc(), r.audit(), rules, out);
    }

    /** Rules dated with @effectiveFrom/@effectiveTo fire only for decisions inside their window. */
    private static void window(LocalDate date, String where, List<AuditEntry> audit, Map<String, RuleInfo> rules,
                               List<Violation> out) {
        List<String> outside = new ArrayList<>();
        for (AuditEntry e : audit) {
            RuleInfo info = rules.get(e.ruleId());
            if (info != null && !info.effectiveOn(date) && !outside.contains(e.ruleId())) {
                outside.add(e.ruleId() + " (" + (info.effectiveFrom() == null ? "" : "from " + info.effectiveFrom())
                        + (info.effectiveTo() == null ? "" : " to " + info.effectiveTo()) + ")");
            }
        }
        if (!outside.isEmpty()) {
            out.add(new Violation(NAME, where + ": rules fired outside their effective dates for a decision on "
                    + date + ": " + outside));
        }
    }

    private static void audit(int year, String where, List<AuditEntry> audit, List<Violation> out) {
        Pattern foreign = year >= Regime.FIRST_YEAR_2024 ? RULE_2017 : RULE_2024;
        List<String> leaked = new ArrayList<>();
        for (AuditEntry e : audit) {
            if (foreign.matcher(e.ruleId()).matches() && !leaked.contains(e.ruleId())) {
                leaked.add(e.ruleId());
            }
        }
        if (!leaked.isEmpty()) {
            out.add(new Violation(NAME, where + ": rules of the other regime fired for achievement year " + year
                    + ": " + leaked));
        }
    }
}
