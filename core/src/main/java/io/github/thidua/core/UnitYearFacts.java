package io.github.thidua.core;

import java.time.LocalDate;

/**
 * What the law needs to know about a unit for one achievement year, beyond its scores and rating.
 *
 * @param unit                        the unit
 * @param year                        the achievement year
 * @param targetsExceeded             exceeded the year's emulation targets and assigned tasks
 * @param partyCleanStrong            its Party and mass organisations were rated clean and strong
 * @param solidarity                  internal solidarity, leading in thrift, anti-waste, anti-corruption
 * @param underDisciplineReview       a competent body is considering discipline against it
 * @param underInvestigation          it is being investigated, inspected or audited on signs of violation
 * @param pendingComplaint            a complaint or denunciation against it is being verified
 * @param pressIssueUnderVerification an issue reported by the press is being verified (counts from 2024)
 * @param disciplineEndedOn           the end of a served discipline period, or null if none
 * @param members                     member statistics
 * @param partyOrganisationExcellent  its Party organisation was rated "hoàn thành xuất sắc nhiệm vụ" for the year, as
 *                                    the unit attests; null when not attested (a standard of the provincial flag under
 *                                    Bắc Ninh's QĐ 86/2025/QĐ-UBND; optional in a scenario)
 */
public record UnitYearFacts(UnitId unit, int year, boolean targetsExceeded, boolean partyCleanStrong,
                            boolean solidarity, boolean underDisciplineReview, boolean underInvestigation,
                            boolean pendingComplaint, boolean pressIssueUnderVerification,
                            LocalDate disciplineEndedOn, MemberStatistics members, Boolean partyOrganisationExcellent) {
    public UnitYearFacts {
        Checks.notNull(unit, "facts unit");
        Checks.year(year, "facts year");
        Checks.notNull(members, "member statistics");
    }

    /** Facts without an attested rating of the unit's Party organisation. */
    public UnitYearFacts(UnitId unit, int year, boolean targetsExceeded, boolean partyCleanStrong, boolean solidarity,
                         boolean underDisciplineReview, boolean underInvestigation, boolean pendingComplaint,
                         boolean pressIssueUnderVerification, LocalDate disciplineEndedOn, MemberStatistics members) {
        this(unit, year, targetsExceeded, partyCleanStrong, solidarity, underDisciplineReview, underInvestigation,
                pendingComplaint, pressIssueUnderVerification, disciplineEndedOn, members, null);
    }
}
