package org.marsad.web.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.web.format.DateDisplay;

/**
 * The search page's coverage chart: how many matching articles were published in each hour, day or month, as
 * bars a reader can click to narrow the search to that period.
 *
 * <p>The unit follows the span of the matches, first day to last: hours when the span is at most
 * {@link #HOURLY_DAYS} days (and some matches have a time); else days or months by the rule every day chart
 * follows, {@link DayOrMonth}: days while each day's slot is wide enough or the span is dense, months otherwise.
 * Periods without matches between the first and the last are empty slots, so gaps show. Hours are shown in the
 * server's zone; a day is the day the page gave (the search's day filters use the same day).
 *
 * @param chart    the bars' geometry (oldest on the right)
 * @param unit     the period of a bar
 * @param slots    one per bar, in drawing order (x ascending), with its text and narrowing link
 * @param caption  what the chart shows, in Arabic
 * @param note     the matches the chart leaves out (no date; no hour in an hourly chart), or null
 */
public record CoverageChart(TimeChart chart, Unit unit, List<Slot> slots, String caption, String note) {
    /** The longest span, in days, drawn by the hour. */
    public static final int HOURLY_DAYS = 3;

    /** The period of one bar. */
    public enum Unit { HOUR, DAY, MONTH }

    /**
     * One bar with what a reader sees of it.
     *
     * @param bar   its geometry
     * @param text  its period in full Arabic ("الأحد 10 مارس 2024"), for the tooltip and screen readers
     * @param tick  its period written short, under the first and last bars
     * @param href  the search narrowed to the period, or null for an empty period
     * @param hitX  where the clickable column starts: the whole slot and some empty space beside, so thin bars are
     *              easy to hit
     * @param hitW  the clickable column's width
     */
    public record Slot(TimeChart.Bar bar, String text, String tick, String href, int hitX, int hitW) {
        public long count() {
            return bar.count();
        }
    }

    /**
     * The chart of the matches' days and hours.
     *
     * @param days    matches per publication day
     * @param hours   matches per UTC hour (the start of the hour), of those with a known time; may be empty
     * @param undated matches without a publication date
     * @param zone    the zone hours are shown in
     * @param narrow  the search narrowed to a range of days (first, last), as a link
     */
    public static CoverageChart of(SortedMap<LocalDate, Long> days, Map<Instant, Long> hours, long undated,
                                   ZoneId zone, BiFunction<LocalDate, LocalDate, String> narrow) {
        if (days.isEmpty()) {
            return new CoverageChart(TimeChart.of(List.of(), List.of()), Unit.DAY, List.of(), "", note(undated, 0));
        }
        long span = ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) + 1;
        List<Period> periods;
        Unit unit;
        long untimed = 0;
        if (span <= HOURLY_DAYS && !hours.isEmpty()) {
            unit = Unit.HOUR;
            periods = hourly(hours, zone, narrow);
            untimed = days.values().stream().mapToLong(Long::longValue).sum()
                    - hours.values().stream().mapToLong(Long::longValue).sum();
        } else if (DayOrMonth.byDay(days)) {
            unit = Unit.DAY;
            periods = daily(days, narrow);
        } else {
            unit = Unit.MONTH;
            periods = monthly(days, narrow);
        }
        TimeChart chart = TimeChart.of(periods.stream().map(Period::key).toList(),
                periods.stream().map(Period::count).toList());
        int n = chart.bars().size();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = (int) Math.round((double) i * chart.width() / n);
            to[i] = (int) Math.round((double) (i + 1) * chart.width() / n);
        }
        widenTargets(chart.bars(), from, to);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TimeChart.Bar b = chart.bars().get(i);
            // the bars are drawn oldest on the right: the i-th from the left is the i-th period from the newest
            Period p = periods.get(n - 1 - i);
            slots.add(new Slot(b, p.text, p.tick, b.count() > 0 ? p.href : null, from[i], to[i] - from[i]));
        }
        return new CoverageChart(chart, unit, List.copyOf(slots), caption(unit, zone), note(undated, untimed));
    }

    /** How far, in picture units, a bar's clickable column may reach into empty slots on each side. */
    static final int REACH = 8;

    /**
     * Widens each non-empty bar's clickable column into the empty slots beside it (up to {@link #REACH} units,
     * and never past half way to the next bar with matches): a day among hundreds is a sliver, hard to hit.
     */
    private static void widenTargets(List<TimeChart.Bar> bars, int[] from, int[] to) {
        int[] slotFrom = from.clone();
        int[] slotTo = to.clone();
        int width = bars.isEmpty() ? 0 : slotTo[bars.size() - 1];
        int previous = -1;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).count() == 0) {
                continue;
            }
            from[i] = Math.max(0, slotFrom[i] - REACH);
            to[i] = Math.min(width, slotTo[i] + REACH);
            if (previous >= 0) {
                int between = (slotTo[previous] + slotFrom[i]) / 2;
                to[previous] = Math.min(to[previous], between);
                from[i] = Math.max(from[i], between);
            }
            previous = i;
        }
    }

    // href: null for a period without matches, whose slot links nowhere. Building the narrowed search's address
    // (three parameters set, the query encoded again) for every empty month of a decade-long chart was about 8% of
    // a search page's CPU (JFR, bench http part).
    private record Period(String key, String text, String tick, long count, String href) {
    }

    private static List<Period> hourly(Map<Instant, Long> hours, ZoneId zone,
                                       BiFunction<LocalDate, LocalDate, String> narrow) {
        TreeMap<Instant, Long> sorted = new TreeMap<>(hours);
        List<Period> out = new ArrayList<>();
        for (Instant h = sorted.firstKey(); !h.isAfter(sorted.lastKey()); h = h.plus(1, ChronoUnit.HOURS)) {
            ZonedDateTime local = h.atZone(zone);
            LocalDate day = local.toLocalDate();
            String time = DateDisplay.hour(local);
            long count = sorted.getOrDefault(h, 0L);
            out.add(new Period(h.toString(), DateDisplay.gregorian(day) + "، " + time,
                    DateDisplay.gregorianShort(day) + " " + time.substring(0, 5), count,
                    count > 0 ? narrow.apply(day, day) : null));
        }
        return out;
    }

    private static List<Period> daily(SortedMap<LocalDate, Long> days,
                                      BiFunction<LocalDate, LocalDate, String> narrow) {
        List<Period> out = new ArrayList<>();
        for (LocalDate d = days.firstKey(); !d.isAfter(days.lastKey()); d = d.plusDays(1)) {
            long count = days.getOrDefault(d, 0L);
            out.add(new Period(d.toString(), DateDisplay.gregorian(d), DateDisplay.gregorianShort(d), count,
                    count > 0 ? narrow.apply(d, d) : null));
        }
        return out;
    }

    private static List<Period> monthly(SortedMap<LocalDate, Long> days,
                                        BiFunction<LocalDate, LocalDate, String> narrow) {
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        days.forEach((d, c) -> months.merge(YearMonth.from(d), c, Long::sum));
        List<Period> out = new ArrayList<>();
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
            String text = DateDisplay.month(m);
            long count = months.getOrDefault(m, 0L);
            out.add(new Period(m.toString(), text, text, count,
                    count > 0 ? narrow.apply(m.atDay(1), m.atEndOfMonth()) : null));
        }
        return out;
    }

    private static String caption(Unit unit, ZoneId zone) {
        String by = switch (unit) {
            case HOUR -> "حسب الساعة (بتوقيت " + zoneName(zone) + ")";
            case DAY -> "حسب اليوم";
            case MONTH -> "حسب الشهر";
        };
        return "المقالات المطابقة " + by + "، الأقدم على اليمين. انقر عموداً لحصر البحث في فترته.";
    }

    private static String zoneName(ZoneId zone) {
        if (zone.normalized() instanceof java.time.ZoneOffset o) {
            return o.getTotalSeconds() == 0 ? "UTC" : "UTC" + o.getId();
        }
        return zone.getId();
    }

    private static String note(long undated, long untimed) {
        List<String> parts = new ArrayList<>();
        if (untimed > 0) {
            parts.add(count(untimed) + " بتاريخ دون ساعة");
        }
        if (undated > 0) {
            parts.add(count(undated) + " بلا تاريخ");
        }
        return parts.isEmpty() ? null : "لا يظهر في الرسم: " + String.join("، و", parts) + ".";
    }

    private static final CountedNoun ARTICLES = new CountedNoun("مقال واحد", "مقالان", "مقالات", "مقالاً", "مقال");

    private static String count(long n) {
        return ARTICLES.count(n);
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** The slots with matches, newest first: the chart's numbers as a list, for readers who do not see it. */
    public List<Slot> newestFirst() {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.count() > 0) {
                out.add(s);
            }
        }
        return out;
    }
}
