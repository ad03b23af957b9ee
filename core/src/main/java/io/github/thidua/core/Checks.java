package io.github.thidua.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the domain records; messages name the offending value. */
public final class Checks {
    private Checks() {
    }

    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    public static int nonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String what) {
        notNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    public static int year(int year, String what) {
        if (year < Years.MIN || year > Years.MAX) {
            throw new IllegalArgumentException(what + " must be between " + Years.MIN + " and " + Years.MAX + ", was " + year);
        }
        return year;
    }

    public static <T> List<T> list(Collection<T> values, String what) {
        notNull(values, what);
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    public static <T, K> void unique(Collection<T> values, Function<T, K> key, String what) {
        Set<K> seen = new HashSet<>();
        for (T v : values) {
            K k = key.apply(v);
            if (!seen.add(k)) {
                throw new IllegalArgumentException("duplicate " + what + ": " + k);
            }
        }
    }

    /** Year bounds accepted anywhere in the model (history reaches back before the current regimes). */
    public static final class Years {
        public static final int MIN = 1990;
        public static final int MAX = 2100;

        private Years() {
        }
    }
}
