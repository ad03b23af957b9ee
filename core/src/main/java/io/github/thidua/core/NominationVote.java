package io.github.thidua.core;

import io.github.thidua.core.law.AwardType;

/**
 * The bloc's vote (bình xét, suy tôn) on nominating a unit for an award.
 *
 * @param unit         the nominated unit
 * @param award        the award voted on
 * @param votesFor     votes in favour
 * @param votesAgainst votes against
 * @param present      members present and voting
 * @param members      members of the bloc entitled to vote
 */
public record NominationVote(UnitId unit, AwardType award, int votesFor, int votesAgainst, int present, int members) {
    public NominationVote {
        Checks.notNull(unit, "vote unit");
        Checks.notNull(award, "vote award");
        Checks.nonNegative(votesFor, "votes for");
        Checks.nonNegative(votesAgainst, "votes against");
        Checks.nonNegative(present, "members present");
        if (members < 1) {
            throw new IllegalArgumentException("members entitled to vote must be at least 1, was " + members);
        }
        if (votesFor + votesAgainst > present) {
            throw new IllegalArgumentException("votes for and against (" + (votesFor + votesAgainst)
                    + ") exceed the members present (" + present + ")");
        }
        if (present > members) {
            throw new IllegalArgumentException("members present (" + present + ") exceed the members (" + members + ")");
        }
    }
}
