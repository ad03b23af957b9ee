package io.github.thidua.testkit.reference;

/**
 * The legal conditions the reference evaluator checks, one per condition of docs/legal-notes.md (and per condition
 * rule of the bundled pack). {@link #isGeneral() General} requirements bar every award.
 */
public enum Requirement {
    /** The unit's facts for the achievement year are given (a year-end decision needs them). */
    FACTS_GIVEN(true, "the unit's facts for the year are given"),
    /** No discipline review, investigation, complaint (and, from 2024, press issue) is pending. */
    NOTHING_PENDING(true, "nothing pending: no discipline review, investigation, complaint or (from 2024) press issue"),
    /** After a served discipline period, the year counts only if the period ended by 1 January. */
    DISCIPLINE_CLOCK(true, "the achievement year counts after a served discipline period"),
    /** A recorded nomination vote reached the profile's share ({@code bloc.voteShareMin} of {@code bloc.voteBase}). */
    NOMINATION_VOTE(false, "the bloc's nomination vote reached the profile's share"),
    /** Exceeded the year's targets and tasks. */
    TARGETS_EXCEEDED(false, "exceeded the year's targets and tasks"),
    /** Party and mass organisations clean and strong (Government flag, regime 2024). */
    PARTY_CLEAN_STRONG(false, "Party and mass organisations clean and strong"),
    /** Internal solidarity. */
    SOLIDARITY(false, "internal solidarity"),
    /** No state-level form already granted (other than an irregular one) for the same year. */
    ONE_STATE_FORM(false, "no other state-level form for the year"),
    /** A leader of the bloc (Government flag). */
    BLOC_LEADER(false, "a leader of the bloc"),
    /** This year's rating is EXCELLENT. */
    RATED_EXCELLENT(false, "rated EXCELLENT this year"),
    /** Every member completed their tasks. */
    ALL_MEMBERS_COMPLETED(false, "every member completed their tasks"),
    /** At least 70 % of members hold Lao động tiên tiến. */
    ADVANCED_LABOUR_70(false, "at least 70 % of members hold Lao động tiên tiến"),
    /** At least one Chiến sĩ thi đua cơ sở. */
    EMULATION_FIGHTER(false, "at least one Chiến sĩ thi đua cơ sở"),
    /** No member disciplined at warning or above (regime 2017; regime 2024 only if the profile keeps the bar). */
    NO_MEMBER_DISCIPLINED(false, "no member disciplined at warning or above"),
    /** This year's rating is at least GOOD. */
    RATED_GOOD(false, "rated at least GOOD this year"),
    /** More than 50 % (regime 2024: more than the profile's percentage) of members hold Lao động tiên tiến. */
    ADVANCED_LABOUR_MAJORITY(false, "more than the required share of members hold Lao động tiên tiến"),
    /** Rated EXCELLENT for the profile's number of consecutive (countable) years ending with the year. */
    EXCELLENT_STREAK(false, "rated EXCELLENT for the required consecutive years"),
    /** A regular, granted provincial certificate before the PM-certificate window. */
    PRIOR_PROVINCIAL_CERTIFICATE(false, "a provincial certificate before the run of excellent years"),
    /** Enough provincial flags or provincial certificates (regular, granted) within the window. */
    AWARDS_IN_WINDOW(false, "provincial flags or certificates within the excellent years"),
    /** This year's rating reaches the profile's {@code certificateOfCommendation.minRating}. */
    MIN_RATING(false, "rated at least the profile's minimum this year"),
    /** No dated procedure (discipline review, inspection, complaint...) bars the award on the decision date. */
    NO_DATED_PROCEDURE(true, "no dated procedure runs (or found a violation) on the decision date"),
    /** New factors or models attested (provincial flag, regime 2017), or absence read as met by the profile. */
    NEW_MODEL_ATTESTED(false, "new factors or models attested"),
    /** Active in the emulation movements attested (labour-collective titles, regime 2024), or absence read as met. */
    ACTIVE_IN_MOVEMENTS_ATTESTED(false, "active in the emulation movements attested"),
    /**
     * The unit attests its Party organisation rated "hoàn thành xuất sắc nhiệm vụ" (provincial flag, where the
     * profile requires it: Bắc Ninh's QĐ 86/2025/QĐ-UBND, for decisions from the day it took effect).
     */
    PARTY_ORGANISATION_EXCELLENT(false, "the Party organisation rated completing tasks excellently (attested)");

    private final boolean general;
    private final String description;

    Requirement(boolean general, String description) {
        this.general = general;
        this.description = description;
    }

    /**
     * Whether it bars every award (an exclusion or missing data) rather than one.
     *
     * @return true for general requirements
     */
    public boolean isGeneral() {
        return general;
    }

    /**
     * What it requires, in English.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    int bit() {
        return 1 << ordinal();
    }
}
