package io.github.thidua.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal period that governs a review: which documents its reasons may cite. Taken from the law's own dates
 * in the {@link LegalCatalogue}:
 * <ul>
 *   <li>{@link #P2017}: achievement years before the year Law 06/2022/QH15 took effect (up to 2023): Law 2003
 *       (amended 2005, 2013), Decree 91/2017, Circular 08/2017 (from 15/12/2017) then 12/2019;</li>
 *   <li>{@link #P2024}: achievement years from 2024, under Law 06/2022/QH15 with Decree 98/2023 for decisions up
 *       to 30/06/2025 and Decree 152/2025 with Circular 15/2025/TT-BNV from 01/07/2025;</li>
 *   <li>{@link #P2026}: achievement years from 2024 whose dossier the competent body received on or after the day
 *       Law 06/2026/QH16 took effect (01/10/2026, secondary sources): the Law as amended. The amendment's text
 *       was not seen, so this period applies the 2024 criteria and every review decided under it says which
 *       criteria are not verified.</li>
 * </ul>
 * Choosing the period by achievement year is the library's convention (Law 06/2022 Art 95 protects only titles
 * already awarded); choosing the 2026 period by the dossier-received date follows the transitional rule the
 * secondary sources report (docs/legal-notes.md#legal-periods).
 */
public enum LegalPeriod {
    /** Law 2003/2013 + Decree 91/2017 + Circulars 08/2017, 12/2019: achievements up to 2023. */
    P2017("2017", Regime.REGIME_2017, "LAW_2003"),
    /** Law 06/2022/QH15 + Decree 98/2023, then Decree 152/2025 and Circular 15/2025/TT-BNV. */
    P2024("2024", Regime.REGIME_2024, "LAW_2022"),
    /** Law 06/2022/QH15 as amended by Law 06/2026/QH16 (criteria not verified): dossiers received from 01/10/2026. */
    P2026("2026", Regime.REGIME_2024, "LAW_2026");

    private final String code;
    private final Regime ruleSet;
    private final String lawId;

    LegalPeriod(String code, Regime ruleSet, String lawId) {
        this.code = code;
        this.ruleSet = ruleSet;
        this.lawId = lawId;
    }

    /** The first achievement year governed by Law 06/2022/QH15: the year it took effect. */
    public static int firstYearOfLaw2022(LegalCatalogue catalogue) {
        return catalogue.get("LAW_2022").inForceFrom().date().getYear();
    }

    /** The first dossier-received date governed by the amended Law: the day Law 06/2026/QH16 took effect. */
    public static LocalDate amendmentFrom(LegalCatalogue catalogue) {
        return catalogue.get("LAW_2026").inForceFrom().date();
    }

    /**
     * The period for an achievement year and the date the competent body received the dossier.
     *
     * @param achievementYear  the year of the achievements reviewed
     * @param dossierReceived  when the competent body received the dossier, or null: then {@code decisionDate}
     *                         stands for it (the dossier cannot reach the body after its decision)
     * @param decisionDate     the decision date
     */
    public static LegalPeriod of(int achievementYear, LocalDate dossierReceived, LocalDate decisionDate) {
        return of(achievementYear, dossierReceived, decisionDate, LegalCatalogue.standard());
    }

    public static LegalPeriod of(int achievementYear, LocalDate dossierReceived, LocalDate decisionDate,
                                 LegalCatalogue catalogue) {
        if (achievementYear < firstYearOfLaw2022(catalogue)) {
            return P2017;
        }
        LocalDate received = dossierReceived != null ? dossierReceived : decisionDate;
        return received != null && !received.isBefore(amendmentFrom(catalogue)) ? P2026 : P2024;
    }

    /** Short code, as in the catalogue's {@code periods}: "2017", "2024", "2026". */
    public String code() {
        return code;
    }

    /** The rule set (DRL regime) that decides reviews of this period. */
    public Regime ruleSet() {
        return ruleSet;
    }

    /** Catalogue id of the period's Law (for 2026, the amending Law). */
    public String lawId() {
        return lawId;
    }

    /** Whether the period's criteria are encoded from texts not seen (the 2026 amendment). */
    public boolean criteriaUnverified() {
        return this == P2026;
    }

    /**
     * The last day the period's own documents can be in force, or null: for {@link #P2017} the last day of
     * Law 2003 (31/12/2023). A review of the period decided later is a transitional case
     * (docs/legal-notes.md#transition-2024).
     */
    public LocalDate lastDay(LegalCatalogue catalogue) {
        LegalDate until = catalogue.get(lawId).inForceUntil();
        return until == null ? null : until.date();
    }

    /** Whether a decision on {@code decisionDate} comes after the period's own Law ceased. */
    public boolean transitional(LocalDate decisionDate, LegalCatalogue catalogue) {
        LocalDate last = lastDay(catalogue);
        return last != null && decisionDate.isAfter(last);
    }

    /**
     * The date on which citations of a decision on {@code decisionDate} must be in force: the decision date, or
     * the period's last day for a transitional decision.
     */
    public LocalDate citationDate(LocalDate decisionDate, LegalCatalogue catalogue) {
        return transitional(decisionDate, catalogue) ? lastDay(catalogue) : decisionDate;
    }

    /**
     * Whether a decision of this period on {@code decisionDate} may cite {@code d}: the document belongs to the
     * period and is in force on the citation date, or it is past a recorded end of validity that no catalogued
     * document replaces (then it is still the latest text known, and the result says so: {@link LegalTimeline}).
     */
    public boolean mayCite(LegalDocument d, LocalDate decisionDate, LegalCatalogue catalogue) {
        if (!d.belongsTo(this)) {
            return false;
        }
        LocalDate on = citationDate(decisionDate, catalogue);
        return d.inForceOn(on) || (d.endedBefore(on) && d.replacedBy() == null && !transitional(decisionDate, catalogue));
    }

    /**
     * Of a rule's citations, those that may stand for a decision of this period on {@code decisionDate}
     * ({@link #mayCite}). Order is kept.
     */
    public List<Citation> applicable(List<Citation> citations, LocalDate decisionDate, LegalCatalogue catalogue) {
        return applicable(citations, decisionDate, catalogue, null);
    }

    /**
     * {@link #applicable(List, LocalDate, LegalCatalogue)} for a review under the given provinces (profile names,
     * e.g. a profile's chain): a provincial document is kept only when its province is among them. Null provinces:
     * provincial documents are not filtered by province.
     */
    public List<Citation> applicable(List<Citation> citations, LocalDate decisionDate, LegalCatalogue catalogue,
                                     java.util.Collection<String> provinces) {
        List<Citation> out = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            LegalDocument d = catalogue.find(c.document()).orElse(null);
            if (d == null || (provinces != null && d.province() != null && !provinces.contains(d.province()))) {
                continue;
            }
            if (mayCite(d, decisionDate, catalogue)) {
                out.add(c);
            }
        }
        return out;
    }
}
