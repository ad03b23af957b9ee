package io.github.thidua.core.law;

import io.github.thidua.core.AgencyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One line of the {@link AuthorityCatalogue}: who decides an award, and who proposes it, for decisions taken
 * within a legal period, optionally only for units managed by some kinds of agency.
 *
 * @param id          stable identifier, e.g. {@code auth.ADVANCED_LABOUR_COLLECTIVE.2025-07.commune}; never reused
 * @param award       the award's code: an {@link AwardType} name for collective awards, or an individual title's
 *                    code (e.g. {@code ADVANCED_LABOURER})
 * @param individual  whether the award is an individual title (false: a collective award)
 * @param validFrom   first decision date the line applies to
 * @param validTo     last decision date it applies to, or null if open-ended
 * @param agencyKinds the kinds of managing agency it applies to; empty: any (the fallback line)
 * @param decides     who decides (has the power to award)
 * @param proposers   who proposes it, in order (e.g. the bloc, then the provincial council)
 * @param sources     the provisions that give the power, each with its certainty
 * @param certainty   how sure the project is of this line (the weakest of what it rests on)
 */
public record AuthorityEntry(String id, String award, boolean individual, LocalDate validFrom, LocalDate validTo,
                             Set<AgencyKind> agencyKinds, Authority decides, List<Authority> proposers,
                             List<LegalSource> sources, Certainty certainty) {
    public AuthorityEntry {
        agencyKinds = Set.copyOf(agencyKinds);
        proposers = List.copyOf(proposers);
        sources = List.copyOf(sources);
    }

    /** Whether the line applies to a decision taken on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether an emulation bloc proposes this award (bình xét, suy tôn at its year-end review). */
    public boolean blocProposes() {
        return proposers.contains(Authority.BLOC);
    }

    /** The citations joined, e.g. "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 1". */
    public String citation() {
        return String.join("; ", sources.stream().map(LegalSource::citation).toList());
    }
}
