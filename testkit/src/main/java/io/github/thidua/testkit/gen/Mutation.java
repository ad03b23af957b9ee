package io.github.thidua.testkit.gen;

/**
 * One condition of a unit that a monotonicity probe improves or worsens, other things equal. Every mutation leaves
 * the unit's scores, women members and award history alone, so the ranking does not move.
 */
public enum Mutation {
    /** Targets exceeded: false ↔ true. */
    TARGETS_EXCEEDED,
    /** Party and mass organisations clean and strong: false ↔ true. */
    PARTY_CLEAN_STRONG,
    /** Internal solidarity: false ↔ true. */
    SOLIDARITY,
    /** Pending discipline review, investigation, complaint or press issue: cleared, or an investigation opened. */
    PENDING,
    /** End of a served discipline period: removed, or moved to 2 January of the year (the year no longer counts). */
    DISCIPLINE_END,
    /** Holders of Lao động tiên tiến: one more, or one fewer. */
    ADVANCED_LABOUR,
    /** Members who completed their tasks: one more, or one fewer. */
    COMPLETED_TASKS,
    /** Holders of Chiến sĩ thi đua cơ sở: one more, or one fewer. */
    EMULATION_FIGHTERS,
    /** Members disciplined at warning or above: none, or one more. */
    DISCIPLINED,
    /** This year's task rating: one step up, or one step down. */
    RATING,
    /** Last year's task rating (the excellent streak): set to excellent, or to good. */
    PREVIOUS_RATING,
    /** The unit's nomination vote: unanimous in favour, or none in favour (a failing vote is added if there is none). */
    VOTE
}
