package io.github.thidua.examples.cli.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Numbers and dates as people read them in the report's language: Vietnamese writes a decimal comma and
 * day/month/year ({@code 94,5}, {@code 10/12/2025}); English a decimal point and the month's name
 * ({@code 94.5}, {@code 10 December 2025}). Every renderer formats through this class, so one report never
 * mixes the two.
 */
public final class Fmt {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Lang lang;

    /** @param lang the report's language */
    public Fmt(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
    }

    /** The number with exactly {@code scale} decimals (never rounding a value that needs more: see {@link #scale}). */
    public String number(BigDecimal value, int scale) {
        String plain = value.setScale(Math.max(scale, 0), java.math.RoundingMode.HALF_UP).toPlainString();
        return lang == Lang.VI ? plain.replace('.', ',') : plain;
    }

    /** The number with as many decimals as it needs, none for a whole number. */
    public String number(BigDecimal value) {
        return number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** The date, or a dash when there is none. */
    public String date(LocalDate date) {
        if (date == null) {
            return ResultText.NONE;
        }
        return (lang == Lang.VI ? VI_DATE : EN_DATE).format(date);
    }

    /** The number of decimals a column needs so that none of its values is rounded. */
    public static <T> int scale(List<T> rows, Function<T, BigDecimal> value) {
        int scale = 0;
        for (T row : rows) {
            BigDecimal v = value.apply(row);
            if (v != null) {
                scale = Math.max(scale, Math.max(0, v.stripTrailingZeros().scale()));
            }
        }
        return scale;
    }
}
