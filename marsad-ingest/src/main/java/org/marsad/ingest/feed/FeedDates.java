package org.marsad.ingest.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.dates.DateMention;

/**
 * Feed dates as written, turned into the article contract's ISO-8601 shapes <em>keeping the feed's own
 * offset</em>: "Wed, 03 Jun 2020 03:01:00 +0400" becomes "2020-06-03T03:01:00+04:00", not the UTC instant a
 * generic parser would give (which can fall on the previous day). Reads RFC 822/1123 (RSS), RFC 3339 / W3C-DTF
 * (Atom, RDF dc:date, JSON Feed) and bare dates.
 */
public final class FeedDates {
    private static final DateTimeFormatter RFC822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .parseLenient()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .appendLiteral(' ')
            .appendPattern("MMM")
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral(' ')
            .appendPattern("HH:mm")
            .optionalStart().appendLiteral(':').appendPattern("ss").optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "+0000")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter OUT_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** RFC 822 zone names, as offsets. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT", "+0000"), Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Za-z]{1,3})$");
    private static final Pattern COLON_OFFSET = Pattern.compile("([+-]\\d\\d):(\\d\\d)$");

    private FeedDates() {
    }

    /** The ISO-8601 form of a feed date, keeping its offset; null when the text is not a date this reads. */
    public static String toIso(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return null;
        }
        String iso = Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-' ? iso8601(s) : rfc822(s);
        return iso != null ? iso : arabic(s);
    }

    /**
     * Some Arabic feeds write dates in Arabic ("الأربعاء 3 يونيو 2020 - 01:30 ص"): read through the Arabic toolkit.
     * No offset is stated, so the result is a local date or date-time; a date without a year is not taken (it
     * would need a reference day, which a feed date must not guess).
     */
    private static String arabic(String s) {
        if (!s.matches(".*\\d{4}.*|.*[\u0660-\u0669]{4}.*")) {
            return null;
        }
        try {
            for (DateMention m : ArabicDates.find(s, null)) {
                if (m.value() != null && !m.relative()) {
                    return m.time() == null ? m.value().toString()
                            : OUT_LOCAL.format(LocalDateTime.of(m.value(), m.time()));
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String iso8601(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).toString();
            }
            String t = s.replace(' ', 'T');
            if (t.endsWith("Z") || COLON_OFFSET.matcher(t).find() || t.matches(".*T.*[+-]\\d{4}$")) {
                if (t.matches(".*[+-]\\d{4}$")) {
                    t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
                }
                return OUT.format(OffsetDateTime.parse(t));
            }
            return OUT_LOCAL.format(LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String rfc822(String text) {
        // The weekday is redundant and often wrong in real feeds; a mismatch must not lose the date.
        String s = text.replaceFirst("^[A-Za-z]+\\.?,?\\s+", "");
        Matcher z = TRAILING_ZONE.matcher(s);
        if (z.find()) {
            String offset = ZONES.get(z.group(1).toUpperCase(Locale.ROOT));
            if (offset == null) {
                return null;
            }
            s = s.substring(0, z.start()) + " " + offset;
        } else {
            Matcher c = COLON_OFFSET.matcher(s);
            if (c.find()) {
                s = s.substring(0, c.start()) + c.group(1) + c.group(2);
            }
        }
        try {
            return OUT.format(ZonedDateTime.parse(s, RFC822).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
