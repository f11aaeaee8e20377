package org.marsad.arabic.dates;

import static org.marsad.arabic.dates.DatePatterns.END_OF_WORD;
import static org.marsad.arabic.dates.DatePatterns.NOT_AFTER_LETTER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days counted from the reference: "منذ ثلاثة أيام", "قبل يومين", "منذ 15 يوماً", "قبل أسبوع", "بعد ثلاثة أسابيع".
 *
 * <p>Only days and weeks, which name one day; "منذ أشهر" or "منذ أيام" (no count) name none. A count of days
 * before an event ("قبل ثلاثة أيام من الانتخابات") is counted from the event, not the reference, and is no date;
 * nor is "منذ يوم الجمعة", where يوم opens a named day.
 */
final class ElapsedDates {
    static final Pattern ELAPSED = Pattern.compile(NOT_AFTER_LETTER + "(?:[وف](?=منذ|قبل|بعد))?"
            + "(?<r>(?<dir>منذ|قبل|بعد)\\s+"
            + "(?:(?<n>\\d{1,3})(?!\\d)\\s*|(?<nw>" + DateWords.countAlternation() + ")\\s+)?"
            + "(?<u>" + DateWords.durationAlternation() + ")" + END_OF_WORD
            + "(?:\\s+(?<one>واحد|واحدا)" + END_OF_WORD + ")?)");

    static final StartScan STARTS = new StartScan(DatePatterns.openings(List.of("", "و", "ف"),
            List.of("منذ", "قبل", "بعد")), "");

    /** Words after the count that tie it to an event instead of the reference. */
    private static final Set<String> FROM_AN_EVENT = Set.of("من", "علي");

    private ElapsedDates() {
    }

    /** Adds every counted day inside the windows of folded text {@code f}; values are null without a reference. */
    static void find(String f, List<int[]> windows, LocalDate reference, List<Candidate> out) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher m = ELAPSED.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            STARTS.find(m, f, w[0], w[1], found -> {
                Integer days = days(found, f);
                if (days == null) {
                    return;
                }
                LocalDate value = reference == null ? null
                        : found.group("dir").equals("بعد") ? reference.plusDays(days) : reference.minusDays(days);
                out.add(new Candidate(found.start("r"), found.end(), value, null, true));
            });
        }
    }

    /** How many days the match counts, or null when it is no count of days from the reference. */
    private static Integer days(Matcher m, String f) {
        String next = Words.after(f, m.end());
        if (FROM_AN_EVENT.contains(next)) {
            return null;
        }
        DateWords.Duration unit = DateWords.duration(m.group("u"));
        boolean digits = m.group("n") != null;
        int count = digits ? Integer.parseInt(m.group("n"))
                : m.group("nw") != null ? DateWords.count(m.group("nw")) : 0;
        if (digits) {
            // "منذ 3 أيام", "منذ 15 يوماً": any count written in digits, the noun's number is not checked
            return unit.plurality() == DateWords.Plurality.TWO || count < 1 ? null : count * unit.days();
        }
        return switch (unit.plurality()) {
            // "منذ يوم الجمعة": يوم opens a named day
            case ONE -> count == 0 && !next.startsWith("ال") ? unit.days() : null;
            case TWO -> count == 0 && m.group("one") == null ? 2 * unit.days() : null;
            case FEW -> count >= 3 && count <= 10 && m.group("one") == null ? count * unit.days() : null;
            case MANY -> null; // eleven and more are written in digits here
        };
    }
}
