package io.github.thidua.core;

/**
 * The count of a vote: in favour, against, the members present and the members entitled to vote. Written
 * opinions of absent members (where the rules allow them) are counted in favour or against.
 *
 * @param votesFor     votes in favour
 * @param votesAgainst votes against
 * @param present      members present
 * @param members      members entitled to vote
 * @param written      of the votes, how many are written opinions of absent members
 */
public record Tally(int votesFor, int votesAgainst, int present, int members, int written) {
    public Tally {
        Checks.nonNegative(votesFor, "votes for");
        Checks.nonNegative(votesAgainst, "votes against");
        Checks.nonNegative(present, "members present");
        Checks.nonNegative(written, "written opinions");
        if (members < 1) {
            throw new IllegalArgumentException("members entitled to vote must be at least 1, was " + members);
        }
        if (present > members) {
            throw new IllegalArgumentException("members present (" + present + ") exceed the members (" + members + ")");
        }
        if (votesFor + votesAgainst > present + written) {
            throw new IllegalArgumentException("votes for and against (" + (votesFor + votesAgainst)
                    + ") exceed the members present plus written opinions (" + (present + written) + ")");
        }
        if (written > members - present) {
            throw new IllegalArgumentException("written opinions (" + written + ") exceed the absent members ("
                    + (members - present) + ")");
        }
    }

    /** Votes in favour as a share of all members entitled to vote. */
    public double shareOfMembers() {
        return (double) votesFor / members;
    }

    /** Votes in favour as a share of the members present. */
    public double shareOfPresent() {
        return present == 0 ? 0 : (double) votesFor / present;
    }
}
