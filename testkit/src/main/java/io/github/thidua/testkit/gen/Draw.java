package io.github.thidua.testkit.gen;

/**
 * Primitive draws from a {@link Source}, each with an explicit shrink point, so that a shrunk
 * counter-example tends to the simplest case: small blocs, short histories, clean facts, model units.
 */
final class Draw {
    private Draw() {
    }

    /** An int in [min, max] that shrinks toward {@code min}. */
    static int between(Source in, int min, int max) {
        return between(in, min, max, min);
    }

    /** An int in [min, max] that shrinks toward {@code shrinkTo}. */
    static int between(Source in, int min, int max, int shrinkTo) {
        if (min == max) {
            return min;
        }
        return (int) in.draw(min, max, shrinkTo);
    }

    /**
     * A boolean that is true with {@code percentTrue} % probability and shrinks toward {@code simple}: a flag that is
     * normally true (targets exceeded) shrinks to true, a rare flag (under investigation) to false.
     */
    static boolean flag(Source in, int percentTrue, boolean simple) {
        int r = between(in, 0, 99);
        return simple ? r < percentTrue : r >= 100 - percentTrue;
    }

    /**
     * An index into {@code weights}, drawn with probability proportional to the weights; it shrinks toward index 0,
     * so callers list the simplest category first.
     */
    static int pick(Source in, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = between(in, 0, total - 1);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code max} scaled to the source's size, at least 1. */
    static int scaled(Source in, int max) {
        return Math.max(1, (int) Math.ceil(max * (double) in.size() / Source.MAX_SIZE));
    }

    /** A long over the whole range, shrinking toward 0 (used for shuffle seeds). */
    static long anyLong(Source in) {
        return in.draw(0, Long.MAX_VALUE, 0);
    }
}
