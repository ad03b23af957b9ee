package io.github.thidua.rules.facts;

import io.github.thidua.core.law.AwardForm;
import io.github.thidua.core.law.AwardType;

/**
 * Which award a unit's higher award sets aside for the same year's achievement, and why. The law's principle is
 * worded for <em>forms</em> of commendation (hình thức khen thưởng): one achievement is not rewarded several times
 * or with several forms. It does not make a title (danh hiệu thi đua: the flags, the labour-collective titles) give
 * way to a form or to a title of another series: a title and a form given at the same time are both paid, and
 * several titles of one period are held with the highest's bonus only (Nghị định 152/2025/NĐ-CP, Điều 49,
 * khoản 5 and 7). So a bloc leader meeting the standards keeps its provincial flag whatever certificate is pending.
 * Separately, no subject is proposed for two state-level forms in one year (Government flag and PM certificate).
 * Whether a leader proposed for the Government flag also holds the provincial flag is the profile's parameter
 * {@code bloc.leaderKeepsFlagWhenProposedForGovernmentFlag}, decided by its own rule, not here.
 */
public final class OneForm {
    private OneForm() {
    }

    /** Why a higher award sets aside a lower one. */
    public enum Kind {
        /** Both are state-level forms: at most one per year. */
        STATE_FORMS,
        /** Both are forms of commendation: one achievement, one form. */
        FORMS,
        /** Titles of one series (Excellent over Advanced Labour Collective): the level the achievement deserves. */
        LEVEL
    }

    /**
     * Why {@code higher} sets aside {@code lower} for the same achievement, or null when both stand (the
     * Government flag and the provincial flag: see the class comment).
     */
    public static Kind setsAside(AwardType higher, AwardType lower) {
        if (higher == lower || !higher.outranks(lower)) {
            return null;
        }
        if (higher.isStateLevel() && lower.isStateLevel()) {
            return Kind.STATE_FORMS;
        }
        if (higher.form() == AwardForm.COMMENDATION && lower.form() == AwardForm.COMMENDATION) {
            return Kind.FORMS;
        }
        if (higher == AwardType.EXCELLENT_LABOUR_COLLECTIVE && lower == AwardType.ADVANCED_LABOUR_COLLECTIVE) {
            return Kind.LEVEL;
        }
        return null;
    }

    /** Whether {@code higher} sets aside {@code lower} (see {@link #setsAside}). */
    public static boolean competes(AwardType higher, AwardType lower) {
        return setsAside(higher, lower) != null;
    }

    /** Whether {@code higher} sets aside {@code lower} for the given reason. */
    public static boolean setsAside(AwardType higher, AwardType lower, Kind kind) {
        return setsAside(higher, lower) == kind;
    }
}
