package org.marsad.web.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Geometry of a bar chart of values over time, drawn as inline SVG by the templates (figures and mentions per day;
 * the search page's {@link CoverageChart}).
 *
 * <p>Time runs right to left, the reading direction of the page: the oldest period is the rightmost bar. Periods
 * without values between the first and the last are drawn as empty slots so gaps show.
 *
 * @param bars   one per slot, in drawing order (x ascending)
 * @param width  viewBox width
 * @param height viewBox height (bars area plus the axis labels)
 * @param max    the largest count, the top of the scale
 */
public record TimeChart(List<Bar> bars, int width, int height, long max) {
    static final int WIDTH = 640;
    static final int PLOT = 120;
    static final int HEIGHT = PLOT + 24;
    static final int MAX_BAR_WIDTH = 48;

    /**
     * One bar.
     *
     * @param label the period's key ("2023-12-24", "2023-12"), shown in the tooltip and under the first and last bars
     * @param showLabel whether to print the label under the bar
     */
    public record Bar(int x, int y, int w, int h, String label, long count, boolean showLabel, int labelX,
                      String anchor) {
    }

    /**
     * The chart of a value per day (figures: the largest value reported that day). Days between the first and the
     * last without a value are empty slots. Days or months follow the rule every day chart follows,
     * {@link DayOrMonth}; a month keeps its largest value (a reported toll is cumulative: the month's largest is its
     * latest).
     */
    public static TimeChart ofDays(Map<LocalDate, Long> dayValues) {
        return ofDays(dayValues, Math::max);
    }

    /**
     * The chart of a count per day (an entity's mentions): as {@link #ofDays(Map)}, but a span grouped by month
     * adds up its days' counts.
     */
    public static TimeChart ofDayCounts(Map<LocalDate, Long> dayCounts) {
        return ofDays(dayCounts, Long::sum);
    }

    private static TimeChart ofDays(Map<LocalDate, Long> dayValues,
                                    java.util.function.BinaryOperator<Long> monthly) {
        TreeMap<LocalDate, Long> days = new TreeMap<>(dayValues);
        if (days.isEmpty()) {
            return new TimeChart(List.of(), WIDTH, HEIGHT, 0);
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        if (DayOrMonth.byDay(days)) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                labels.add(d.toString());
                values.add(days.getOrDefault(d, 0L));
            }
        } else {
            TreeMap<YearMonth, Long> months = new TreeMap<>();
            days.forEach((d, v) -> months.merge(YearMonth.from(d), v, monthly));
            for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
                labels.add(m.toString());
                values.add(months.getOrDefault(m, 0L));
            }
        }
        return of(labels, values);
    }

    /**
     * The geometry of bars for values in time order (oldest first), labelled by their period keys. More bars than
     * {@link #WIDTH} widen the picture (a unit each; it is scaled to the page), so that bars never overlap.
     */
    static TimeChart of(List<String> labels, List<Long> counts) {
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        int n = labels.size();
        int width = Math.max(WIDTH, n);
        double slot = (double) width / n;
        // few bars would be slabs: cap their width and keep them centred in their slots
        int barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, (int) Math.floor(slot * 0.8)));
        List<Bar> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // oldest first in the lists; the oldest goes to the right
            int slotIndex = n - 1 - i;
            int x = (int) Math.round(slotIndex * slot + (slot - barWidth) / 2);
            long c = counts.get(i);
            int h = max == 0 ? 0 : (int) Math.round((double) c / max * PLOT);
            if (c > 0 && h == 0) {
                h = 1;
            }
            // Label the oldest and newest bars, anchored inward so the text stays inside the picture. The labels
            // are Arabic text set right to left, where "start" is the right edge of the text and "end" its left.
            // Each starts at its bar's outer edge, or nearer the picture's edge (a tenth of it at most) when the bar
            // stands further in: so each label has two fifths of the picture before the middle. Anchored at two
            // bars' edges, the labels had 184 of 640 units each, and at a phone's label size two hours' ticks
            // ("6 ديسمبر 2026 03:00", about 200 units) ran into each other.
            boolean oldest = i == 0;
            boolean newest = i == n - 1;
            String anchor = oldest && !newest ? "start" : newest && !oldest ? "end" : "middle";
            int margin = width / 10;
            int labelX = anchor.equals("start") ? Math.max(x + barWidth, width - margin)
                    : anchor.equals("end") ? Math.min(x, margin) : x + barWidth / 2;
            bars.add(new Bar(x, PLOT - h, barWidth, h, labels.get(i), c, oldest || newest, labelX, anchor));
        }
        bars.sort(java.util.Comparator.comparingInt(Bar::x));
        return new TimeChart(List.copyOf(bars), width, HEIGHT, max);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Whether the bars are months ("2023-12") rather than days, so that a caption can say which. */
    public boolean byMonth() {
        return !bars.isEmpty() && bars.get(0).label().length() == 7;
    }

    /** The y of the axis line and the baseline of labels. */
    public int axisY() {
        return PLOT;
    }

    public int labelY() {
        return PLOT + 18;
    }
}
