package io.jenkins.plugins.bakedsecrets.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {
    @Test
    void shouldRoundAxisUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TrendChart.niceMaximum(0)).isEqualTo(4);
        assertThat(TrendChart.niceMaximum(5)).isEqualTo(8);
        assertThat(TrendChart.niceMaximum(37)).isEqualTo(40);
        assertThat(TrendChart.niceMaximum(41)).isEqualTo(80);
        assertThat(TrendChart.niceMaximum(10_001)).isEqualTo(20_000);
    }

    @Test
    void shouldStackWorstSeverityOnTheAxisAndLinkEveryBuild() {
        TrendChart chart = new TrendChart(List.of(
                new TrendPoint(1, "#1", "job/app/1/baked-secrets-default/", List.of(2, 0, 1, 0, 0), 1),
                new TrendPoint(2, "#2", "job/app/2/baked-secrets-default/", List.of(0, 0, 0, 0, 0), 0)));

        List<TrendChart.Bar> bars = chart.getBars();

        assertThat(bars).extracting(TrendChart.Bar::url)
                .containsExactly("job/app/1/baked-secrets-default/", "job/app/2/baked-secrets-default/");
        TrendChart.Bar first = bars.get(0);
        assertThat(first.segments()).extracting(TrendChart.Segment::severity).containsExactly("critical", "medium");
        TrendChart.Segment critical = first.segments().get(0);
        TrendChart.Segment medium = first.segments().get(1);
        assertThat(critical.y() + critical.height()).isEqualTo(chart.getBaseline());
        assertThat(medium.y() + medium.height()).isEqualTo(critical.y());
        assertThat(medium.height() * 2).isEqualTo(critical.height());
        assertThat(first.waivedHeight()).isEqualTo(medium.height());
        assertThat(first.tooltip()).isEqualTo("#1: 3 findings, 2 critical, 1 medium, 1 waived");
        assertThat(bars.get(1).segments()).isEmpty();
        assertThat(bars.get(1).x()).isGreaterThan(first.x());
    }

    @Test
    void shouldLabelGridLinesFromZeroToTheMaximum() {
        TrendChart chart = new TrendChart(List.of(new TrendPoint(1, "#1", "u", List.of(0, 7, 0, 0, 0), 0)));

        assertThat(chart.getTicks()).extracting(TrendChart.Tick::value).containsExactly(0, 2, 4, 6, 8);
        assertThat(chart.getTicks().get(0).y()).isEqualTo(chart.getBaseline());
    }
}
