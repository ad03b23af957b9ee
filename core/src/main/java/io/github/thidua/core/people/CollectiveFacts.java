package io.github.thidua.core.people;

import java.time.LocalDate;

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
 * @param partyOrganisationExcellent  the unit attests its Party organisation was rated "hoàn thành xuất sắc nhiệm vụ"
 *                                    for the year; null when not attested (optional)
 */
public record CollectiveFacts(boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                              boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                              boolean pressIssueUnderVerification, LocalDate disciplineEndedOn,
                              Boolean partyOrganisationExcellent) {
    /** Facts without an attested rating of the Party organisation. */
    public CollectiveFacts(boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                           boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                           boolean pressIssueUnderVerification, LocalDate disciplineEndedOn) {
        this(targetsExceeded, partyCleanStrong, solidarity, underDisciplineReview, underInvestigation, pendingComplaint,
                pressIssueUnderVerification, disciplineEndedOn, null);
    }
}
