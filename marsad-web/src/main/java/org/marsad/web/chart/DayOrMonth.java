package org.marsad.web.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedMap;

/**
 * The one rule every chart of values per day follows to draw its bars by day or by month: the search page's
 * coverage chart, an entity's mentions per day, a figure's values per day.
 *
 * <p>Days are kept when each day's slot is at least {@link #MIN_DAY_SLOT} picture units wide (a span of at most
 * {@link #ROOMY_DAYS} days, first day to last), or when the span is at most {@link #DAILY_DAYS} days (about two
 * years) and dense, at least one day in {@link #DENSE_EVERY} having a value; months otherwise. A few values
 * scattered over months would be 1-pixel lines lost among empty days: by month they are bars a reader sees, while
 * a dense span keeps its days, whose thin bars still draw its shape.
 */
public final class DayOrMonth {
    /** The longest span, in days, drawn by the day (two years, a leap day included), and then only when dense. */
    public static final int DAILY_DAYS = 731;
    /** The narrowest slot, in picture units (the picture is {@code TimeChart.WIDTH} wide), a sparse day gets. */
    public static final int MIN_DAY_SLOT = 8;
    /** The longest span, in days, drawn by the day however few of its days have values. */
    public static final int ROOMY_DAYS = TimeChart.WIDTH / MIN_DAY_SLOT;
    /** A span is dense when at least one of this many days has a value. */
    public static final int DENSE_EVERY = 4;

    private DayOrMonth() {
    }

    /**
     * Whether the days are drawn as days (else by month).
     *
     * @param days a value per day; days with a zero value count as days without one
     */
    public static boolean byDay(SortedMap<LocalDate, Long> days) {
        if (days.isEmpty()) {
            return true;
        }
        long span = ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) + 1;
        if (span <= ROOMY_DAYS) {
            return true;
        }
        long withValues = 0;
        for (Long c : days.values()) {
            if (c != null && c > 0) {
                withValues++;
            }
        }
        return span <= DAILY_DAYS && withValues * DENSE_EVERY >= span;
    }
}
