package io.github.thidua.core.text;

/**
 * Neutralises characters that would let text from a scenario or a rule pack take over a terminal or reorder what a
 * reader sees: C0 and C1 control characters (ESC, OSC, BEL, ...) other than tab and line breaks, DEL, and the
 * Unicode bidirectional controls (embeddings, overrides, isolates, marks). Each becomes U+FFFD, so the text stays
 * visible and its length changes nowhere. Every text and HTML writer calls this on what it prints.
 */
public final class SafeText {
    /** What a neutralised character becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** Whether {@code c} is neutralised by {@link #clean(String)}. */
    public static boolean unsafe(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** The text with every {@link #unsafe(char) unsafe} character replaced by U+FFFD; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                char[] out = text.toCharArray();
                for (int j = i; j < out.length; j++) {
                    if (unsafe(out[j])) {
                        out[j] = REPLACEMENT;
                    }
                }
                return new String(out);
            }
        }
        return text;
    }
}
