package org.marsad.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeChartTest {
    @Test
    void manyBarsWidenThePictureInsteadOfOverlapping() {
        java.util.Map<java.time.LocalDate, Long> days = new java.util.HashMap<>();
        java.time.LocalDate first = java.time.LocalDate.parse("2023-01-01");
        days.put(first, 1L);
        days.put(first.plusDays(47), 2L);
        TimeChart c = TimeChart.ofDayCounts(days);
        assertThat(c.bars()).hasSize(48);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            labels.add(first.plusDays(i).toString());
        }
        TimeChart wide = TimeChart.of(labels, java.util.Collections.nCopies(700, 1L));
        assertThat(wide.width()).isEqualTo(700);
        for (int i = 1; i < wide.bars().size(); i++) {
            TimeChart.Bar left = wide.bars().get(i - 1);
            assertThat(left.x() + left.w()).isLessThanOrEqualTo(wide.bars().get(i).x());
        }
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
