package io.github.thidua.rules.pack;

import io.github.thidua.rules.DrlSource;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** Edits DRL text by rule: cuts rules out of a file while keeping every other line where it was. */
public final class RuleText {
    private RuleText() {
    }

    /**
     * The file without the rules whose {@code @ruleId} is in {@code ids}: each rule's text, from {@code rule} to its
     * {@code end}, is replaced by spaces (line breaks are kept, so the lines of the remaining rules do not move).
     *
     * @param source the file
     * @param descr  the file parsed ({@link ParsedDrl#descr()})
     * @param ids    the rule ids to remove
     */
    public static DrlSource removeRules(DrlSource source, PackageDescr descr, Set<String> ids) {
        char[] text = source.text().toCharArray();
        for (RuleDescr r : descr.getRules()) {
            String id = ParsedDrl.ruleId(r);
            if (id == null || !ids.contains(id)) {
                continue;
            }
            int[] range = range(source.text(), r);
            for (int i = range[0]; i < range[1]; i++) {
                if (text[i] != '\n' && text[i] != '\r') {
                    text[i] = ' ';
                }
            }
        }
        return new DrlSource(source.path(), new String(text));
    }

    /** The character range [start, end) of a rule's text, from the keyword {@code rule} to after {@code end}. */
    public static int[] range(String text, RuleDescr r) {
        int start = r.getStartCharacter();
        int end = r.getEndCharacter();
        if (start < 0 || end <= start || end > text.length() || !text.startsWith("rule", start)
                && !text.startsWith("query", start)) {
            throw new IllegalStateException("cannot locate the text of rule \"" + r.getName() + "\" (" + start + ".." + end + ")");
        }
        // The parser's end is the position after the closing "end"; accept an end that points at its last letter.
        if (!text.startsWith("end", end - 3) && end + 1 <= text.length() && text.startsWith("end", end - 2)) {
            end = end + 1;
        }
        return new int[] {start, end};
    }
}
