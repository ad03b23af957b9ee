package io.github.thidua.rules;

import java.util.List;

/**
 * One rule firing, in order: the audit trail of an evaluation.
 *
 * @param ruleId   the rule's id
 * @param ruleName the rule's name (a sentence)
 * @param units    the units among the facts it matched
 */
public record AuditEntry(String ruleId, String ruleName, List<String> units) {
    public AuditEntry {
        units = List.copyOf(units);
    }
}
