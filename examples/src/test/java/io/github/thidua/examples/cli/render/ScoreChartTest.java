package io.github.thidua.examples.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score chart's value axis. */
class ScoreChartTest {
    @Test
    void theChartAxisStartsAtZeroSoThatBarLengthsCompareHonestly() {
        assertThat(ScoreChart.axis(0, 50)).containsExactly(0, 60, 10);
        double[] bunched = ScoreChart.axis(80.5, 97.5);
        assertThat(bunched[0]).isEqualTo(0);
        assertThat(bunched[1]).isGreaterThan(97.5);
        assertThat(ScoreChart.axis(90, 90)[0]).isEqualTo(0);
        assertThat(ScoreChart.axis(-5, 10)[0]).isLessThanOrEqualTo(-5);
    }
}
