package io.github.thidua.core.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance, so a typo in a field, code or unit id names its fix. */
final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code input}, if it is close enough to be a plausible typo. */
    static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equalsIgnoreCase(input)) {
                return Optional.of(c);
            }
            int d = distance(input.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= threshold(input.length()) ? Optional.of(best) : Optional.empty();
    }

    /** How many names a hint lists before it says how many more there are. */
    static final int MAX_LISTED = 20;

    /** The names joined by ", ", at most {@link #MAX_LISTED} of them, then "… (N more)"; each name cut at 60 chars. */
    static String abbreviatedList(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String name : names) {
            if (n == MAX_LISTED) {
                sb.append(", … (").append(names.size() - MAX_LISTED).append(" more)");
                break;
            }
            if (n > 0) {
                sb.append(", ");
            }
            sb.append(Fields.abbreviate(name));
            n++;
        }
        return sb.toString();
    }

    /** "did you mean 'x'? " or the empty string; meant to start a hint. */
    static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
    }

    // Short words tolerate one edit, else every short word would "match" every other.
    private static int threshold(int length) {
        if (length <= 3) {
            return 1;
        }
        return length <= 7 ? 2 : 3;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
