package io.github.thidua.core.people;

import io.github.thidua.core.AttestedCondition;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the collective titles need to know about the unit itself for the year, beyond what its people give
 * (the member statistics are derived from the people). Same meaning as in {@code UnitYearFacts}.
 *
 * @param targetsExceeded             exceeded the year's emulation targets and assigned tasks
 * @param partyCleanStrong            its Party and mass organisations were rated clean and strong
 * @param solidarity                  internal solidarity and compliance with policy
 * @param underDisciplineReview       a competent body is considering discipline against it
 * @param underInvestigation          it is being investigated, inspected or audited on signs of violation
 * @param pendingComplaint            a complaint or denunciation against it is being verified
 * @param pressIssueUnderVerification an issue reported by the press is being verified
 * @param disciplineEndedOn           the end of a served discipline period of the unit, or null
 * @param attested                    the conditions of the collective titles no data shows that the unit attests
 *                                    (e.g. active in the emulation movements); absent ones are not attested
 * @param partyOrganisationExcellent  its Party organisation was rated "hoàn thành xuất sắc nhiệm vụ" for the year, as
 *                                    the unit attests; null when not attested (as {@code UnitYearFacts})
 */
public record CollectiveFacts(boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                              boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                              boolean pressIssueUnderVerification, LocalDate disciplineEndedOn,
                              Set<AttestedCondition> attested, Boolean partyOrganisationExcellent) {
    public CollectiveFacts {
        attested = attested == null || attested.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(attested));
    }

    /** Facts without an attested Party-organisation rating. */
    public CollectiveFacts(boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                           boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                           boolean pressIssueUnderVerification, LocalDate disciplineEndedOn,
                           Set<AttestedCondition> attested) {
        this(targetsExceeded, partyCleanStrong, solidarity, underDisciplineReview, underInvestigation,
                pendingComplaint, pressIssueUnderVerification, disciplineEndedOn, attested, null);
    }

    /** Facts without attested conditions. */
    public CollectiveFacts(boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                           boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                           boolean pressIssueUnderVerification, LocalDate disciplineEndedOn) {
        this(targetsExceeded, partyCleanStrong, solidarity, underDisciplineReview, underInvestigation,
                pendingComplaint, pressIssueUnderVerification, disciplineEndedOn, Set.of(), null);
    }
}
