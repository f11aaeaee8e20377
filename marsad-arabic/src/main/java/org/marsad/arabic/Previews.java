package org.marsad.arabic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells a headline that announces a happening still to come (a preview: "the awaited summit", "X will cross the
 * border", "before the match") from one that reports a happening. News labelling treats a preview and the
 * happening it announces as two events (the preview of a match and its result), so the story stage keeps them
 * apart. Words are compared in their {@link ArabicNormalizer#search} form, with an attached "و" or "ف" allowed.
 */
public final class Previews {
    /** What separates a headline's words: compiled once (String.split compiled it for every headline it read). */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that on their own say the headline's happening lies ahead: awaited, prepares, will hold, tomorrow. */
    private static final Set<String> AHEAD = fold(List.of("مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "المرتقبين",
            "يستعد", "تستعد", "يستعدون", "استعدادات", "سيصبح", "ستصبح", "سيعبر", "ستعبر", "سيعقد", "ستعقد",
            "سيلتقي", "ستلتقي", "سيزور", "ستزور", "غدا", "عشية"));
    /** "Before", which says so only in front of the happening itself ("before the summit"), not of a span. */
    private static final Set<String> BEFORE = fold(List.of("قبل", "قبيل"));
    /** Happenings named after "before" without the article ("before a match"). */
    private static final Set<String> HAPPENINGS = fold(List.of("مواجهة", "مباراة", "لقاء", "قمة", "مؤتمر", "زيارة",
            "اجتماع", "انتخابات", "نهائي", "افتتاح", "موعد", "موقعة", "ديربي", "كلاسيكو"));
    /** Days of the week: "Thursday next" dates a happening still to come ("talks resume next Thursday"). */
    private static final Set<String> WEEKDAYS = fold(List.of("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت"));
    /**
     * "Next" after a day of the week. Not after a month or a year: "elections in June next" is reported when they
     * are called, and the calling is the happening.
     */
    private static final Set<String> NEXT = fold(List.of("المقبل", "القادم", "المقبلة", "القادمة"));
    /** "On a date with" ("Salah has a date with the night of glory"): a happening set for later. */
    private static final String[] DATE_WITH = {ArabicNormalizer.search("على"), ArabicNormalizer.search("موعد"),
            ArabicNormalizer.search("مع")};
    /** Definite words after "before" that name a span of time, not a happening ("before now", "before the end"). */
    private static final Set<String> SPANS = fold(List.of("الان", "الموعد", "النهاية", "نهاية"));

    private Previews() {
    }

    /**
     * True when the headline announces a happening still to come.
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean announcesAhead(String headline) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        String[] words = NOT_WORD.split(ArabicNormalizer.search(headline));
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i], AHEAD);
            if (AHEAD.contains(w)) {
                return true;
            }
            if (i > 0 && NEXT.contains(words[i]) && WEEKDAYS.contains(bare(words[i - 1], WEEKDAYS))) {
                return true;
            }
            if (i + 2 < words.length && words[i].equals(DATE_WITH[0])
                    && words[i + 1].equals(DATE_WITH[1]) && words[i + 2].equals(DATE_WITH[2])) {
                return true;
            }
            if (BEFORE.contains(bare(words[i], BEFORE)) && i + 1 < words.length) {
                String next = words[i + 1];
                if (next.startsWith("ال") && next.length() > 3 && !SPANS.contains(next) || HAPPENINGS.contains(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word without an attached conjunction when that makes it one of the listed words. */
    private static String bare(String w, Set<String> listed) {
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && listed.contains(w.substring(1))) {
            return w.substring(1);
        }
        return w;
    }

    private static Set<String> fold(List<String> words) {
        return words.stream().map(ArabicNormalizer::search).collect(Collectors.toUnmodifiableSet());
    }
}
