package org.marsad.web.format;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "How long ago" in Arabic, as a news page says it: "منذ دقيقتين", "منذ 3 ساعات", "منذ 11 يوماً", "أمس".
 *
 * <p>Arabic counting picks the noun form from the number: 1 takes the singular, 2 the dual (the number itself is
 * not written), a number whose last two digits are 3–10 the plural, 11–99 the accusative singular (with tanween
 * alif on masculine nouns: يوماً, شهراً), and 100, 101, 102, … the genitive singular.
 *
 * <p>Why here and not in marsad-arabic: the phrasing is a display concern of the web face; if another module
 * needs counted nouns, move {@link #count} there.
 */
public final class ArabicRelativeTime {

    /** A countable noun's forms: singular, dual (genitive, after منذ), plural, and accusative singular (11–99). */
    record Noun(String singular, String dual, String plural, String accusative) {
    }

    static final Noun SECOND = new Noun("ثانية", "ثانيتين", "ثوانٍ", "ثانية");
    static final Noun MINUTE = new Noun("دقيقة", "دقيقتين", "دقائق", "دقيقة");
    static final Noun HOUR = new Noun("ساعة", "ساعتين", "ساعات", "ساعة");
    static final Noun DAY = new Noun("يوم", "يومين", "أيام", "يوماً");
    static final Noun WEEK = new Noun("أسبوع", "أسبوعين", "أسابيع", "أسبوعاً");
    static final Noun MONTH = new Noun("شهر", "شهرين", "أشهر", "شهراً");
    static final Noun YEAR = new Noun("سنة", "سنتين", "سنوات", "سنة");

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
    static String count(long n, Noun noun) {
        if (n == 1) {
            return noun.singular();
        }
        if (n == 2) {
            return noun.dual();
        }
        long lastTwo = n % 100;
        if (lastTwo >= 3 && lastTwo <= 10) {
            return n + " " + noun.plural();
        }
        if (lastTwo >= 11) {
            return n + " " + noun.accusative();
        }
        return n + " " + noun.singular();
    }
}
