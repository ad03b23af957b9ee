package io.github.thidua.core.people;

import io.github.thidua.core.Checks;

/**
 * The emulation council's secret ballot (bỏ phiếu kín) on proposing one person for one title or form.
 *
 * @param person   the person's id
 * @param award    the title or form voted on
 * @param votesFor votes in favour, counting written opinions of absent members
 */
public record CouncilBallot(String person, IndividualAward award, int votesFor) {
    public CouncilBallot {
        Checks.notBlank(person, "ballot person");
        Checks.notNull(award, "ballot award");
        Checks.nonNegative(votesFor, "votes for");
    }
}
