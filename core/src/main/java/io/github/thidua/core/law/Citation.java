package io.github.thidua.core.law;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a catalogue document, down to article, clause and point: {@code LAW_2022:25.1.a} is point a,
 * clause 1, Article 25 of the document {@code LAW_2022}; {@code ND_152_2025:4} is its Article 4;
 * {@code TT_15_2025} the whole document. The id syntax is {@code DOC[:article[.clause[.point]]]}: DOC is a
 * catalogue id (upper-case letters, digits, underscores), article and clause are numbers (an article may
 * carry a letter suffix, e.g. {@code 3a}), the point is a Vietnamese letter (a, b, c, d, đ, e…).
 *
 * @param document catalogue id of the document
 * @param article  article number, or null
 * @param clause   clause number, or null (only with an article)
 * @param point    point letter, or null (only with a clause)
 */
public record Citation(String document, String article, String clause, String point) {
    /** One citation id. */
    public static final Pattern SYNTAX = Pattern.compile(
            "([A-Z][A-Z0-9_]*)(?::([0-9]+[a-z]?)(?:\\.([0-9]+)(?:\\.([a-zđ]))?)?)?");

    public Citation {
        if (document == null || !document.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("bad document id '" + document + "'");
        }
        if ((clause != null && article == null) || (point != null && clause == null)) {
            throw new IllegalArgumentException("a clause needs an article and a point needs a clause: " + document);
        }
    }

    /** Parses one citation id; throws {@link IllegalArgumentException} naming the expected syntax. */
    public static Citation parse(String id) {
        Matcher m = SYNTAX.matcher(id == null ? "" : id.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a citation id: expected DOC[:article[.clause[.point]]]"
                    + " such as LAW_2022:25.1.a");
        }
        return new Citation(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    /** Whether {@code text} is one citation id (e.g. to tell ids from legacy free-text bases). */
    public static boolean isId(String text) {
        return text != null && SYNTAX.matcher(text.trim()).matches();
    }

    /**
     * Parses a list of citation ids separated by ';' or ',' (a rule's {@code @legalBasis}). Throws on the first
     * entry that is not an id.
     */
    public static List<Citation> parseList(String text) {
        List<Citation> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return out;
    }

    /** Whether {@code text} is a non-empty list of citation ids. */
    public static boolean isIdList(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String part : text.split("[;,]")) {
            if (!part.isBlank() && !isId(part)) {
                return false;
            }
        }
        return true;
    }

    /** The citation id, e.g. {@code LAW_2022:25.1.a}. */
    public String id() {
        StringBuilder sb = new StringBuilder(document);
        if (article != null) {
            sb.append(':').append(article);
            if (clause != null) {
                sb.append('.').append(clause);
                if (point != null) {
                    sb.append('.').append(point);
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return id();
    }
}
