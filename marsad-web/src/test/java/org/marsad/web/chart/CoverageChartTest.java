package org.marsad.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class CoverageChartTest {
    private static final BiFunction<LocalDate, LocalDate, String> NARROW = (a, b) -> "/search?from=" + a + "&to=" + b;

    private static TreeMap<LocalDate, Long> days(Object... dayThenCount) {
        TreeMap<LocalDate, Long> m = new TreeMap<>();
        for (int i = 0; i < dayThenCount.length; i += 2) {
            m.put(LocalDate.parse((String) dayThenCount[i]), ((Number) dayThenCount[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aSpanOfWeeksIsDrawnByDayWithGapsAndEachBarNarrowsToItsDay() {
        CoverageChart c = CoverageChart.of(days("2024-03-01", 2, "2024-03-20", 5), Map.of(), 0, ZoneOffset.UTC,
                NARROW);
        assertThat(c.unit()).isEqualTo(CoverageChart.Unit.DAY);
        assertThat(c.slots()).hasSize(20);
        // drawn right to left: the newest day is leftmost
        CoverageChart.Slot newest = c.slots().get(0);
        assertThat(newest.count()).isEqualTo(5);
        assertThat(newest.text()).isEqualTo("الأربعاء 20 مارس 2024");
        assertThat(newest.href()).isEqualTo("/search?from=2024-03-20&to=2024-03-20");
        CoverageChart.Slot oldest = c.slots().get(19);
        assertThat(oldest.count()).isEqualTo(2);
        assertThat(oldest.tick()).isEqualTo("1 مارس 2024");
        // an empty day is a slot without a link
        assertThat(c.slots().get(1).count()).isZero();
        assertThat(c.slots().get(1).href()).isNull();
        assertThat(c.caption()).contains("حسب اليوم");
        assertThat(c.newestFirst()).extracting(CoverageChart.Slot::count).containsExactly(5L, 2L);
        // each bar's clickable column holds the bar and reaches into the empty days beside it, never into another
        // bar's column
        CoverageChart.Slot a = newest;
        CoverageChart.Slot b = oldest;
        for (CoverageChart.Slot s : List.of(a, b)) {
            assertThat(s.bar().x()).isGreaterThanOrEqualTo(s.hitX());
            assertThat(s.bar().x() + s.bar().w()).isLessThanOrEqualTo(s.hitX() + s.hitW());
            assertThat(s.hitW()).isGreaterThan(c.chart().width() / 20);
            assertThat(s.hitX()).isGreaterThanOrEqualTo(0);
            assertThat(s.hitX() + s.hitW()).isLessThanOrEqualTo(c.chart().width());
        }
        assertThat(a.hitX() + a.hitW()).isLessThanOrEqualTo(b.hitX());
    }

    @Test
    void neighbouringBarsShareTheSpaceBetweenThem() {
        TreeMap<LocalDate, Long> m = new TreeMap<>();
        LocalDate first = LocalDate.parse("2023-01-01");
        for (int i = 0; i < 400; i++) {
            m.put(first.plusDays(i), i % 3 == 0 ? 1L : 0L);
        }
        CoverageChart c = CoverageChart.of(m, Map.of(), 0, ZoneOffset.UTC, NARROW);
        List<CoverageChart.Slot> linked = c.slots().stream().filter(s -> s.href() != null).toList();
        assertThat(linked).hasSize(134);
        for (int i = 0; i < linked.size(); i++) {
            CoverageChart.Slot s = linked.get(i);
            assertThat(s.bar().x()).isGreaterThanOrEqualTo(s.hitX());
            assertThat(s.bar().x() + s.bar().w()).isLessThanOrEqualTo(s.hitX() + s.hitW());
            if (i > 0) {
                CoverageChart.Slot left = linked.get(i - 1);
                assertThat(left.hitX() + left.hitW()).isLessThanOrEqualTo(s.hitX());
            }
        }
    }

    /** Every {@code step}-th day from {@code first} for {@code span} days has one match (the first and last too). */
    private static TreeMap<LocalDate, Long> every(String first, int span, int step) {
        TreeMap<LocalDate, Long> m = new TreeMap<>();
        LocalDate d0 = LocalDate.parse(first);
        for (int i = 0; i < span; i += step) {
            m.put(d0.plusDays(i), 1L);
        }
        m.put(d0.plusDays(span - 1), 1L);
        return m;
    }

    @Test
    void aFewMatchesScatteredOverMonthsAreDrawnByMonthNotAsHairlines() {
        // three matches over fourteen months, as on the demo's first search: by day they were 1-unit lines among
        // 408 empty days
        CoverageChart c = CoverageChart.of(days("2023-12-24", 1, "2025-02-03", 2), Map.of(), 0, ZoneOffset.UTC,
                NARROW);
        assertThat(c.unit()).isEqualTo(CoverageChart.Unit.MONTH);
        assertThat(c.slots()).hasSize(15);
        assertThat(c.caption()).contains("حسب الشهر");
        assertThat(c.newestFirst()).extracting(CoverageChart.Slot::text).containsExactly("فبراير 2025",
                "ديسمبر 2023");
        assertThat(c.newestFirst()).allSatisfy(s -> assertThat(s.bar().w()).isGreaterThanOrEqualTo(20));
        assertThat(c.newestFirst().get(0).href()).isEqualTo("/search?from=2025-02-01&to=2025-02-28");
    }

    @Test
    void daysAreKeptWhileTheyAreWideEnoughOrDenseForUpToTwoYears() {
        int roomy = DayOrMonth.ROOMY_DAYS;
        assertThat(roomy).isEqualTo(80);
        // sparse: two matching days, first and last
        assertThat(CoverageChart.of(every("2024-01-01", roomy, roomy), Map.of(), 0, ZoneOffset.UTC, NARROW).unit())
                .isEqualTo(CoverageChart.Unit.DAY);
        assertThat(CoverageChart.of(every("2024-01-01", roomy + 1, roomy + 1), Map.of(), 0, ZoneOffset.UTC,
                NARROW).unit()).isEqualTo(CoverageChart.Unit.MONTH);
        // dense: one day in four has matches, up to two years
        CoverageChart twoYears = CoverageChart.of(every("2022-01-01", 730, 4), Map.of(), 0, ZoneOffset.UTC, NARROW);
        assertThat(twoYears.unit()).isEqualTo(CoverageChart.Unit.DAY);
        assertThat(twoYears.slots()).hasSize(730);
        assertThat(twoYears.chart().width()).isEqualTo(730);
        assertThat(CoverageChart.of(every("2022-01-01", 730, 5), Map.of(), 0, ZoneOffset.UTC, NARROW).unit())
                .isEqualTo(CoverageChart.Unit.MONTH);
        assertThat(CoverageChart.of(every("2022-01-01", DayOrMonth.DAILY_DAYS + 1, 1), Map.of(), 0,
                ZoneOffset.UTC, NARROW).unit()).isEqualTo(CoverageChart.Unit.MONTH);
    }

    @Test
    void anyChartHasWideBarsOrIsDense() {
        // seeded random matches over random spans: a chart whose bars are thin (narrower than 6 of the 640 units,
        // 2 pixels on a phone) always has matches in at least a quarter of its slots
        java.util.Random random = new java.util.Random(20261204L);
        for (int run = 0; run < 300; run++) {
            int span = 4 + random.nextInt(1500);
            double share = random.nextDouble() * random.nextDouble();
            TreeMap<LocalDate, Long> m = new TreeMap<>();
            LocalDate first = LocalDate.parse("2020-01-01").plusDays(random.nextInt(1000));
            m.put(first, 1L + random.nextInt(5));
            m.put(first.plusDays(span - 1), 1L + random.nextInt(5));
            for (int i = 1; i < span - 1; i++) {
                if (random.nextDouble() < share) {
                    m.put(first.plusDays(i), 1L + random.nextInt(50));
                }
            }
            CoverageChart c = CoverageChart.of(m, Map.of(), 0, ZoneOffset.UTC, NARROW);
            long withMatches = c.newestFirst().size();
            int barWidth = c.slots().get(0).bar().w();
            assertThat(barWidth >= 6 || withMatches * 4 >= c.slots().size())
                    .as("span %d days, %d slots by %s, %d with matches, bars %d wide", span, c.slots().size(),
                            c.unit(), withMatches, barWidth)
                    .isTrue();
            long total = m.values().stream().mapToLong(Long::longValue).sum();
            assertThat(c.slots().stream().mapToLong(CoverageChart.Slot::count).sum()).isEqualTo(total);
        }
    }

    @Test
    void onlyPeriodsWithMatchesAreNarrowedAndLinked() {
        // seeded random matches over a decade (monthly), a season (daily) and two days (hourly): the page asks
        // for a narrowed search only for the bars a reader can click, one per period with matches
        java.util.Random rnd = new java.util.Random(20261205L);
        for (int round = 0; round < 30; round++) {
            int spanDays = List.of(3650, 90, 2).get(round % 3);
            LocalDate start = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(365));
            TreeMap<LocalDate, Long> m = new TreeMap<>();
            Map<Instant, Long> hours = new java.util.HashMap<>();
            for (int i = 1 + rnd.nextInt(40); i > 0; i--) {
                LocalDate d = start.plusDays(rnd.nextInt(spanDays));
                m.merge(d, 1L, Long::sum);
                hours.merge(d.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600L * rnd.nextInt(24)), 1L,
                        Long::sum);
            }
            List<String> asked = new java.util.ArrayList<>();
            CoverageChart c = CoverageChart.of(m, hours, 0, ZoneOffset.UTC, (a, b) -> {
                asked.add(a + ".." + b);
                return NARROW.apply(a, b);
            });
            List<CoverageChart.Slot> withMatches = c.slots().stream().filter(s -> s.count() > 0).toList();
            assertThat(asked).hasSize(withMatches.size());
            assertThat(withMatches).allSatisfy(s -> assertThat(s.href()).startsWith("/search?from="));
            assertThat(c.slots().stream().filter(s -> s.count() == 0)).allSatisfy(s -> assertThat(s.href()).isNull());
        }
    }

    @Test
    void longerThanTwoYearsIsByMonthThatNarrowsToTheMonth() {

        CoverageChart longer = CoverageChart.of(days("2021-12-30", 1, "2021-12-31", 2, "2024-02-10", 4), Map.of(), 3,
                ZoneOffset.UTC, NARROW);
        assertThat(longer.unit()).isEqualTo(CoverageChart.Unit.MONTH);
        assertThat(longer.slots()).hasSize(27);
        CoverageChart.Slot december = longer.slots().get(26);
        assertThat(december.count()).isEqualTo(3);
        assertThat(december.text()).isEqualTo("ديسمبر 2021");
        assertThat(december.href()).isEqualTo("/search?from=2021-12-01&to=2021-12-31");
        assertThat(longer.slots().get(0).href()).isEqualTo("/search?from=2024-02-01&to=2024-02-29");
        assertThat(longer.note()).isEqualTo("لا يظهر في الرسم: 3 مقالات بلا تاريخ.");
    }

    @Test
    void threeDaysOrLessAreDrawnByHourInTheServersZone() {
        Map<Instant, Long> hours = Map.of(Instant.parse("2024-03-10T06:00:00Z"), 2L,
                Instant.parse("2024-03-11T21:00:00Z"), 1L);
        CoverageChart c = CoverageChart.of(days("2024-03-10", 2, "2024-03-11", 1, "2024-03-12", 1), hours, 0,
                ZoneId.of("Asia/Riyadh"), NARROW);
        assertThat(c.unit()).isEqualTo(CoverageChart.Unit.HOUR);
        // 06:00 UTC on the 10th to 21:00 UTC on the 11th, an hour a slot
        assertThat(c.slots()).hasSize(40);
        CoverageChart.Slot first = c.slots().get(39);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.text()).isEqualTo("الأحد 10 مارس 2024، 09:00 Asia/Riyadh");
        assertThat(first.href()).isEqualTo("/search?from=2024-03-10&to=2024-03-10");
        // 21:00 UTC on the 11th is already the 12th in Riyadh: the bar narrows to the day the reader sees
        CoverageChart.Slot last = c.slots().get(0);
        assertThat(last.text()).startsWith("الثلاثاء 12 مارس 2024، 00:00");
        assertThat(last.href()).isEqualTo("/search?from=2024-03-12&to=2024-03-12");
        assertThat(c.caption()).contains("حسب الساعة (بتوقيت Asia/Riyadh)");
        // the day-only article is said to be missing, not silently dropped
        assertThat(c.note()).isEqualTo("لا يظهر في الرسم: مقال واحد بتاريخ دون ساعة.");
    }

    @Test
    void aShortSpanWithoutAnyTimeIsDrawnByDay() {
        CoverageChart c = CoverageChart.of(days("2024-03-10", 2, "2024-03-11", 1), Map.of(), 0, ZoneOffset.UTC,
                NARROW);
        assertThat(c.unit()).isEqualTo(CoverageChart.Unit.DAY);
        assertThat(c.slots()).hasSize(2);
        assertThat(c.note()).isNull();
    }

    @Test
    void noDatedMatchesMeansNoChartButTheUndatedAreSaid() {
        CoverageChart c = CoverageChart.of(new TreeMap<>(), Map.of(), 2, ZoneOffset.UTC, NARROW);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.note()).isEqualTo("لا يظهر في الرسم: مقالان بلا تاريخ.");
    }
}
