package org.marsad.web.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A publication day written in Arabic, in the Gregorian calendar ("الأحد 24 ديسمبر 2023") and the Hijri
 * (Umm al-Qura) calendar ("11 جمادى الآخرة 1445 هـ"). Digits stay Western, as most Arabic news sites print them.
 */
public final class DateDisplay {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("EEEE d MMMM y", ARABIC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM y", ARABIC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM y", ARABIC);
    private static final DateTimeFormatter HIJRI = DateTimeFormatter.ofPattern("d MMMM y G", ARABIC)
            .withChronology(HijrahChronology.INSTANCE);

    private static final DayTexts GREGORIAN_TEXTS = new DayTexts(GREGORIAN);
    private static final DayTexts SHORT_TEXTS = new DayTexts(SHORT);
    private static final DayTexts MONTH_TEXTS = new DayTexts(MONTH);

    private DateDisplay() {
    }

    /**
     * One formatter's text per day, kept once written. A search page writes a day or month in words for every hit
     * and for every bar of its coverage chart (hundreds over a long span), and the Arabic formatter was the larger
     * part of the chart's cost. The days an archive covers are few (tens of thousands over decades); past
     * {@link #KEPT} days the rest are formatted each time, so odd dates cannot grow the map without end.
     */
    private static final class DayTexts {
        static final int KEPT = 50_000;
        private final DateTimeFormatter format;
        private final java.util.concurrent.ConcurrentHashMap<LocalDate, String> texts =
                new java.util.concurrent.ConcurrentHashMap<>();

        DayTexts(DateTimeFormatter format) {
            this.format = format;
        }

        String text(LocalDate day) {
            String t = texts.get(day);
            if (t == null) {
                t = format.format(day);
                if (texts.size() < KEPT) {
                    texts.putIfAbsent(day, t);
                }
            }
            return t;
        }
    }

    /** Weekday, day, month name and year in the Gregorian calendar. */
    public static String gregorian(LocalDate day) {
        return GREGORIAN_TEXTS.text(day);
    }

    /** Day, month name and year, without the weekday. */
    public static String gregorianShort(LocalDate day) {
        return SHORT_TEXTS.text(day);
    }

    /**
     * The time of day as the place of publication saw it, with that place's offset from UTC: "09:30 UTC+01:00",
     * "22:05 UTC". The offset is part of the value: a reader in another zone must not take it for their own clock.
     */
    public static String hour(OffsetDateTime t) {
        ZoneOffset o = t.getOffset();
        return HOUR.format(t) + " UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId());
    }

    /**
     * An instant in full, for a tooltip: the clock zone's date and time with the zone, "الأحد 6 ديسمبر 2026، 08:42
     * Asia/Riyadh" (never the raw ISO-8601 text with its nanoseconds).
     */
    public static String moment(java.time.Instant t, java.time.ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return gregorian(z.toLocalDate()) + "، " + hour(z);
    }

    /** An instant as the clock's zone shows it, with the zone: "10:00 UTC", "13:00 Asia/Riyadh". */
    public static String hour(ZonedDateTime t) {
        // A fixed zone by another name ("Etc/UTC", "UTC" as a region) reads as its offset, not as the region ID.
        if (t.getZone().normalized() instanceof ZoneOffset o) {
            return hour(t.toOffsetDateTime().withOffsetSameInstant(o));
        }
        return HOUR.format(t) + " " + t.getZone().getId();
    }

    /**
     * A "YYYY-MM-DD" day, as {@link LocalDate#parse} reads it (same value, same {@link
     * java.time.format.DateTimeParseException} for anything else), without the formatter: a search page reads one
     * such key per day with matches (thousands over a long span), and the general parser was a tenth of its
     * coverage chart's cost.
     */
    public static LocalDate isoDay(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text); // not a day: the parser's own exception and message
    }

    /** The number the ASCII digits in [from, to) write, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** "ديسمبر 2023" for a "2023-12" month key; the key itself when it is not one. */
    public static String month(String yearMonth) {
        try {
            return month(isoMonth(yearMonth));
        } catch (DateTimeException e) {
            return yearMonth;
        }
    }

    /**
     * "ديسمبر 2023" for that month. A search page names every month of its coverage chart (a hundred and more over a
     * long span) and of its month list; keyed by the month itself, no key text is built and parsed for each.
     */
    public static String month(YearMonth month) {
        String t = MONTHS.get(month);
        if (t == null) {
            t = MONTH_TEXTS.text(month.atDay(1));
            if (MONTHS.size() < DayTexts.KEPT) {
                MONTHS.putIfAbsent(month, t);
            }
        }
        return t;
    }

    private static final java.util.concurrent.ConcurrentHashMap<YearMonth, String> MONTHS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A "YYYY-MM" month, as {@link YearMonth#parse} reads it (same value, same {@link
     * java.time.format.DateTimeParseException} for anything else), without the formatter.
     */
    public static YearMonth isoMonth(CharSequence text) {
        if (text.length() == 7 && text.charAt(4) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            if (y >= 0 && m >= 1 && m <= 12) {
                return YearMonth.of(y, m);
            }
        }
        return YearMonth.parse(text); // not a month: the parser's own exception and message
    }

    /**
     * A search's date range (each end a "YYYY-MM-DD" key, or null when open) in words: "من 1 ديسمبر 2023 إلى 31
     * ديسمبر 2023", "5 ديسمبر 2026" for one day, "منذ 1 ديسمبر 2023" or "حتى 31 ديسمبر 2023" with one end open.
     * Not the ISO keys: after Arabic words the bidi algorithm takes a date's numbers for Arabic numbers and lays
     * them out right to left, so 2026-12-05 showed as 05-12-2026.
     */
    public static String range(String from, String to) {
        if (from == null) {
            return to == null ? "" : "حتى " + period(to);
        }
        if (to == null) {
            return "منذ " + period(from);
        }
        return from.equals(to) ? period(from) : "من " + period(from) + " إلى " + period(to);
    }

    /** A chart period key in Arabic: "24 ديسمبر 2023" for a day, "ديسمبر 2023" for a month, a year as it is. */
    public static String period(String key) {
        if (key.length() == 10) {
            try {
                return SHORT.format(isoDay(key));
            } catch (DateTimeException e) {
                return key;
            }
        }
        return key.length() == 7 ? month(key) : key;
    }

    /** The Hijri date, or empty outside the years the Umm al-Qura tables cover (1300–1600 AH). */
    public static Optional<String> hijri(LocalDate day) {
        try {
            return Optional.of(HIJRI.format(HijrahDate.from(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
