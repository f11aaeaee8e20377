package org.marsad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.dates.DateMention;

/**
 * Which date of a page's date line is its publication date: the first absolute one — unless the line names a
 * period ("3 - 9 مارس 2024", "من 1 إلى 7 آذار", "يومي 3 و4 مارس"), which is dated by its last day.
 *
 * <p>Why the end: a period written where a page's date goes labels a weekly review, a digest or a situation
 * report, which covers the period and so appears once it is over; dating it by its first day would put it before
 * the events it reports. (A sentence announcing a coming event is not a date line: it never gets here.) The
 * line as written stays in {@code published_text}.
 */
public final class PublishedMentions {
    /** What may stand between the days of a period: و, a dash, إلى, حتى, لغاية. */
    private static final Pattern JOINER = Pattern.compile(
            "\\s*(?:و|-|–|—|إلى|الى|إلي|الي|حتى|حتي|لغاية|لغايه)\\s*");

    private PublishedMentions() {
    }

    /**
     * The mention that dates the page: the first with an absolute value; when it opens a period, the whole period
     * as written with the value (and time) of its last day. Null when no mention has an absolute value.
     *
     * @param text  the text the mentions were found in
     * @param found the mentions, in order, as {@link org.marsad.arabic.dates.ArabicDates#find} gives them
     */
    public static DateMention pick(String text, List<DateMention> found) {
        for (int i = 0; i < found.size(); i++) {
            DateMention m = found.get(i);
            if (m.value() == null || m.relative()) {
                continue;
            }
            DateMention first = m;
            // A day written as a bare number before a joiner is a day elided before the month of a later date.
            while (isBareDay(m) && i + 1 < found.size() && joined(text, m, found.get(i + 1))
                    && found.get(i + 1).value() != null && !found.get(i + 1).value().isBefore(m.value())) {
                m = found.get(++i);
            }
            return m == first ? m : new DateMention(text.substring(first.start(), m.end()), first.start(), m.end(),
                    m.value(), m.time(), false);
        }
        return null;
    }

    private static boolean isBareDay(DateMention m) {
        return !m.text().isEmpty() && m.text().chars().allMatch(Character::isDigit);
    }

    private static boolean joined(String text, DateMention a, DateMention b) {
        return b.start() >= a.end() && JOINER.matcher(text.substring(a.end(), b.start())).matches();
    }
}
