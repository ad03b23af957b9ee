package io.github.thidua.testkit.reference;

import io.github.thidua.core.law.AwardType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A condition a provincial pack lawfully changes, declared so that the {@link ReferenceEvaluator} reads the award the
 * way the pack does and the laws comparing with it (soundness, completeness, differential, hierarchy) keep checking
 * everything else. Declared in the pack's {@code pack.json} ({@code "overrides"}, read by
 * {@link ReferenceEvaluator#forPack}) or in code ({@link ReferenceEvaluator#withOverrides}).
 *
 * <pre>{@code
 * "overrides": [
 *   {"award": "PROVINCIAL_FLAG", "adds": "PARTY_CLEAN_STRONG", "fromYear": 2025,
 *    "basis": "QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh: Party and mass organisations rated HTXS"}
 * ]
 * }</pre>
 *
 * @param award       the award whose conditions change
 * @param requirement the condition added to or removed from it
 * @param change      added or removed
 * @param fromYear    first achievement year it applies to
 * @param toYear      last achievement year it applies to ({@link Integer#MAX_VALUE}: open)
 * @param basis       the legal text that allows it (shown in reports); not blank
 */
public record ConditionOverride(AwardType award, Requirement requirement, Change change, int fromYear, int toYear,
                                String basis) {
    /** Whether the pack adds the condition to the award or drops it. */
    public enum Change {
        /** The award also needs the condition. */
        ADDED,
        /** The award no longer needs the condition. */
        REMOVED
    }

    /** Conditions of a unit's own facts that the reference can check for any award. */
    public static final Set<Requirement> ADDABLE = EnumSet.of(Requirement.TARGETS_EXCEEDED,
            Requirement.PARTY_CLEAN_STRONG, Requirement.SOLIDARITY, Requirement.ONE_STATE_FORM,
            Requirement.RATED_EXCELLENT, Requirement.ALL_MEMBERS_COMPLETED, Requirement.ADVANCED_LABOUR_70,
            Requirement.EMULATION_FIGHTER, Requirement.NO_MEMBER_DISCIPLINED, Requirement.RATED_GOOD,
            Requirement.MIN_RATING);

    public ConditionOverride {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(change, "change");
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("an override of " + award + " needs its legal basis");
        }
        if (toYear < fromYear) {
            throw new IllegalArgumentException("override of " + award + ": toYear " + toYear + " before fromYear "
                    + fromYear);
        }
        if (change == Change.ADDED && !ADDABLE.contains(requirement)) {
            throw new IllegalArgumentException("the reference evaluator cannot add " + requirement + " to " + award
                    + " (addable: " + ADDABLE + ")");
        }
        if (change == Change.REMOVED && (requirement.isGeneral() || requirement == Requirement.BLOC_LEADER)) {
            throw new IllegalArgumentException(requirement + " cannot be removed: exclusions and bloc leadership"
                    + " are national law");
        }
    }

    /**
     * An added condition from a year on.
     *
     * @param award       the award
     * @param requirement the condition
     * @param fromYear    first achievement year
     * @param basis       the legal basis
     * @return the override
     */
    public static ConditionOverride adds(AwardType award, Requirement requirement, int fromYear, String basis) {
        return new ConditionOverride(award, requirement, Change.ADDED, fromYear, Integer.MAX_VALUE, basis);
    }

    /**
     * A dropped condition from a year on.
     *
     * @param award       the award
     * @param requirement the condition
     * @param fromYear    first achievement year
     * @param basis       the legal basis
     * @return the override
     */
    public static ConditionOverride removes(AwardType award, Requirement requirement, int fromYear, String basis) {
        return new ConditionOverride(award, requirement, Change.REMOVED, fromYear, Integer.MAX_VALUE, basis);
    }

    /**
     * @param year an achievement year
     * @return whether the override applies to it
     */
    public boolean appliesTo(int year) {
        return year >= fromYear && year <= toYear;
    }

    @Override
    public String toString() {
        return award + (change == Change.ADDED ? " + " : " - ") + requirement + " from " + fromYear
                + (toYear == Integer.MAX_VALUE ? "" : " to " + toYear) + " (" + basis + ")";
    }
}
