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

/**
 * Every citation was the law for its decision, and the legal periods do not leak into each other. Read from the
 * citations, not from rule ids: each document a result cites — its review-level citations and the citations of
 * every reason (decisions' reasons and unmet conditions, quota places, next year's term) — belongs to the review's
 * legal period, is in force on the decision date and, for a provincial document, is the review's province's; or the
 * result says why not (a document past its recorded end with no known successor: {@code DOCUMENT_PAST_END}; a
 * decision after the period's Law ceased: {@code PERIOD_ENDED_BEFORE_DECISION}; a rule of the period none of whose
 * documents was in force on the date: {@code CITATION_NOT_IN_FORCE}). A reason of a rule that cites only documents
 * of another period is a rule of that period that fired: a leak. Also: no rule dated with
 * {@code @effectiveFrom}/{@code @effectiveTo} fires for a decision outside its window (Circular 08/2017 vs 12/2019,
 * Decree 98/2023 vs 152/2025), and the result states the year's regime.
 */
public final class RegimePartition implements Law {
    /** The law's name. */
    public static final String NAME = "regime-partition";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every reason cites only documents of its legal period in force on the decision date (or the result"
                + " says why); no rule citing only another period's documents fires; no dated rule outside its window";
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
            inForce(s.review().period(), s.result(), rules, s.result().warnings().stream().map(w -> w.code()).toList(),
                    null, null, out);
        } else {
            int year = s.province().year();
            for (int i = 0; i < s.consolidation().blocs().size(); i++) {
                ReviewResult r = s.consolidation().blocs().get(i);
                check(year, r, rules, out);
                List<String> codes = new ArrayList<>(r.warnings().stream().map(w -> w.code()).toList());
                // the council's reasons joined the bloc's decisions: its notices are the consolidation's findings
                s.consolidation().findings().forEach(f -> codes.add(f.ruleId()));
                // the council's reasons were given on the council's date, in its period
                inForce(s.province().blocs().get(i).period(), r, rules, codes,
                        LegalPeriod.of(year, null, s.consolidation().decisionDate()), s.consolidation().decisionDate(), out);
            }
            LegalPeriod council = LegalPeriod.of(year, null, s.consolidation().decisionDate());
            List<String> codes = s.consolidation().findings().stream().map(f -> f.ruleId()).toList();
            documents(council, s.consolidation().decisionDate(), s.consolidation().citations(), codes, "council", out);
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

    private static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();

    /** Every citation of a bloc result was in force on its decision date and belongs to its period. */
    private static void inForce(LegalPeriod period, ReviewResult r, Map<String, RuleInfo> rules, List<String> codes,
                                LegalPeriod councilPeriod, LocalDate councilDate, List<Violation> out) {
        String where = "bloc " + r.bloc();
        documents(period, r.decisionDate(), r.citations(), codes, where, out);
        List<Reason> reasons = new ArrayList<>();
        for (Decision d : r.decisions()) {
            reasons.addAll(d.reasons());
            reasons.addAll(d.unmet());
        }
        r.quotas().forEach(q -> {
            if (q.reason() != null) {
                reasons.add(q.reason());
            }
            q.positions().forEach(p -> reasons.add(p.reason()));
        });
        if (r.nextTerm() != null) {
            reasons.addAll(r.nextTerm().reasons());
        }
        List<String> bad = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        List<String> unwarned = new ArrayList<>();
        LocalDate on = period.citationDate(r.decisionDate(), CATALOGUE);
        for (Reason x : reasons) {
            for (Citation c : x.citations()) {
                LegalDocument doc = CATALOGUE.find(c.document()).orElse(null);
                boolean council = doc != null && councilPeriod != null && councilPeriod.mayCite(doc, councilDate, CATALOGUE);
                if (doc == null || (!period.mayCite(doc, r.decisionDate(), CATALOGUE) && !council)) {
                    add(bad, x.ruleId() + " cites " + c.id());
                } else if (!council && doc.endedBefore(on) && !codes.contains("DOCUMENT_PAST_END")) {
                    add(bad, x.ruleId() + " cites " + c.id() + " past its recorded end without a warning");
                }
            }
            RuleInfo info = rules.get(x.ruleId());
            if (info == null || !x.citations().isEmpty()) {
                continue;
            }
            List<Citation> stated = io.github.thidua.rules.pack.LegalBasisCitations.of(info.legalBasis());
            if (stated.isEmpty()) {
                continue; // a rule citing nothing of the catalogue: the rule checker's concern
            }
            boolean ofPeriod = stated.stream().anyMatch(c -> CATALOGUE.find(c.document())
                    .map(d -> d.belongsTo(period)).orElse(false));
            if (!ofPeriod) {
                add(leaked, x.ruleId() + " (" + info.legalBasis() + ")");
            } else if (!codes.contains("CITATION_NOT_IN_FORCE")) {
                add(unwarned, x.ruleId());
            }
        }
        if (!bad.isEmpty()) {
            out.add(new Violation(NAME, where + ": reasons cite documents not in force on " + r.decisionDate()
                    + " or not of period " + period.code() + ": " + bad));
        }
        if (!leaked.isEmpty()) {
            out.add(new Violation(NAME, where + ": rules citing only documents of another legal period fired for a"
                    + " review of period " + period.code() + " (achievement year " + r.year() + "): " + leaked));
        }
        if (!unwarned.isEmpty()) {
            out.add(new Violation(NAME, where + ": reasons of " + unwarned + " cite no document in force on "
                    + r.decisionDate() + ", and the result has no CITATION_NOT_IN_FORCE warning"));
        }
    }

    private static void add(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
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
