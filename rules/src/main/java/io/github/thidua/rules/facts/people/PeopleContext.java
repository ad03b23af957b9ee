package io.github.thidua.rules.facts.people;

import io.github.thidua.core.UnitKind;
import io.github.thidua.core.law.Regime;
import java.time.LocalDate;

/**
 * The unit review being evaluated: its year, regime, the decree in force on the review date, the unit's kind and
 * its council size. One per session; the rules of the individuals package join on it.
 */
public final class PeopleContext {
    /** The implementing decree in force on the review date. */
    public enum Decree { ND91, ND98, ND152 }

    private final int year;
    private final Regime regime;
    private final Decree decree;
    private final LocalDate reviewDate;
    private final UnitKind unitKind;
    private final Integer councilMembers;

    public PeopleContext(int year, LocalDate reviewDate, UnitKind unitKind, Integer councilMembers) {
        this.year = year;
        this.regime = Regime.forAchievementYear(year);
        this.reviewDate = reviewDate;
        this.decree = regime == Regime.REGIME_2017 ? Decree.ND91
                : reviewDate.isBefore(Regime.DECREE_152_FROM) ? Decree.ND98 : Decree.ND152;
        this.unitKind = unitKind;
        this.councilMembers = councilMembers;
    }

    public int getYear() {
        return year;
    }

    public Regime getRegime() {
        return regime;
    }

    public Decree getDecree() {
        return decree;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public Integer getCouncilMembers() {
        return councilMembers;
    }

    /** Whether the unit's council size is known (ballots can then be checked). */
    public boolean isCouncilKnown() {
        return councilMembers != null;
    }
}
