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
    void theFirstAndLastLabelsEachHaveTwoFifthsOfThePictureSoThatTheyNeverMeet() {
        // two hours' ticks ("16 ديسمبر 2026 03:00") are about 210 units long at a phone's label size (22 units):
        // anchored at two bars' edges they overlapped on the search page at 390 px
        for (int n = 2; n <= 60; n++) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                keys.add("k" + i);
            }
            TimeChart c = TimeChart.of(keys, java.util.Collections.nCopies(n, 1L));
            java.util.List<TimeChart.Bar> labelled = c.bars().stream().filter(TimeChart.Bar::showLabel).toList();
            assertThat(labelled).as("n=%d", n).hasSize(2);
            TimeChart.Bar newest = labelled.get(0);
            TimeChart.Bar oldest = labelled.get(1);
            // right to left: the newest bar is leftmost, its text runs from its left edge ("end") rightwards
            assertThat(newest.label()).isEqualTo("k" + (n - 1));
            assertThat(newest.anchor()).isEqualTo("end");
            assertThat(oldest.anchor()).isEqualTo("start");
            assertThat(c.width() / 2 - newest.labelX()).as("room of the newest label, n=%d", n)
                    .isGreaterThanOrEqualTo(c.width() * 2 / 5);
            assertThat(oldest.labelX() - c.width() / 2).as("room of the oldest label, n=%d", n)
                    .isGreaterThanOrEqualTo(c.width() * 2 / 5);
            // and each still starts at or beyond its own bar, inside the picture
            assertThat(newest.labelX()).isBetween(0, newest.x());
            assertThat(oldest.labelX()).isBetween(oldest.x() + oldest.w(), c.width());
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
        // three values over 109 days: sparse and too many days for 8-unit slots, so by month
        TimeChart c = TimeChart.ofDays(Map.of(java.time.LocalDate.parse("2023-10-08"), 700L,
                java.time.LocalDate.parse("2023-10-31"), 8_525L, java.time.LocalDate.parse("2024-01-24"), 24_448L));
        assertThat(c.bars()).extracting(TimeChart.Bar::label)
                .containsExactly("2024-01", "2023-12", "2023-11", "2023-10");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(24_448L, 0L, 0L, 8_525L);
    }

    @Test
    void longSpansOfDayCountsAddUpEachMonth() {
        // mentions are counts: a month's bar is the sum of its days
        TimeChart c = TimeChart.ofDayCounts(Map.of(java.time.LocalDate.parse("2023-10-08"), 3L,
                java.time.LocalDate.parse("2023-10-31"), 4L, java.time.LocalDate.parse("2024-01-24"), 2L));
        assertThat(c.bars()).extracting(TimeChart.Bar::label)
                .containsExactly("2024-01", "2023-12", "2023-11", "2023-10");
        assertThat(c.bars()).extracting(TimeChart.Bar::count).containsExactly(2L, 0L, 0L, 7L);
    }

    @Test
    void sparseDaysStayDaysWhileTheirSlotsAreWideAndDenseSpansStayDaysForLonger() {
        java.time.LocalDate first = java.time.LocalDate.parse("2024-01-01");
        // two mentions 60 days apart: 60 slots of more than 8 units each, so days (the old 48-day cap made months)
        TimeChart sixty = TimeChart.ofDayCounts(Map.of(first, 1L, first.plusDays(59), 1L));
        assertThat(sixty.bars()).hasSize(60);
        assertThat(sixty.bars().get(0).label()).isEqualTo("2024-02-29");
        // two mentions 100 days apart: months
        TimeChart hundred = TimeChart.ofDayCounts(Map.of(first, 1L, first.plusDays(99), 1L));
        assertThat(hundred.bars()).extracting(TimeChart.Bar::label)
                .containsExactly("2024-04", "2024-03", "2024-02", "2024-01");
        assertThat(hundred.byMonth()).isTrue();
        assertThat(sixty.byMonth()).isFalse();
        // a mention every third day over 300 days: dense, so days
        Map<java.time.LocalDate, Long> dense = new java.util.HashMap<>();
        for (int i = 0; i < 300; i += 3) {
            dense.put(first.plusDays(i), 2L);
        }
        dense.put(first.plusDays(299), 1L);
        assertThat(TimeChart.ofDayCounts(dense).bars()).hasSize(300);
    }

    @Test
    void dayChartsAndTheCoverageChartChooseDaysOrMonthsAlike() {
        // one rule for every chart of days: seeded random spans and densities give the entity chart days exactly
        // when they give the search page's coverage chart days
        java.util.Random random = new java.util.Random(20261204L);
        for (int run = 0; run < 300; run++) {
            int span = 4 + random.nextInt(1000);
            double share = random.nextDouble() * random.nextDouble();
            java.util.TreeMap<java.time.LocalDate, Long> m = new java.util.TreeMap<>();
            java.time.LocalDate first = java.time.LocalDate.parse("2020-01-01").plusDays(random.nextInt(1000));
            m.put(first, 1L);
            m.put(first.plusDays(span - 1), 1L);
            for (int i = 1; i < span - 1; i++) {
                if (random.nextDouble() < share) {
                    m.put(first.plusDays(i), 1L + random.nextInt(9));
                }
            }
            CoverageChart coverage = CoverageChart.of(m, Map.of(), 0, java.time.ZoneOffset.UTC, (a, b) -> "/");
            TimeChart entity = TimeChart.ofDayCounts(m);
            boolean entityByDay = !entity.byMonth();
            assertThat(entityByDay).as("span %d, %d days with values", span, m.size())
                    .isEqualTo(coverage.unit() == CoverageChart.Unit.DAY);
            assertThat(entity.bars()).hasSameSizeAs(coverage.slots());
        }
    }

    @Test
    void noDaysMeansNoChart() {
        assertThat(TimeChart.ofDays(Map.of()).isEmpty()).isTrue();
    }
}
