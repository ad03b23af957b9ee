package io.github.thidua.testkit.law;

import io.github.thidua.core.law.Citation;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalDocument;
import io.github.thidua.core.law.LegalPeriod;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.law.Regime;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Reason;
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
 * regime. Every citation was the law for its decision: each document a result cites (its review-level citations,
 * and every reason written as catalogue citation ids) belongs to the review's legal period and is in force on the
 * decision date — or the result says why not (a document past its recorded end with no known successor:
 * {@code DOCUMENT_PAST_END}; a decision after the period's Law ceased: {@code PERIOD_ENDED_BEFORE_DECISION}).
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
            inForce(s.review().period(), s.result(), out);
        } else {
            int year = s.province().year();
            for (int i = 0; i < s.consolidation().blocs().size(); i++) {
                ReviewResult r = s.consolidation().blocs().get(i);
                check(year, r, rules, out);
                inForce(s.province().blocs().get(i).period(), r, out);
            }
            LegalPeriod council = LegalPeriod.of(year, null, s.consolidation().decisionDate());
            List<String> codes = s.consolidation().findings().stream().map(f -> f.ruleId()).toList();
            documents(council, s.consolidation().decisionDate(), s.consolidation().citations(), codes, "council", out);
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

    private static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();

    /** Every citation of a bloc result was in force on its decision date and belongs to its period. */
    private static void inForce(LegalPeriod period, ReviewResult r, List<Violation> out) {
        List<String> codes = r.warnings().stream().map(w -> w.code()).toList();
        String where = "bloc " + r.bloc();
        documents(period, r.decisionDate(), r.citations(), codes, where, out);
        List<String> bad = new ArrayList<>();
        for (Decision d : r.decisions()) {
            for (Reason x : d.reasons()) {
                if (!Citation.isIdList(x.legalBasis())) {
                    continue; // free-text bases are checked by the rule checker, not here
                }
                for (Citation c : Citation.parseList(x.legalBasis())) {
                    LegalDocument doc = CATALOGUE.find(c.document()).orElse(null);
                    if (doc == null || !period.mayCite(doc, r.decisionDate(), CATALOGUE)) {
                        String msg = x.ruleId() + " cites " + c.id();
                        if (!bad.contains(msg)) {
                            bad.add(msg);
                        }
                    }
                }
            }
        }
        if (!bad.isEmpty()) {
            out.add(new Violation(NAME, where + ": reasons cite documents not in force on " + r.decisionDate()
                    + " or not of period " + period.code() + ": " + bad));
        }
    }

    private static void documents(LegalPeriod period, LocalDate date, List<LegalSource> cited, List<String> codes,
                                  String where, List<Violation> out) {
        if (period.transitional(date, CATALOGUE) && !codes.contains("PERIOD_ENDED_BEFORE_DECISION")) {
            out.add(new Violation(NAME, where + ": decided on " + date + " after the period " + period.code()
                    + " ended, without saying so"));
        }
        for (LegalSource c : cited) {
            LegalDocument d = CATALOGUE.documents().stream().filter(x -> x.shortVi().equals(c.document())).findFirst()
                    .orElse(null);
            if (d == null) {
                out.add(new Violation(NAME, where + ": cites " + c.document() + ", which is not in the legal catalogue"));
            } else if (!period.mayCite(d, date, CATALOGUE)) {
                out.add(new Violation(NAME, where + ": cites " + d.id() + ", not in force on " + date
                        + " or not of period " + period.code()));
            } else if (d.endedBefore(period.citationDate(date, CATALOGUE)) && !codes.contains("DOCUMENT_PAST_END")) {
                out.add(new Violation(NAME, where + ": cites " + d.id() + " past its recorded end "
                        + d.inForceUntil().date() + " without a warning"));
            }
        }
    }
}
