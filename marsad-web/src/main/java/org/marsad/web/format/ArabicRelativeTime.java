package org.marsad.web.format;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.marsad.arabic.numbers.CountedNoun;

/**
 * "How long ago" in Arabic, as a news page says it: "منذ دقيقتين", "منذ 3 ساعات", "منذ 11 يوماً", "أمس".
 *
 * <p>The counting rule (singular, dual, plural, accusative singular) is {@link CountedNoun}'s; after منذ the
 * dual is genitive (دقيقتين) and one is the bare noun (منذ ساعة).
 */
public final class ArabicRelativeTime {

    static final CountedNoun SECOND = new CountedNoun("ثانية", "ثانيتين", "ثوانٍ", "ثانية", "ثانية");
    static final CountedNoun MINUTE = new CountedNoun("دقيقة", "دقيقتين", "دقائق", "دقيقة", "دقيقة");
    static final CountedNoun HOUR = new CountedNoun("ساعة", "ساعتين", "ساعات", "ساعة", "ساعة");
    static final CountedNoun DAY = new CountedNoun("يوم", "يومين", "أيام", "يوماً", "يوم");
    static final CountedNoun WEEK = new CountedNoun("أسبوع", "أسبوعين", "أسابيع", "أسبوعاً", "أسبوع");
    static final CountedNoun MONTH = new CountedNoun("شهر", "شهرين", "أشهر", "شهراً", "شهر");
    static final CountedNoun YEAR = new CountedNoun("سنة", "سنتين", "سنوات", "سنة", "سنة");

    private ArabicRelativeTime() {
    }

    private static final double MINUTE_SECONDS = 60;
    private static final double HOUR_SECONDS = 3600;
    private static final double DAY_SECONDS = 86_400;
    /** A month and a year as their average lengths, so that "منذ 3 سنوات" is never a year off at either end. */
    private static final double MONTH_DAYS = 30.44;
    private static final double YEAR_DAYS = 365.25;

    /**
     * How long before {@code now} the instant {@code then} was, rounded to the nearest count of the largest unit
     * that fits (1 h 59 reads "منذ ساعتين", not "منذ ساعة"); a future instant (clock skew) reads "الآن".
     */
    public static String since(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 45) {
            return "الآن";
        }
        return "منذ " + rounded(seconds);
    }

    /**
     * How long after {@code now} the instant {@code then} comes ("بعد 5 دقائق", "بعد ساعتين"), rounded as
     * {@link #since(Instant, Instant)} is; "الآن" when it is due or past.
     */
    public static String until(Instant then, Instant now) {
        long seconds = Duration.between(now, then).getSeconds();
        if (seconds < 30) {
            return "الآن";
        }
        long minutes = Math.max(1, Math.round(seconds / MINUTE_SECONDS));
        if (minutes < 60) {
            return "بعد " + count(minutes, MINUTE);
        }
        long hours = Math.round(seconds / HOUR_SECONDS);
        if (hours < 24) {
            return "بعد " + count(hours, HOUR);
        }
        return "بعد " + count(Math.round(seconds / DAY_SECONDS), DAY);
    }

    /** For a page that gives only the day of publication: "اليوم", "أمس", then "منذ يومين" and so on. */
    public static String since(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days <= 0) {
            return "اليوم";
        }
        if (days == 1) {
            return "أمس";
        }
        return "منذ " + roundedDays(days);
    }

    /**
     * A duration of at least 30 s as a count of minutes, hours or (below) days. Each unit is tried on the
     * rounded count: 59 min 50 s rounds to 60 minutes, which is an hour.
     */
    private static String rounded(long seconds) {
        long minutes = Math.max(1, Math.round(seconds / MINUTE_SECONDS));
        if (minutes < 60) {
            return count(minutes, MINUTE);
        }
        long hours = Math.round(seconds / HOUR_SECONDS);
        if (hours < 24) {
            return count(hours, HOUR);
        }
        return roundedDays(seconds / DAY_SECONDS);
    }

    /** At least half a day as days, weeks (under a month), months (under a year's rounding) or years. */
    private static String roundedDays(double days) {
        long wholeDays = Math.max(1, Math.round(days));
        if (wholeDays < 7) {
            return count(wholeDays, DAY);
        }
        if (days < 30) {
            return count(Math.round(days / 7), WEEK);
        }
        long months = Math.round(days / MONTH_DAYS);
        if (months < 12) {
            return count(months, MONTH);
        }
        return count(Math.max(1, Math.round(days / YEAR_DAYS)), YEAR);
    }

    /** "دقيقة", "دقيقتين", "3 دقائق", "11 دقيقة", "15 يوماً", "100 يوم", "103 أيام". */
    static String count(long n, CountedNoun noun) {
        return noun.count(n);
    }
}
