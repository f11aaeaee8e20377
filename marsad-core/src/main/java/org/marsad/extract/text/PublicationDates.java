package org.marsad.extract.text;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.dates.DateMention;
import org.marsad.extract.PublishedMentions;

/**
 * Publication dates of raw pages. Recognising dates is the Arabic module's job ({@link ArabicDates}); this class
 * only turns a mention into the article's {@code published} value and tells a date line from a sentence that
 * happens to contain a date.
 */
final class PublicationDates {
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}\\s*:\\s*\\d{2}(?:\\s*:\\s*\\d{2})?\\s*(?:[صم]|صباح[اً]*|مساء[ًا]*|[AaPp]\\.?[Mm]\\.?)?");
    /** A stated offset: "GMT", "UTC+3", "GMT +03:00", "+0300". */
    private static final Pattern OFFSET = Pattern.compile(
            "(?:\\b(?:GMT|UTC)\\b|توقيت\\s+غرينتش|بتوقيت\\s+جرينتش)\\s*(?<sign>[+-])?\\s*(?<h>\\d{1,2})?(?::?(?<m>\\d{2}))?"
                    + "|(?<![\\d:])(?<sign2>[+-])(?<h2>\\d{2}):?(?<m2>\\d{2})\\b");
    private static final Pattern DIGIT = Pattern.compile("[0-9\\u0660-\\u0669\\u06F0-\\u06F9]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private PublicationDates() {
    }

    /**
     * The {@code published} value of a date text: the first absolute date it names (the last day of a period,
     * see {@link PublishedMentions}), as an ISO date, or as a date-time (with the offset the text states, if any)
     * when a time is given. Null when there is none. A time without offset is settled by the caller.
     */
    static String iso(String text) {
        DateMention m = PublishedMentions.pick(text, mentions(text));
        if (m == null) {
            return null;
        }
        if (m.time() == null) {
            return m.value().toString();
        }
        LocalDateTime local = LocalDateTime.of(m.value(), m.time());
        ZoneOffset offset = offset(text);
        return offset == null ? local.toString() : local.atOffset(offset).toString();
    }

    /**
     * True when the line is a date and little else ("الأحد 14 يناير 2024 - 10:30 ص"), as opposed to a sentence
     * mentioning a date.
     */
    static boolean isDateOnly(String line) {
        if (!hasDigit(line) || splitCount(line) > 12) {
            return false;
        }
        List<DateMention> found = mentions(line);
        // A mention without a value (a relative or year-less date) is not enough: "موقعة 7 أبريل" is a headline.
        if (found.isEmpty() || found.stream().allMatch(m -> m.value() == null)) {
            return false;
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = found.size() - 1; i >= 0; i--) {
            DateMention m = found.get(i);
            rest.replace(m.start(), m.end(), " ");
        }
        String remainder = OFFSET.matcher(TIME.matcher(rest).replaceAll(" ")).replaceAll(" ");
        if (DIGIT.matcher(remainder).find()) {
            return false;
        }
        Matcher w = WORD.matcher(remainder);
        int words = 0;
        while (w.find()) {
            words++;
        }
        return words <= 2;
    }

    /** DIGIT.matcher(s).find() without a matcher: this runs on most lines of a page. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                return true;
            }
        }
        return false;
    }

    /** How many parts {@code line.split("\\s+")} gives, without splitting: a leading space adds an empty part. */
    private static int splitCount(String line) {
        int words = LineClassifier.words(line);
        return words > 0 && LineClassifier.isRegexSpace(line.charAt(0)) ? words + 1 : words;
    }

    static ZoneOffset offset(String text) {
        Matcher m = OFFSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        String sign = m.group("sign") != null ? m.group("sign") : m.group("sign2");
        String h = m.group("h") != null ? m.group("h") : m.group("h2");
        String min = m.group("m") != null ? m.group("m") : m.group("m2");
        if (h == null) {
            return ZoneOffset.UTC;
        }
        int hours = Integer.parseInt(h);
        int minutes = min == null ? 0 : Integer.parseInt(min);
        if (hours > 14 || minutes > 59) {
            return null;
        }
        int total = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds("-".equals(sign) ? -total : total);
    }

    private static List<DateMention> mentions(String text) {
        // No reference day: a relative date ("أمس") on a raw page cannot be resolved, so it stays unknown.
        return ArabicDates.find(text, null);
    }
}
