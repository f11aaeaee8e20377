package org.marsad.arabic.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The year of a date written without one ("7 أكتوبر", "الأحد 7 تشرين الأول"), chosen against the reference day.
 *
 * <ul>
 *   <li>"من العام الماضي / المقبل / الجاري": the year before, after or of the reference;</li>
 *   <li>الماضي: the latest such day before the reference; المقبل: the next one after it; الجاري: the one in the
 *       reference's year;</li>
 *   <li>otherwise the nearest to the reference, the past winning a tie (news reports the past);</li>
 *   <li>never a later year than the reference's unless the day is at most {@value #NEXT_YEAR_DAYS} days after it
 *       ("5 يناير" written on 20 December) or المقبل says so: a day the rules below would put further ahead is
 *       the nearest day within that bound, its weekday left aside ("الأحد 15 أبريل" in an article of December
 *       2026 is April 2026, not the next April nor the April of 2029 whose 15th is a Sunday: a reader's walk);</li>
 *   <li>a written weekday outweighs nearness: the nearest year within {@value #WEEKDAY_YEARS} years of the
 *       reference whose day falls on that weekday ("الأحد 7 أكتوبر" read on 2024-01-20 is 2018-10-07), else the
 *       nearest day as if no weekday were written. A day's weekday recurs at most 11 years apart, so the window
 *       always holds one except for 29 February.</li>
 * </ul>
 */
final class YearChoice {
    /** How many years either side of the reference a written weekday may move a date. */
    static final int WEEKDAY_YEARS = 6;
    /** Without a weekday, the date lies within a year of the reference. */
    private static final int NEAR_YEARS = 1;
    /** How far after the reference a year-less date may fall in a later year without المقبل. */
    static final int NEXT_YEAR_DAYS = 60;

    private YearChoice() {
    }

    /**
     * The day, or null when no year fits or the reference lies outside the month's calendar.
     *
     * @param rel     الماضي/المقبل/الجاري after the date, or null
     * @param yearRel الماضي/المقبل/الجاري in "من العام …", or null
     * @param weekday the weekday written before the date, or null
     */
    static LocalDate resolve(DateWords.Month month, int day, String rel, String yearRel, DayOfWeek weekday,
                             LocalDate reference) {
        DateWords.Calendar calendar = month.calendar();
        Integer refYear = Calendars.yearOf(calendar, reference);
        if (refYear == null) {
            return null;
        }
        if (yearRel != null) {
            int year = refYear + (DatePatterns.isPast(yearRel) ? -1 : DatePatterns.isFuture(yearRel) ? 1 : 0);
            return Calendars.of(calendar, year, month.number(), day);
        }
        LocalDate best = choose(calendar, month, day, rel, weekday, reference, refYear, false);
        if (best != null && Calendars.yearOf(calendar, best) > refYear && !DatePatterns.isFuture(rel)
                && best.toEpochDay() - reference.toEpochDay() > NEXT_YEAR_DAYS) {
            best = choose(calendar, month, day, rel, null, reference, refYear, true);
        }
        return best;
    }

    /** The best candidate; {@code bounded}: none in a later year further than {@link #NEXT_YEAR_DAYS} ahead. */
    private static LocalDate choose(DateWords.Calendar calendar, DateWords.Month month, int day, String rel,
                                    DayOfWeek weekday, LocalDate reference, Integer refYear, boolean bounded) {
        int span = weekday == null ? NEAR_YEARS : WEEKDAY_YEARS;
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int year = refYear - span; year <= refYear + span; year++) {
            LocalDate candidate = Calendars.of(calendar, year, month.number(), day);
            if (candidate == null) {
                continue;
            }
            long distance = candidate.toEpochDay() - reference.toEpochDay();
            if (bounded && year > refYear && distance > NEXT_YEAR_DAYS) {
                continue;
            }
            if (DatePatterns.isPast(rel) && distance >= 0 || DatePatterns.isFuture(rel) && distance <= 0
                    || isCurrent(rel) && !refYear.equals(Calendars.yearOf(calendar, candidate))) {
                continue;
            }
            boolean near = Math.abs(year - refYear) <= NEAR_YEARS;
            boolean agrees = weekday != null && candidate.getDayOfWeek() == weekday;
            if (!near && !agrees) {
                continue; // a far year is only worth taking for its weekday
            }
            // a weekday that agrees beats any distance; then nearest; on a tie the past wins
            long score = (agrees || weekday == null ? 0 : 1L << 40) + Math.abs(distance) * 2 + (distance > 0 ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static boolean isCurrent(String rel) {
        return rel != null && !DatePatterns.isPast(rel) && !DatePatterns.isFuture(rel);
    }
}
