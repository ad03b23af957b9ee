package io.github.thidua.rules.pack;

import io.github.thidua.core.law.Citation;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule's {@code @legalBasis} as citations of the legal catalogue, once per distinct basis.
 *
 * <p>A basis written as catalogue ids ({@code LAW_2022:25.1.a; ND_98_2023:4}) is parsed exactly. A basis written as
 * prose ("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25, khoản 1, điểm a; Nghị định 98/2023/NĐ-CP") is read
 * conservatively, one {@code ;}-separated part at a time: a part gives citations only when, outside its
 * parentheses, it names exactly one catalogue document (by its number or its short name) and no other numbered
 * document; the articles, clause and point written after the name refine it. A part it cannot read gives nothing,
 * so the citations may cover only part of the basis; the text stays the complete statement.
 */
public final class LegalBasisCitations {
    private static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();
    private static final Map<String, List<Citation>> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;
    /** A document number such as 98/2023/NĐ-CP or 5007/BNV-TĐKT. */
    private static final Pattern NUMBER = Pattern.compile("\\d+/(?:\\d{4}/)?[\\p{Lu}Đ][\\p{Lu}\\dĐ-]*");
    private static final Pattern ARTICLES = Pattern.compile(
            "Điều\\s+(\\d+[a-z]?)((?:\\s*,\\s*\\d+[a-z]?(?![\\d/]))*)"
                    + "(?:\\s*,\\s*khoản\\s+(\\d+)(?![\\d/])(?:\\s*,\\s*điểm\\s+([a-zđ])(?![\\p{L}–-]))?)?");

    private LegalBasisCitations() {
    }

    /** The citations a legal basis names (empty when it names no catalogue document it can read). */
    public static List<Citation> of(String legalBasis) {
        if (legalBasis == null || legalBasis.isBlank()) {
            return List.of();
        }
        List<Citation> cached = CACHE.get(legalBasis);
        if (cached == null) {
            cached = List.copyOf(read(legalBasis));
            if (CACHE.size() < MAX_CACHED) {
                CACHE.put(legalBasis, cached);
            }
        }
        return cached;
    }

    private static List<Citation> read(String basis) {
        if (Citation.isIdList(basis)) {
            List<Citation> ids = new ArrayList<>();
            for (Citation c : Citation.parseList(basis)) {
                if (CATALOGUE.contains(c.document())) {
                    ids.add(c);
                }
            }
            return ids;
        }
        List<Citation> out = new ArrayList<>();
        for (String part : basis.split(";")) {
            String text = withoutParentheses(part);
            LegalDocument doc = null;
            int end = -1;
            int named = 0;
            for (LegalDocument d : CATALOGUE.documents()) {
                int at = -1;
                int len = 0;
                if (d.number() != null && text.contains(d.number())) {
                    at = text.indexOf(d.number());
                    len = d.number().length();
                } else {
                    String name = shortName(d);
                    if (name != null && text.contains(name)) {
                        at = text.indexOf(name);
                        len = name.length();
                    }
                }
                if (at >= 0) {
                    named++;
                    doc = d;
                    end = at + len;
                }
            }
            if (named != 1 || otherNumbers(text, doc)) {
                continue;
            }
            Matcher m = ARTICLES.matcher(text);
            if (!m.find(end)) {
                out.add(new Citation(doc.id(), null, null, null));
                continue;
            }
            List<String> articles = new ArrayList<>();
            articles.add(m.group(1));
            if (m.group(2) != null && !m.group(2).isBlank()) {
                for (String a : m.group(2).split(",")) {
                    if (!a.isBlank()) {
                        articles.add(a.strip());
                    }
                }
            }
            if (articles.size() == 1) {
                out.add(new Citation(doc.id(), articles.get(0), m.group(3), m.group(3) == null ? null : m.group(4)));
            } else {
                for (String a : articles) {
                    out.add(new Citation(doc.id(), a, null, null));
                }
            }
        }
        return out;
    }

    /** The short name of a document without a number in it ("Luật Thi đua, khen thưởng 2003"), or null. */
    private static String shortName(LegalDocument d) {
        String s = d.shortVi();
        int paren = s.indexOf(" (");
        String name = paren < 0 ? s : s.substring(0, paren);
        return name.matches(".*\\d{4}.*") ? name : null;
    }

    private static boolean otherNumbers(String text, LegalDocument doc) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (doc.number() == null || !doc.number().startsWith(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static String withoutParentheses(String s) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
