package io.github.thidua.rules.facts;

import io.github.thidua.core.law.Citation;
import io.github.thidua.core.law.CitationFormatter;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalPeriod;
import io.github.thidua.rules.Warning;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a review may cite: its legal period, its decision date and the provinces of its profile. A reason keeps only
 * the citations of its rule whose document belongs to the period, is in force on the decision date (or, for a
 * transitional decision, on the period's last day) and, for a provincial document, was issued by a province of the
 * profile ({@link LegalPeriod#applicable(List, LocalDate, LegalCatalogue, Collection)}). A rule shared by periods
 * therefore lists one citation per period (e.g. {@code ND_91_2017:12; LAW_2022:26.1}) and each review shows the one
 * of its period. A rule none of whose citations may stand is recorded, and the result carries the warning
 * {@code CITATION_NOT_IN_FORCE} naming it. One instance per evaluation; not thread-safe.
 */
public final class CitationScope {
    static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();
    static final CitationFormatter FORMAT = new CitationFormatter(CATALOGUE);
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ThreadLocal<CitationScope> CURRENT = new ThreadLocal<>();

    private final LegalPeriod period;
    private final LocalDate decisionDate;
    private final Collection<String> provinces;
    private final Set<String> uncited = new TreeSet<>();

    /**
     * @param period       the legal period governing the achievement
     * @param decisionDate the decision date
     * @param provinces    profile names of the review's province (the profile's chain); null: any province
     */
    public CitationScope(LegalPeriod period, LocalDate decisionDate, Collection<String> provinces) {
        this.period = Objects.requireNonNull(period, "period");
        this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
        this.provinces = provinces == null ? null : List.copyOf(provinces);
        // The provinces joined (profile names hold no newline): a key compares them without iterating a list.
        this.key = new Key(period, decisionDate, this.provinces == null ? null : String.join("\n", this.provinces));
    }

    private final Key key;

    public LegalPeriod period() {
        return period;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    /** Of a rule's citations, those that may stand in this scope; a rule left with none is recorded. */
    public List<Citation> applicable(String ruleId, List<Citation> citations) {
        if (citations.isEmpty()) {
            return citations;
        }
        List<Citation> out = period.applicable(citations, decisionDate, CATALOGUE, provinces);
        if (out.isEmpty()) {
            uncited.add(ruleId);
        }
        return out.size() == citations.size() ? citations : List.copyOf(out);
    }

    /**
     * What decides which citations this scope keeps: two scopes with equal keys keep the same citations of any rule,
     * so a rule's rendered basis may be shared between evaluations with equal keys ({@link Outcomes.BasisCache}).
     */
    public record Key(LegalPeriod period, LocalDate decisionDate, String provinces) {
    }

    /** This scope's key. */
    public Key key() {
        return key;
    }

    /** Records that a rule was left with no citation in this scope (its basis was taken from a shared cache). */
    void uncited(String ruleId) {
        uncited.add(ruleId);
    }

    /** Ids of the rules whose every citation was left out (none of their documents was in force). */
    public Set<String> uncited() {
        return uncited;
    }

    /** The warning for the rules left without a citation, or null when there are none. */
    public Warning warning() {
        if (uncited.isEmpty()) {
            return null;
        }
        String rules = String.join(", ", uncited);
        String date = VI.format(decisionDate);
        return new Warning("CITATION_NOT_IN_FORCE",
                "Quy tắc " + rules + " áp dụng nguyên tắc của văn bản chưa có hiệu lực hoặc đã hết hiệu lực vào ngày quyết định "
                        + date + " (giai đoạn pháp lý " + period.code() + "): lý do của quy tắc này không trích dẫn văn bản nào"
                        + " (xem docs/legal-notes.md#citations-in-force).",
                "Rule(s) " + rules + " apply the principle of a document not in force on the decision date " + date
                        + " (legal period " + period.code() + "): their reasons cite no document"
                        + " (see docs/legal-notes.md#citations-in-force).");
    }

    /**
     * A reason the engine gives outside the rules, citing catalogue ids ({@code "LAW_2022:27; ND_98_2023:4"}): only
     * the citations this scope allows are kept, rendered in Vietnamese and English by the citation formatter.
     */
    public io.github.thidua.rules.Reason reason(String ruleId, String ids, io.github.thidua.core.law.Certainty certainty,
                                                String vi, String en, io.github.thidua.rules.Reason.Kind kind) {
        List<Citation> kept = applicable(ruleId, Citation.parseList(ids));
        return new io.github.thidua.rules.Reason(ruleId, FORMAT.format(kept, "vi"), certainty, vi, en, kind, kept, null,
                FORMAT.format(kept, "en"));
    }

    /** The scope of the evaluation running on this thread (set by {@link #during}), or null. */
    public static CitationScope current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with this scope as the thread's current one (for reasons built by static helpers). */
    public <T> T during(Supplier<T> work) {
        CitationScope before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
