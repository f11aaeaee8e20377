package org.marsad.arabic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells a headline whose news is what someone said (a statement: "Iran threatens …", "Macron urges …") and whether a
 * headline names a kind of deed (a killing, a strike, an attack). News labelling counts two statements made on
 * different occasions in a running dispute as two events, however alike their wording, while statements about one
 * deed (a vow of revenge for a killing, the killing's confirmation) report that deed. Words are compared in their
 * {@link ArabicNormalizer#search} form, with attached conjunctions, prepositions and the article allowed.
 */
public final class Statements {
    /** What separates a headline's words: compiled once (String.split compiled it for every headline it read). */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Verbs and words of saying in headlines: threatens, vows, urges, confirms, warns, accuses, denies, is ready. */
    private static final Set<String> SAYING = fold(List.of("يهدد", "تهدد", "يتوعد", "تتوعد", "يطالب", "تطالب",
            "يؤكد", "تؤكد", "يحذر", "تحذر", "يلوح", "تلوح", "يتهم", "تتهم", "يرجح", "ترجح", "يدعو", "تدعو", "يدين",
            "تدين", "يندد", "تندد", "ينفي", "تنفي", "يقول", "تقول", "يرفض", "ترفض", "يعتذر", "تعتذر", "مستعد", "مستعدة",
            "يتعهد", "تتعهد"));
    /** Nouns that name a deed: killing, strike, attack, bombing, blast, shelling, assassination, crash. */
    private static final Set<String> DEEDS = fold(List.of("مقتل", "قتل", "غارة", "غارات", "هجوم", "هجمات", "تفجير",
            "انفجار", "ضربة", "ضربات", "قصف", "اغتيال", "اعتداء", "حادث", "حادثة", "تحطم", "اعتراض", "اختطاف"));

    /**
     * Nouns a reaction is written with when its headline opens on the happening it answers rather than on a speaker:
     * «إدانة الهجوم على …» (condemnation), «تعليقا على مقتل …» (commenting on), «ردا على …», «ردود …» (in reply,
     * reactions), «تنديد», «استنكار», «ترحيب», «تعزية», «تضامنا».
     */
    private static final Set<String> REACTING = fold(List.of("إدانة", "إدانات", "تعليقا", "تعليق", "ردا", "رد",
            "ردود", "تنديد", "استنكار", "ترحيب", "تعزية", "تعازي", "شجب", "تضامن", "تضامنا"));

    /** Words of a missile or rocket. */
    private static final Set<String> MISSILES = fold(List.of("صاروخ", "صاروخا", "صاروخين", "صواريخ"));
    /** Words of intercepting or downing one: interception, intercepts, destroys. */
    private static final Set<String> INTERCEPTING = fold(List.of("اعتراض", "اعتراضها", "تعترض", "يعترض", "تدمر",
            "يدمر", "اسقاط"));

    private Statements() {
    }

    /**
     * True when the headline reports what someone said: it holds a verb of saying (threatens, urges, warns …).
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean isStatement(String headline) {
        return holds(headline, SAYING);
    }

    /**
     * True when the headline names a kind of deed (a killing, a strike, an attack …), whoever reports it.
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean namesHappening(String headline) {
        return holds(headline, DEEDS);
    }

    /**
     * True when the headline reports a reaction: what someone said ({@link #isStatement}), or a noun of reacting
     * («إدانة», «تعليقا على», «ردا على», «ردود»). Whether it names the happening it reacts to is the caller's to read.
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean isReaction(String headline) {
        return holds(headline, SAYING) || holds(headline, REACTING);
    }

    /**
     * True when the headline reports a missile intercepted or downed ("the coalition intercepts two Houthi missiles
     * towards Jazan"): a deed of a kind that recurs every few days in one conflict, so that two such reports a day
     * apart are as a rule two occasions, however alike their words, places and actors.
     *
     * @param headline a headline as written; null or blank gives false
     */
    public static boolean reportsInterception(String headline) {
        return holds(headline, MISSILES) && holds(headline, INTERCEPTING);
    }

    /** True when the word (search form) is a verb or word of saying, with attached particles allowed. */
    static boolean saying(String w) {
        return listed(w, SAYING);
    }

    private static boolean holds(String headline, Set<String> listed) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        for (String w : NOT_WORD.split(ArabicNormalizer.search(headline))) {
            if (listed(w, listed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word, or the word without an attached conjunction (و ف), then a preposition (ب ك ل), then the
     * article (ال, or the ل left of لل), is listed: "ويحذر", "لمقتل", "بالقصف", "للهجوم".
     */
    static boolean listed(String w, Set<String> listed) {
        String x = w;
        if (listed.contains(x)) {
            return true;
        }
        if (x.length() > 3 && (x.charAt(0) == 'و' || x.charAt(0) == 'ف')) {
            x = x.substring(1);
            if (listed.contains(x)) {
                return true;
            }
        }
        if (x.startsWith("لل") && x.length() > 4 && listed.contains(x.substring(2))) {
            return true;
        }
        if (x.length() > 3 && (x.charAt(0) == 'ب' || x.charAt(0) == 'ك' || x.charAt(0) == 'ل')) {
            String y = x.substring(1);
            if (listed.contains(y) || y.startsWith("ال") && listed.contains(y.substring(2))) {
                return true;
            }
        }
        return x.startsWith("ال") && x.length() > 4 && listed.contains(x.substring(2));
    }

    private static Set<String> fold(List<String> words) {
        return words.stream().map(ArabicNormalizer::search).collect(Collectors.toUnmodifiableSet());
    }
}
