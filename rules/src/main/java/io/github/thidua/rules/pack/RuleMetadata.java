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
        return ruleId(rule.getMetaData(), rule.getName());
    }

    /** The {@code @ruleId} in a rule's metadata, or the rule's name when it has none. */
    public static String ruleId(Map<String, Object> meta, String name) {
        String id = get(meta, RULE_ID);
        return id != null ? id : name;
    }

    public static String legalBasis(Rule rule) {
        return legalBasis(rule.getMetaData());
    }

    /** The {@code @legalBasis} in a rule's metadata, or "" when it has none. */
    public static String legalBasis(Map<String, Object> meta) {
        String basis = get(meta, LEGAL_BASIS);
        return basis != null ? basis : "";
    }

    public static Certainty certainty(Rule rule) {
        return certainty(rule.getMetaData());
    }

    /** The {@code @certainty} in a rule's metadata; assumption when it has none. */
    public static Certainty certainty(Map<String, Object> meta) {
        String c = get(meta, CERTAINTY);
        return c == null ? Certainty.ASSUMPTION : Certainty.parse(c);
    }

    /** The rule's {@code @effectiveFrom} date, or null. */
    public static LocalDate effectiveFrom(Rule rule) {
        return date(rule.getMetaData(), EFFECTIVE_FROM);
    }

    /** The rule's {@code @effectiveTo} date, or null. */
    public static LocalDate effectiveTo(Rule rule) {
        return date(rule.getMetaData(), EFFECTIVE_TO);
    }

    /** A date in a rule's metadata ({@link #EFFECTIVE_FROM}, {@link #EFFECTIVE_TO}), or null. */
    public static LocalDate date(Map<String, Object> meta, String key) {
        String s = get(meta, key);
        return s == null ? null : LocalDate.parse(s);
    }
}
