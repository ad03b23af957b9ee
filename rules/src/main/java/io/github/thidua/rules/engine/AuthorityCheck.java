package io.github.thidua.rules.engine;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AuthorityEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A bloc proposes only what a bloc may propose: a title the rule pack finds a unit eligible for but that another
 * authority decides (Tập thể lao động tiên tiến, Giấy khen: the head of the managing agency, Luật Thi đua, khen
 * thưởng 06/2022/QH15, Điều 80; from 01/07/2025 the commune chairman, Nghị định 129/2025/NĐ-CP, Điều 59) becomes
 * eligibility information addressed to that authority, never one of the bloc's proposals.
 */
public final class AuthorityCheck {
    /** Who decides an award, by award, citation date and agency kind: the catalogue is immutable, so lines are cached. */
    private record Key(io.github.thidua.core.law.AwardType award, java.time.LocalDate on,
                       io.github.thidua.core.AgencyKind agencyKind) {
    }

    /** The citation date of a review's decisions, by achievement year, dossier date and decision date. */
    private record DateKey(int year, java.time.LocalDate dossier, java.time.LocalDate decided) {
    }

    /** The reason readdressing a decision: by catalogue line and the managing agency's name as shown. */
    private record ReasonKey(AuthorityEntry line, String agency) {
    }

    private static final int MAX_CACHED = 4096;
    private static final java.util.Map<ReasonKey, Reason> REASONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Key, java.util.Optional<AuthorityEntry>> LINES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<DateKey, java.time.LocalDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private AuthorityCheck() {
    }

    /**
     * The decision readdressed when the bloc does not propose its award; otherwise unchanged.
     *
     * @param unit the decision's unit as a member of the review's bloc (the caller indexes the members once), or null
     */
    public static Decision addressed(BlocReview review, Unit unit, Decision d) {
        // Who decides, as the review's legal period says it on the decision date (for a transitional decision, a 2023
        // achievement decided in 2024, the period's last day: docs/legal-notes.md#transition-2024).
        java.time.LocalDate on = cached(DATES, new DateKey(review.year(), review.dossierReceivedDate(),
                review.decisionDate()), k -> review.period().citationDate(review.decisionDate(),
                io.github.thidua.core.law.LegalCatalogue.standard()));
        io.github.thidua.core.ManagingAgency agency0 = unit == null ? null : unit.managingAgency();
        AuthorityEntry auth = cached(LINES, new Key(d.award(), on, agency0 == null ? null : agency0.kind()),
                k -> AuthorityCatalogue.lookup(d.award(), on, agency0)).orElse(null);
        if (auth == null || auth.blocProposes()) {
            return d;
        }
        String agency = unit != null && unit.managingAgency() != null && unit.managingAgency().name() != null
                ? " (" + unit.managingAgency().name() + ")" : "";
        AuthorityEntry line = auth;
        Reason readdressed = cached(REASONS, new ReasonKey(auth, agency), k -> new Reason("AUTH_OTHER_AUTHORITY",
                line.citation(), line.certainty(),
                "Đủ điều kiện; khối không đề nghị danh hiệu này: " + line.decides().vi() + agency
                        + " quyết định theo đề nghị của " + line.proposers().get(0).vi().toLowerCase(java.util.Locale.ROOT),
                "Eligible; a bloc does not propose this title: " + line.decides().en() + agency
                        + " decides it, on the proposal of " + line.proposers().get(0).en(), Reason.Kind.DECIDING,
                io.github.thidua.rules.pack.LegalBasisCitations.of(line.citation())));
        List<Reason> reasons = new ArrayList<>(d.reasons().size() + 1);
        reasons.add(readdressed);
        reasons.addAll(d.reasons());
        return new Decision(d.unit(), d.award(), Outcome.ELIGIBLE_OTHER_AUTHORITY, reasons, d.unmet());
    }

    private static <K, V> V cached(java.util.Map<K, V> cache, K key, java.util.function.Function<K, V> compute) {
        V v = cache.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }
}
