package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An inline SVG bar chart of a bloc's ranking: one horizontal bar per unit, in rank order, as long as its total
 * score and coloured by the award it ends with; a dashed vertical line marks the leader line, the total score of
 * the lowest-ranked unit recommended for an emulation flag (provincial or Government). No script, no external
 * font or style: it renders the same in any browser and when printed.
 */
final class ScoreChart {
    private static final double WIDTH = 1000;
    private static final double LABEL_RIGHT = 250;
    private static final double PLOT_LEFT = 258;
    private static final double PLOT_RIGHT = WIDTH - 56;
    private static final double TOP = 40;
    private static final double ROW = 22;
    private static final double BAR = 15;
    private static final double BOTTOM = 36;
    private static final int MAX_LABEL = 34;

    /** Bar colours by the award a unit ends with. */
    private enum Kind {
        GOVERNMENT_FLAG("#8e0000", "Cờ thi đua của Chính phủ", "Government flag"),
        PROVINCIAL_FLAG("#d32f2f", "Cờ thi đua cấp tỉnh", "Provincial flag"),
        PROVINCIAL_CERTIFICATE("#f0a500", "Bằng khen cấp tỉnh", "Provincial certificate"),
        OTHER_AWARD("#2e7d32", "Danh hiệu, hình thức khác", "Other title or award"),
        NONE("#b0bec5", "Không", "None");

        final String colour;
        final String vi;
        final String en;

        Kind(String colour, String vi, String en) {
            this.colour = colour;
            this.vi = vi;
            this.en = en;
        }
    }

    private ScoreChart() {
    }

    /** Whether the unit is recommended for the provincial or the Government flag: a leader of its bloc. */
    static boolean isFlagLeader(ReviewResult result, UnitId unit) {
        return result.decisionsFor(unit).stream().anyMatch(d -> d.outcome() == Outcome.RECOMMENDED
                && (d.award() == AwardType.PROVINCIAL_FLAG || d.award() == AwardType.GOVERNMENT_FLAG));
    }

    private static Kind kind(ReviewResult result, UnitId unit) {
        Optional<Decision> top = result.decisionsFor(unit).stream().filter(d -> d.outcome().isAward()).findFirst();
        if (top.isEmpty()) {
            return Kind.NONE;
        }
        return switch (top.get().award()) {
            case GOVERNMENT_FLAG -> Kind.GOVERNMENT_FLAG;
            case PROVINCIAL_FLAG -> Kind.PROVINCIAL_FLAG;
            case PROVINCIAL_CERTIFICATE -> Kind.PROVINCIAL_CERTIFICATE;
            default -> Kind.OTHER_AWARD;
        };
    }

    /**
     * The chart as an HTML {@code <figure>}: a legend, the SVG and a caption; or a short note when nothing was
     * ranked.
     *
     * @param id a suffix that makes the SVG's element ids unique in the page
     */
    static String figure(BlocReview review, ReviewResult result, Html html, String id) {
        List<RankedUnit> units = result.ranking().units();
        if (units.isEmpty()) {
            return "<p class=\"muted\">" + Html.esc(html.pick("Chưa xếp hạng: không có biểu đồ điểm.",
                    "Nothing ranked: no score chart.")) + "</p>\n";
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (RankedUnit u : units) {
            min = Math.min(min, u.total().doubleValue());
            max = Math.max(max, u.total().doubleValue());
        }
        double[] axis = axis(min, max);
        double lo = axis[0];
        double hi = axis[1];
        double step = axis[2];
        Optional<RankedUnit> leader = Explanation.leaderLine(result);

        Map<Kind, Integer> used = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            used.put(k, 0);
        }
        for (RankedUnit u : units) {
            used.merge(kind(result, u.unit()), 1, Integer::sum);
        }

        double height = TOP + units.size() * ROW + BOTTOM;
        String titleId = "chart-title-" + id;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"score-chart\" role=\"img\" aria-labelledby=\"").append(titleId)
                .append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(height))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n");
        svg.append("<title id=\"").append(titleId).append("\">")
                .append(Html.esc(html.pick("Tổng điểm của các đơn vị theo thứ hạng: ", "Total score of each unit by rank: ")
                        + result.blocName()))
                .append("</title>\n");
        // Grid and axis.
        double bottom = TOP + units.size() * ROW;
        for (double t = lo; t <= hi + step / 1000; t += step) {
            double x = x(t, lo, hi);
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(TOP - 6)).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#d9e2ec\" stroke-width=\"1\"/>\n");
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(bottom + 16))
                    .append("\" font-size=\"12\" fill=\"#52606d\" text-anchor=\"middle\">").append(tick(t, step))
                    .append("</text>\n");
        }
        svg.append("<text x=\"").append(n((PLOT_LEFT + PLOT_RIGHT) / 2)).append("\" y=\"").append(n(bottom + 32))
                .append("\" font-size=\"12\" fill=\"#52606d\" text-anchor=\"middle\">")
                .append(Html.esc(html.pick("Tổng điểm", "Total score"))).append("</text>\n");
        // Bars.
        int row = 0;
        for (RankedUnit u : units) {
            double y = TOP + row * ROW;
            double value = u.total().doubleValue();
            double x0 = x(lo, lo, hi);
            double x1 = x(Math.max(value, lo), lo, hi);
            Kind k = kind(result, u.unit());
            String name = review.bloc().member(u.unit()).map(Unit::name).orElse("");
            String label = u.rank() + ". " + shorten(u.unit().value());
            svg.append("<text x=\"").append(n(LABEL_RIGHT)).append("\" y=\"").append(n(y + BAR - 3))
                    .append("\" font-size=\"12\" fill=\"#1f2933\" text-anchor=\"end\">").append(Html.esc(label))
                    .append("</text>\n");
            svg.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(y + 1)).append("\" width=\"")
                    .append(n(Math.max(1, x1 - x0))).append("\" height=\"").append(n(BAR))
                    .append("\" rx=\"2\" fill=\"").append(k.colour).append("\"><title>")
                    .append(Html.esc(u.rank() + ". " + u.unit().value() + " — " + name + ": " + plain(u)))
                    .append("</title></rect>\n");
            svg.append("<text x=\"").append(n(x1 + 4)).append("\" y=\"").append(n(y + BAR - 3))
                    .append("\" font-size=\"12\" fill=\"#1f2933\">").append(plain(u)).append("</text>\n");
            row++;
        }
        // The leader line.
        if (leader.isPresent()) {
            RankedUnit l = leader.get();
            double x = x(l.total().doubleValue(), lo, hi);
            svg.append("<line class=\"leader-line\" x1=\"").append(n(x)).append("\" y1=\"").append(n(TOP - 14))
                    .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(bottom))
                    .append("\" stroke=\"#b71c1c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
            String label = html.pick("Ngưỡng dẫn đầu ", "Leader line ") + plain(l) + " ("
                    + l.unit().value() + html.pick(", hạng ", ", rank ") + l.rank() + ")";
            boolean right = x > WIDTH * 0.6;
            svg.append("<text x=\"").append(n(right ? x - 6 : x + 6)).append("\" y=\"").append(n(TOP - 18))
                    .append("\" font-size=\"12\" font-weight=\"600\" fill=\"#b71c1c\" text-anchor=\"")
                    .append(right ? "end" : "start").append("\">").append(Html.esc(label)).append("</text>\n");
        }
        svg.append("</svg>\n");

        StringBuilder sb = new StringBuilder("<figure class=\"chart\">\n<div class=\"legend\">");
        for (Map.Entry<Kind, Integer> e : used.entrySet()) {
            if (e.getValue() > 0) {
                sb.append("<span style=\"--c:").append(e.getKey().colour).append("\">")
                        .append(Html.esc(html.pick(e.getKey().vi, e.getKey().en) + " (" + e.getValue() + ")"))
                        .append("</span>");
            }
        }
        sb.append("</div>\n").append(svg).append("<figcaption>");
        List<String> caption = new ArrayList<>();
        caption.add(html.pick("Màu thanh: hình thức khen thưởng đơn vị được đề nghị.",
                "Bar colour: the award the unit is recommended for."));
        caption.add(leader.isPresent()
                ? html.pick("Đường đứt nét: ngưỡng dẫn đầu, tổng điểm của đơn vị dẫn đầu xếp cuối được đề nghị Cờ thi đua.",
                        "Dashed line: the leader line, the total of the lowest-ranked leader recommended for a flag.")
                : html.pick("Không đơn vị nào được đề nghị Cờ thi đua: không có ngưỡng dẫn đầu.",
                        "No unit is recommended for a flag: no leader line."));
        if (lo != 0) {
            caption.add(html.pick("Trục điểm bắt đầu từ " + tick(lo, step) + ".",
                    "The score axis starts at " + tick(lo, step) + "."));
        }
        sb.append(Html.esc(String.join(" ", caption))).append("</figcaption>\n</figure>\n");
        return sb.toString();
    }

    /**
     * The axis: {@code [low, high, step]} with round ticks. It starts at 0 unless the scores are bunched far from
     * it (then a little below the lowest score, and the caption says so).
     */
    static double[] axis(double min, double max) {
        double range = max - min;
        double low;
        if (min >= 0 && (range >= 0.4 * max || max == 0)) {
            low = 0;
        } else {
            low = min - Math.max(range * 0.15, Math.max(1, Math.abs(min) * 0.02));
        }
        double high = Math.max(max, low + 1);
        double step = niceStep((high - low) / 6);
        low = Math.floor(low / step) * step;
        if (min >= 0 && low < 0) {
            low = 0;
        }
        high = Math.ceil(high / step) * step;
        if (high <= max) {
            high += step;
        }
        return new double[] {low, high, step};
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
        return nice * magnitude;
    }

    private static double x(double value, double lo, double hi) {
        return PLOT_LEFT + (value - lo) / (hi - lo) * (PLOT_RIGHT - PLOT_LEFT);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String tick(double t, double step) {
        return step >= 1 ? String.format(Locale.ROOT, "%.0f", t) : String.format(Locale.ROOT, "%.1f", t);
    }

    private static String plain(RankedUnit u) {
        java.math.BigDecimal v = u.total().stripTrailingZeros();
        return (v.scale() < 1 ? v.setScale(1) : v).toPlainString();
    }

    private static String shorten(String id) {
        return id.length() <= MAX_LABEL ? id : id.substring(0, MAX_LABEL - 1) + "…";
    }
}
