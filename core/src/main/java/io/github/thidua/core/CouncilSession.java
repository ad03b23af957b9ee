package io.github.thidua.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The provincial emulation and commendation council's session on the year's proposals.
 *
 * @param date    the session date, or null (then the province review's date)
 * @param members the council's members
 * @param present the members present
 * @param ballots the ballots per proposal, at most one per unit and award
 * @param minutes the minutes' reference, or null
 */
public record CouncilSession(LocalDate date, int members, int present, List<Ballot> ballots, String minutes) {
    public CouncilSession {
        if (members < 1) {
            throw new IllegalArgumentException("council members must be at least 1, was " + members);
        }
        Checks.nonNegative(present, "council members present");
        if (present > members) {
            throw new IllegalArgumentException("council members present (" + present + ") exceed the members ("
                    + members + ")");
        }
        ballots = Checks.list(ballots, "ballots");
        Checks.unique(ballots, b -> b.unit() + "/" + b.award(), "ballot (unit/award)");
        for (Ballot b : ballots) {
            if (b.tally().members() != members) {
                throw new IllegalArgumentException("ballot for " + b.unit() + "/" + b.award() + " counts "
                        + b.tally().members() + " members, the council has " + members);
            }
        }
    }

    /** Members present as a share of all members. */
    public double attendance() {
        return (double) present / members;
    }
}
