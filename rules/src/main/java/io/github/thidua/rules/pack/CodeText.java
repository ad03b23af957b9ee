package io.github.thidua.rules.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lexical helpers for DRL and the Java code inside it: blanking string literals and comments (keeping offsets and
 * line breaks, so positions still point into the original text), a tokenizer, and offset-to-line mapping.
 */
public final class CodeText {
    private CodeText() {
    }

    /** Token kinds. */
    public enum Kind { IDENT, NUMBER, PUNCT }

    /** A token at {@code offset} of the text it was read from. */
    public record Token(Kind kind, String text, int offset) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    /**
     * The text with every string and character literal and every comment replaced by spaces. A literal leaves a
     * {@code 0} where its opening quote was, so it still reads as one value token; line breaks stay, so lines and
     * offsets do not move.
     * Handles {@code "..."}, {@code '...'} (DRL strings, Java chars), Java text blocks, {@code //} and
     * {@code /* *}{@code /} comments. An unterminated literal ends at the end of its line (text blocks and block
     * comments at the end of the text).
     */
    public static String blankLiteralsAndComments(String text) {
        char[] out = text.toCharArray();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = lineEnd(text, i);
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && isEscaped(text, end)) {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                blank(out, i, end);
                out[i] = '0';
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == c || d == '\n' || d == '\r') {
                        break;
                    }
                    j++;
                }
                j = Math.min(j, n);
                int end = j < n && text.charAt(j) == c ? j + 1 : j;
                blank(out, i, end);
                out[i] = '0';
                i = end;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static boolean isEscaped(String text, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n' && out[k] != '\r') {
                out[k] = ' ';
            }
        }
    }

    /** Tokens of a text whose literals and comments were blanked. Whitespace is dropped. */
    public static List<Token> tokenize(String blanked) {
        List<Token> tokens = new ArrayList<>();
        int n = blanked.length();
        int i = 0;
        while (i < n) {
            char c = blanked.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(blanked.charAt(j)) && !Character.isIdentifierIgnorable(blanked.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, blanked.substring(i, j), i));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(blanked.charAt(j)) || blanked.charAt(j) == '_'
                        || (blanked.charAt(j) == '.' && j + 1 < n && Character.isDigit(blanked.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, blanked.substring(i, j), i));
                i = j;
            } else {
                String p = punct(blanked, i);
                tokens.add(new Token(Kind.PUNCT, p, i));
                i += p.length();
            }
        }
        return tokens;
    }

    private static final List<String> LONG_PUNCT = Arrays.asList(">>>=", "<<=", ">>=", "::", "->", "++", "--", "==",
            "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=");

    private static String punct(String s, int i) {
        for (String p : LONG_PUNCT) {
            if (s.startsWith(p, i)) {
                return p;
            }
        }
        return String.valueOf(s.charAt(i));
    }

    /** Maps offsets of a text to 1-based lines and columns. */
    public static final class Lines {
        private final int[] starts;

        public Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** 1-based line of an offset. */
        public int line(int offset) {
            int idx = Arrays.binarySearch(starts, offset);
            return (idx >= 0 ? idx : -idx - 2) + 1;
        }

        /** 1-based column of an offset. */
        public int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }

        /** Offset of the start of a 1-based line (clamped). */
        public int offsetOfLine(int line) {
            return starts[Math.max(0, Math.min(starts.length - 1, line - 1))];
        }

        public int count() {
            return starts.length;
        }
    }
}
