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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An inline SVG bar chart of a bloc's ranking: one horizontal bar per unit, in rank order, labelled with the
 * unit's name, as long as its total score on an axis that starts at 0 (so that the bars' lengths compare
 * honestly), and coloured by the award it ends with, named as in the tables. The totals stand in a column of
 * their own right of the plot, and a dashed vertical line marks the leader line, the total of the lowest-ranked
 * unit recommended for an emulation flag, labelled above the plot: no label crosses a line or another label.
 * No script, no external font or style: it renders the same in any browser and when printed.
 */
final class ScoreChart {
    private static final double WIDTH = 1000;
    private static final double LABEL_RIGHT = 392;
    private static final double PLOT_LEFT = 400;
    private static final double PLOT_RIGHT = WIDTH - 70;
    private static final double VALUE_LEFT = PLOT_RIGHT + 10;
    private static final double TOP = 44;
    private static final double ROW = 22;
    private static final double BAR = 16;
    private static final double BOTTOM = 44;
    private static final int MAX_LABEL = 46;
    private static final String NONE_COLOUR = "#b0bec5";

    private ScoreChart() {
    }

    /** The bar colour of an award. */
    static String colour(AwardType award) {
        return switch (award) {
            case GOVERNMENT_FLAG -> "#8e0000";
            case PRIME_MINISTER_CERTIFICATE -> "#6a1b9a";
            case PROVINCIAL_FLAG -> "#d32f2f";
            case PROVINCIAL_CERTIFICATE -> "#f0a500";
            case EXCELLENT_LABOUR_COLLECTIVE -> "#2e7d32";
            case ADVANCED_LABOUR_COLLECTIVE -> "#81c784";
            case CERTIFICATE_OF_COMMENDATION -> "#4f8fc0";
        };
    }

    /** Whether the unit is recommended for the provincial or the Government flag: a leader of its bloc. */
    static boolean isFlagLeader(ReviewResult result, UnitId unit) {
        return result.decisionsFor(unit).stream().anyMatch(d -> d.outcome() == Outcome.RECOMMENDED
                && (d.award() == AwardType.PROVINCIAL_FLAG || d.award() == AwardType.GOVERNMENT_FLAG));
    }

    /** The award a unit ends with (recommended or pending the council), if any. */
    private static Optional<AwardType> award(ReviewResult result, UnitId unit) {
        return result.decisionsFor(unit).stream().filter(d -> d.outcome().isAward()).map(Decision::award).findFirst();
    }

    /**
     * The chart as an HTML {@code <figure>}: a legend, the SVG and a caption; or a short note when nothing was
     * ranked.
     *
     * @param id a suffix that makes the SVG's element ids unique in the page
     */
    static String figure(ReviewResult result, Html html, String id) {
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
        Optional<RankedUnit> leader = io.github.thidua.rules.Explanation.leaderLine(result);
        Fmt fmt = new Fmt(html.lang());
        int scale = Math.max(1, Fmt.scale(units, RankedUnit::total));

        Map<AwardType, Integer> used = new EnumMap<>(AwardType.class);
        int none = 0;
        for (RankedUnit u : units) {
            Optional<AwardType> a = award(result, u.unit());
            if (a.isPresent()) {
                used.merge(a.get(), 1, Integer::sum);
            } else {
                none++;
            }
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
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(TOP - 4)).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"#d9e2ec\" stroke-width=\"1\"/>\n");
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(bottom + 18))
                    .append("\" font-size=\"15\" fill=\"#52606d\" text-anchor=\"middle\">")
                    .append(fmt.number(java.math.BigDecimal.valueOf(t), step >= 1 ? 0 : 1)).append("</text>\n");
        }
        svg.append("<text x=\"").append(n((PLOT_LEFT + PLOT_RIGHT) / 2)).append("\" y=\"").append(n(bottom + 36))
                .append("\" font-size=\"15\" fill=\"#52606d\" text-anchor=\"middle\">")
                .append(Html.esc(html.pick("Tổng điểm", "Total score"))).append("</text>\n");
        svg.append("<text x=\"").append(n(VALUE_LEFT)).append("\" y=\"").append(n(TOP - 8))
                .append("\" font-size=\"15\" font-weight=\"600\" fill=\"#52606d\">")
                .append(Html.esc(html.pick("Tổng", "Total"))).append("</text>\n");
        // Bars.
        int row = 0;
        for (RankedUnit u : units) {
            double y = TOP + row * ROW;
            double value = u.total().doubleValue();
            double x0 = x(lo, lo, hi);
            double x1 = x(Math.max(value, lo), lo, hi);
            Optional<AwardType> a = award(result, u.unit());
            String name = result.nameOf(u.unit());
            String label = u.rank() + ". " + shorten(name);
            String total = fmt.number(u.total(), scale);
            svg.append("<text x=\"").append(n(LABEL_RIGHT)).append("\" y=\"").append(n(y + BAR - 3))
                    .append("\" font-size=\"15\" fill=\"#1f2933\" text-anchor=\"end\">").append(Html.esc(label))
                    .append("</text>\n");
            svg.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(y + 1)).append("\" width=\"")
                    .append(n(Math.max(1, x1 - x0))).append("\" height=\"").append(n(BAR))
                    .append("\" fill=\"").append(a.map(ScoreChart::colour).orElse(NONE_COLOUR)).append("\"><title>")
                    .append(Html.esc(u.rank() + ". " + name + ": " + total))
                    .append("</title></rect>\n");
            svg.append("<text x=\"").append(n(VALUE_LEFT)).append("\" y=\"").append(n(y + BAR - 3))
                    .append("\" font-size=\"15\" fill=\"#1f2933\">").append(total).append("</text>\n");
            row++;
        }
        // The leader line, labelled above the plot on the side with room.
        if (leader.isPresent()) {
            RankedUnit l = leader.get();
            double x = x(l.total().doubleValue(), lo, hi);
            svg.append("<line class=\"leader-line\" x1=\"").append(n(x)).append("\" y1=\"").append(n(TOP - 22))
                    .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(bottom))
                    .append("\" stroke=\"#b71c1c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
            String label = html.pick("Ngưỡng dẫn đầu ", "Leader line ") + fmt.number(l.total(), scale) + " ("
                    + shorten(result.nameOf(l.unit())) + html.pick(", hạng ", ", rank ") + l.rank() + ")";
            // Anchored on the side where the whole label fits (15 px text is about 7.5 px a character).
            boolean right = x + 6 + label.length() * 7.5 > VALUE_LEFT - 8;
            svg.append("<text class=\"leader-label\" x=\"").append(n(right ? x - 6 : x + 6)).append("\" y=\"")
                    .append(n(TOP - 12)).append("\" font-size=\"15\" font-weight=\"600\" fill=\"#b71c1c\" text-anchor=\"")
                    .append(right ? "end" : "start").append("\">").append(Html.esc(label)).append("</text>\n");
        }
        svg.append("</svg>\n");

        StringBuilder sb = new StringBuilder("<figure class=\"chart\">\n<div class=\"legend\">");
        for (Map.Entry<AwardType, Integer> e : used.entrySet()) {
            sb.append("<span style=\"--c:").append(colour(e.getKey())).append("\">")
                    .append(Html.esc(html.text().award(e.getKey()) + " (" + e.getValue() + ")")).append("</span>");
        }
        if (none > 0) {
            sb.append("<span style=\"--c:").append(NONE_COLOUR).append("\">")
                    .append(Html.esc(html.pick("Không đề nghị", "No award") + " (" + none + ")")).append("</span>");
        }
        sb.append("</div>\n").append(svg).append("<figcaption>");
        List<String> caption = new ArrayList<>();
        caption.add(html.pick("Màu thanh: hình thức khen thưởng đơn vị được đề nghị. Trục điểm bắt đầu từ "
                        + fmt.number(java.math.BigDecimal.valueOf(lo), 0) + ".",
                "Bar colour: the award the unit is proposed for. The score axis starts at "
                        + fmt.number(java.math.BigDecimal.valueOf(lo), 0) + "."));
        caption.add(leader.isPresent()
                ? html.pick("Đường đứt nét: ngưỡng dẫn đầu, tổng điểm của đơn vị dẫn đầu xếp cuối được đề nghị Cờ thi đua.",
                        "Dashed line: the leader line, the total of the lowest-ranked leader recommended for a flag.")
                : html.pick("Không đơn vị nào được đề nghị Cờ thi đua: không có ngưỡng dẫn đầu.",
                        "No unit is recommended for a flag: no leader line."));
        sb.append(Html.esc(String.join(" ", caption))).append("</figcaption>\n</figure>\n");
        return sb.toString();
    }

    /**
     * The axis: {@code [low, high, step]} with round ticks. It starts at 0 whenever every score is positive, so
     * that bar lengths compare honestly; only negative totals move it below 0.
     */
    static double[] axis(double min, double max) {
        double low = Math.min(0, min);
        double high = Math.max(max, low + 1);
        double step = niceStep((high - low) / 6);
        low = Math.floor(low / step) * step;
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

    private static String shorten(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
    }
}
