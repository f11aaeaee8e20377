package org.marsad.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeChartTest {
    @Test
    void monthsBetweenFirstAndLastAreFilledAndOldestIsRightmost() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("2024-03", 4L);
        counts.put("2023-12", 2L);
        TimeChart c = TimeChart.ofMonths(counts);
        assertThat(c.bars()).extracting(TimeChart.Bar::label)
                .containsExactly("2024-03", "2024-02", "2024-01", "2023-12");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(4L, 0L, 0L, 2L);
        assertThat(c.max()).isEqualTo(4);
        TimeChart.Bar tallest = c.bars().get(0);
        TimeChart.Bar oldest = c.bars().get(3);
        assertThat(tallest.h()).isEqualTo(2 * oldest.h());
        assertThat(tallest.y() + tallest.h()).isEqualTo(c.axisY());
        assertThat(c.bars()).allSatisfy(b -> assertThat(b.x() + b.w()).isLessThanOrEqualTo(c.width()));
    }

    @Test
    void longSpansGroupByYear() {
        TimeChart c = TimeChart.ofMonths(Map.of("2010-01", 1L, "2020-06", 3L, "2020-07", 2L));
        assertThat(c.bars()).hasSize(11);
        assertThat(c.bars().get(0).label()).isEqualTo("2020");
        assertThat(c.bars().get(0).count()).isEqualTo(5);
    }

    @Test
    void noValidMonthsMeansNoChart() {
        assertThat(TimeChart.ofMonths(Map.of("x", 3L)).isEmpty()).isTrue();
    }

    @Test
    void daysBetweenFirstAndLastAreSlotsAndTheLargestValueSetsTheScale() {
        TimeChart c = TimeChart.ofDays(Map.of(java.time.LocalDate.parse("2023-12-23"), 20_057L,
                java.time.LocalDate.parse("2023-12-26"), 21_300L));
        assertThat(c.bars()).extracting(TimeChart.Bar::label)
                .containsExactly("2023-12-26", "2023-12-25", "2023-12-24", "2023-12-23");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(21_300L, 0L, 0L, 20_057L);
        assertThat(c.bars().get(0).h()).isEqualTo(c.axisY() - c.bars().get(0).y()).isEqualTo(120);
    }

    @Test
    void longDaySpansGroupByMonthKeepingTheLargest() {
        // a cumulative toll: the month's largest is its latest, never the sum of the days
        TimeChart c = TimeChart.ofDays(Map.of(java.time.LocalDate.parse("2023-10-08"), 700L,
                java.time.LocalDate.parse("2023-10-31"), 8_525L, java.time.LocalDate.parse("2023-12-24"), 20_258L));
        assertThat(c.bars()).extracting(TimeChart.Bar::label).containsExactly("2023-12", "2023-11", "2023-10");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(20_258L, 0L, 8_525L);
    }

    @Test
    void longSpansOfDayCountsAddUpEachMonth() {
        // mentions are counts: a month's bar is the sum of its days
        TimeChart c = TimeChart.ofDayCounts(Map.of(java.time.LocalDate.parse("2023-10-08"), 3L,
                java.time.LocalDate.parse("2023-10-31"), 4L, java.time.LocalDate.parse("2023-12-24"), 2L));
        assertThat(c.bars()).extracting(TimeChart.Bar::label).containsExactly("2023-12", "2023-11", "2023-10");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(2L, 0L, 7L);
    }

    @Test
    void noDaysMeansNoChart() {
        assertThat(TimeChart.ofDays(Map.of()).isEmpty()).isTrue();
    }
}
