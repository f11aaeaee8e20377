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

    /** How long before {@code now} the instant {@code then} was; a future instant (clock skew) reads "الآن". */
    public static String since(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 45) {
            return "الآن";
        }
        if (seconds < 3600) {
            return "منذ " + count(Math.max(1, Math.round(seconds / 60.0)), MINUTE);
        }
        if (seconds < 86_400) {
            return "منذ " + count(seconds / 3600, HOUR);
        }
        return ago(seconds / 86_400);
    }

    /**
     * How long after {@code now} the instant {@code then} comes ("بعد 5 دقائق", "بعد ساعتين"); "الآن" when it is
     * due or past.
     */
    public static String until(Instant then, Instant now) {
        long seconds = Duration.between(now, then).getSeconds();
        if (seconds < 30) {
            return "الآن";
        }
        if (seconds < 3600) {
            return "بعد " + count(Math.max(1, Math.round(seconds / 60.0)), MINUTE);
        }
        if (seconds < 86_400) {
            return "بعد " + count(seconds / 3600, HOUR);
        }
        return "بعد " + count(seconds / 86_400, DAY);
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
        return ago(days);
    }

    private static String ago(long days) {
        if (days < 7) {
            return "منذ " + count(days, DAY);
        }
        if (days < 30) {
            return "منذ " + count(days / 7, WEEK);
        }
        if (days < 365) {
            return "منذ " + count(days / 30, MONTH);
        }
        return "منذ " + count(days / 365, YEAR);
    }

    /** "دقيقة", "دقيقتين", "3 دقائق", "11 دقيقة", "15 يوماً", "100 يوم", "103 أيام". */
    static String count(long n, CountedNoun noun) {
        return noun.count(n);
    }
}
