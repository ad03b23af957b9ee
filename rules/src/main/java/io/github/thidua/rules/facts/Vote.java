package io.github.thidua.rules.facts;

import io.github.thidua.core.NominationVote;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;

/** The bloc's vote on nominating a unit for an award. */
public final class Vote {
    private final NominationVote vote;

    public Vote(NominationVote vote) {
        this.vote = vote;
    }

    public UnitId getUnitId() {
        return vote.unit();
    }

    public AwardType getAward() {
        return vote.award();
    }

    public int getVotesFor() {
        return vote.votesFor();
    }

    public int getVotesAgainst() {
        return vote.votesAgainst();
    }

    public int getPresent() {
        return vote.present();
    }

    public int getMembers() {
        return vote.members();
    }

    /** Share of votes in favour, against the members ("MEMBERS") or those present ("PRESENT"). */
    /** The voters a share is taken of: those present ({@code "PRESENT"}) or every member of the bloc. */
    public int voters(String base) {
        return "PRESENT".equals(base) ? getPresent() : getMembers();
    }

    public double share(String base) {
        int denominator = "PRESENT".equals(base) ? vote.present() : vote.members();
        return denominator == 0 ? 0.0 : (double) vote.votesFor() / denominator;
    }
}
