package org.marsad.arabic.dates;

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
    /** The first chars of {@link #ARABIC_START}'s alternatives. */
    static final String ARABIC_START_CHARS = "0123456789اصملفظعضين";
    static final String WEEKDAY = DateWords.weekdayAlternation();
    static final String PART_OF_DAY = "(?:صباح|مساء|ليله|ليل|فجر|ظهر|ظهيره|عصر|ضحي|يوم|نهار)\\s+";
    /** A weekday before a date: "الأحد، 14 …", "مساء الأحد الموافق 14 …". */
    static final String WEEKDAY_BEFORE = "(?:(?:" + PART_OF_DAY + ")?(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*"
            + "(?:الموافق\\s*)?)?";
    static final String ERA = "(?:\\s*(?<era>هجريه|هجري|ه|ميلاديه|ميلادي|م)" + END_OF_WORD + "\\.?)?";

    private DatePatterns() {
    }

    static boolean isPast(String rel) {
        return rel != null && PAST.contains(rel);
    }

    static boolean isFuture(String rel) {
        return rel != null && FUTURE.contains(rel);
    }
}
