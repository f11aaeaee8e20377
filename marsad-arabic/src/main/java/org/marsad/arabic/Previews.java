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

    /**
     * The wider reading's cues ({@link #announcesAheadWidely}): "soon", "within hours / days" — what comes, dated
     * vaguely.
     */
    private static final Set<String> SOON = fold(List.of("قريبا", "وقريبا"));
    /** "Within" before "hours" or "days": a happening dated a few hours or days ahead. */
    private static final String WITHIN = ArabicNormalizer.search("خلال");
    private static final Set<String> FEW_UNITS = fold(List.of("ساعات", "أيام", "الساعات", "الأيام"));
    /** Future verbs of coming, going, taking part or missing: a return, an arrival, a player in or out of a match. */
    private static final Set<String> WILL_COME = fold(List.of("سيعود", "ستعود", "سيصل", "ستصل", "سيتوجه", "ستتوجه",
            "سيحضر", "ستحضر", "سيشارك", "ستشارك", "سيغيب", "ستغيب"));
    /** Doubt ("mystery", "doubts") over a player's or a party's taking part: the match or the meeting lies ahead. */
    private static final Set<String> DOUBT = fold(List.of("غموض", "الغموض", "غامضة", "غامض", "شكوك", "الشكوك",
            "تساؤلات"));
    private static final Set<String> TAKING_PART = fold(List.of("مشاركة", "بمشاركة", "لمشاركة"));
    /** A team's line-up ... and the side it faces: the line-up named before the match. */
    private static final Set<String> LINE_UP = fold(List.of("التشكيلة", "تشكيلة", "للتشكيلة", "بالتشكيلة",
            "التشكيل", "تشكيل"));
    private static final Set<String> FACING = fold(List.of("ضد", "أمام", "لمواجهة", "لمباراة"));
    /**
     * A gathering named first in a headline without a verb ("a tripartite meeting to discuss …", "an emergency
     * session to discuss …"): the gathering announced with its agenda, before it sits. A gathering that is
     * reported sitting carries a verb ("they meet in Ankara to discuss …") and does not start with the noun.
     */
    private static final Set<String> GATHERINGS = fold(List.of("اجتماع", "اجتماعان", "اجتماعات", "لقاء", "قمة",
            "جلسة", "مؤتمر", "محادثات", "مباحثات", "مشاورات"));
    private static final Set<String> TO_DISCUSS = fold(List.of("لبحث", "لمناقشة", "للتباحث", "لدراسة"));

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

    /**
     * True when the headline announces a happening still to come as {@link #announcesAhead} reads it, or by one of
     * the cues that reading misses (issue 20, 2026-12-07: the previews and announcements the shipped gate joined to
     * the happening they announce on the twenty-first held-out sample): "soon" or "within hours / days" anywhere;
     * a future verb of coming, taking part or missing («سيعود», «سيشارك», «سيغيب»); doubt over someone's taking
     * part («غموض بشأن مشاركة …»); a line-up named with the side it faces («التشكيلة … ضد …»); a gathering named
     * first with its agenda and no verb («اجتماع ثلاثي لبحث …»), also after a speaker's colon.
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean announcesAheadWidely(String headline) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        if (announcesAhead(headline)) {
            return true;
        }
        String folded = ArabicNormalizer.search(headline);
        int colon = folded.indexOf(':');
        String[] words = NOT_WORD.split(folded.strip());
        String[] afterColon = colon < 0 ? new String[0] : NOT_WORD.split(folded.substring(colon + 1).strip());
        if (gatheringToDiscuss(words) || gatheringToDiscuss(afterColon)) {
            return true;
        }
        boolean doubt = false;
        boolean lineUp = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (SOON.contains(w) || WILL_COME.contains(bare(w, WILL_COME))
                    || w.equals(WITHIN) && i + 1 < words.length && FEW_UNITS.contains(words[i + 1])) {
                return true;
            }
            if (doubt && TAKING_PART.contains(w) || lineUp && FACING.contains(w)) {
                return true;
            }
            doubt |= DOUBT.contains(w);
            lineUp |= LINE_UP.contains(w);
        }
        return false;
    }

    /** True when the words open with a gathering and name what it is to discuss, with no word before the noun. */
    private static boolean gatheringToDiscuss(String[] words) {
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (first >= words.length || !GATHERINGS.contains(words[first])) {
            return false;
        }
        for (int i = first + 1; i < words.length; i++) {
            if (TO_DISCUSS.contains(words[i])) {
                return true;
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
