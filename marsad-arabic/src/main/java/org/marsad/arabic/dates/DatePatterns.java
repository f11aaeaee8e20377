package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Regular-expression pieces shared by the date finders. The patterns run on folded text ({@code FoldedText}):
 * no diacritics or tatweel, alef and ta marbuta folded, ASCII digits.
 */
final class DatePatterns {
    /** A date cannot start inside a word or a number. */
    static final String NOT_AFTER_LETTER = "(?<![\\p{L}\\p{N}])";
    static final String END_OF_WORD = "(?![\\p{L}])";
    static final String PAST = "الماضي|المنصرم|الفايت|السابق";
    static final String FUTURE = "المقبل|القادم";
    static final String CURRENT = "الجاري|الحالي";
    /** Fast rejection of word starts that cannot open an Arabic or numeric date (the patterns run per article). */
    static final String ARABIC_START = "(?=[0-9]|ال|اول|صباح|مساء|ليل|فجر|ظهر|عصر|ضحي|يوم|نهار)";
    static final String WEEKDAY = DateWords.weekdayAlternation();
    /** The words for a part of the day that may come before a weekday: "مساء الأحد". */
    static final List<String> PARTS_OF_DAY = List.of("صباح", "مساء", "ليله", "ليل", "فجر", "ظهر", "ظهيره", "عصر",
            "ضحي", "يوم", "نهار");
    static final String PART_OF_DAY = "(?:" + String.join("|", PARTS_OF_DAY) + ")\\s+";
    /** A weekday before a date: "الأحد، 14 …", "مساء الأحد الموافق 14 …". */
    static final String WEEKDAY_BEFORE = "(?:(?:" + PART_OF_DAY + ")?(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*"
            + "(?:الموافق\\s*)?)?";
    static final String ERA = "(?:\\s*(?<era>هجريه|هجري|ه|ميلاديه|ميلادي|م)" + END_OF_WORD + "\\.?)?";

    /** The ASCII digits, each a whole opening of a date that starts with a number. */
    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private DatePatterns() {
    }

    /**
     * The openings ({@link StartScan}) of the given words written after each of the given prefixes ("" for none):
     * each word up to its first space (a space in a word matches any whitespace run).
     */
    @SafeVarargs
    static List<String> openings(List<String> prefixes, Collection<String>... words) {
        List<String> out = new ArrayList<>();
        for (Collection<String> group : words) {
            for (String w : group) {
                int space = w.indexOf(' ');
                String first = space < 0 ? w : w.substring(0, space);
                for (String p : prefixes) {
                    out.add(p + first);
                }
            }
        }
        return out;
    }

    static boolean isPast(String rel) {
        return rel != null && PAST.contains(rel);
    }

    static boolean isFuture(String rel) {
        return rel != null && FUTURE.contains(rel);
    }
}
