package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Certainty;
import java.time.LocalDate;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata. Runtime executable-model builds return annotation values with their quotes
 * ({@code "\"R1\""}), pre-built and classic builds without; every read goes through here so both work.
 */
public final class RuleMetadata {
    public static final String RULE_ID = "ruleId";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String CERTAINTY = "certainty";
    /** Anchor in docs/legal-notes.md recording the provenance of an assumption-marked rule. */
    public static final String ASSUMPTION = "assumption";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String EFFECTIVE_TO = "effectiveTo";

    private RuleMetadata() {
    }

    /** The metadata value without surrounding quotes, or null. */
    public static String get(Rule rule, String key) {
        return get(rule.getMetaData(), key);
    }

    public static String get(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    public static String ruleId(Rule rule) {
        String id = get(rule, RULE_ID);
        return id != null ? id : rule.getName();
    }

    public static String legalBasis(Rule rule) {
        String basis = get(rule, LEGAL_BASIS);
        return basis != null ? basis : "";
    }

    public static Certainty certainty(Rule rule) {
        String c = get(rule, CERTAINTY);
        return c == null ? Certainty.ASSUMPTION : Certainty.parse(c);
    }

    /** The rule's {@code @effectiveFrom} date, or null. */
    public static LocalDate effectiveFrom(Rule rule) {
        String s = get(rule, EFFECTIVE_FROM);
        return s == null ? null : LocalDate.parse(s);
    }

    /** The rule's {@code @effectiveTo} date, or null. */
    public static LocalDate effectiveTo(Rule rule) {
        String s = get(rule, EFFECTIVE_TO);
        return s == null ? null : LocalDate.parse(s);
    }
}
