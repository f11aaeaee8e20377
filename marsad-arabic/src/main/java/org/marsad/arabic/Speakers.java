package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who speaks in a statement headline: the subject of its verb of saying («ترامب يهدد ...» → ترامب,
 * «يحذر وزير الدفاع ...» → وزير دفاع) or the speaker before a quote's colon («لافروف: ...» → لافروف). News labelling
 * counts statements by different speakers on one subject as different events, however alike their words; a story
 * that remembers its speakers can tell a new speaker's statement from a rewrite of one it carries. Nothing is
 * guessed: a headline that is no statement, or whose speaker is not written next to the verb, has none.
 */
public final class Speakers {
    /** Speaker words read, at most (the nearest to the verb). */
    private static final int WORDS = 2;
    /**
     * Titles that many speakers share («رئيس», «وزير»): two speakers that share only a title are not the same one
     * (the Iraqi president and the Turkish one).
     */
    private static final Set<String> TITLES = java.util.stream.Stream.of("رئيس", "وزير", "وزيرة", "وزارة", "مسؤول",
            "مصدر", "مصادر", "متحدث", "ناطق", "زعيم", "قائد", "أمين", "مندوب", "سفير", "نائب", "ملك", "أمير", "حكومة",
            "خارجية", "جيش").map(ArabicNormalizer::search).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Speakers() {
    }

    /**
     * The speaker of a statement headline, as search-form words without the article, or empty when the headline is no
     * statement or names no speaker beside its verb of saying.
     *
     * @param headline a headline as written; null or blank gives empty
     */
    public static List<String> of(String headline) {
        if (headline == null || headline.isBlank()) {
            return List.of();
        }
        String h = headline.strip();
        int colon = h.indexOf(':');
        if (EventActs.isQuote(h) && colon > 0 && !isQuoteMark(h.charAt(0))) {
            // «لافروف: الضربة لن تمر»: the words before the colon are the speaker.
            return nearest(EventActs.words(h.substring(0, colon)), Integer.MAX_VALUE);
        }
        String[] words = EventActs.words(h);
        int at = -1;
        for (int i = 0; i < words.length && at < 0; i++) {
            if (!words[i].isEmpty() && Statements.saying(words[i])) {
                at = i;
            }
        }
        Optional<EventActs.Reading> r = EventActs.read(h);
        if (r.isPresent() && r.get().act() == EventActs.Act.STATEMENT && (at < 0 || r.get().at() < at)) {
            at = r.get().at();
        }
        if (at < 0) {
            return List.of();
        }
        List<String> before = nearest(words, at);
        return before.isEmpty() ? after(words, at) : before;
    }

    /**
     * True when two speakers are one: they share a word that is not a mere title, or one of them is titles alone and
     * all its words are the other's («الرئيس» and «الرئيس ترامب»; not «وزير الخارجية» and «وزير الدفاع»). Empty
     * speakers are never one.
     */
    public static boolean same(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.stream().allMatch(TITLES::contains) && b.containsAll(a)
                || b.stream().allMatch(TITLES::contains) && a.containsAll(b)) {
            return true;
        }
        for (String w : a) {
            if (b.contains(w) && !TITLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(char c) {
        return c == '«' || c == '"' || c == '\u201C' || c == '\u201D';
    }

    // The content words nearest before position `end` (exclusive), at most WORDS, in headline order.
    private static List<String> nearest(String[] words, int end) {
        List<String> out = new ArrayList<>();
        for (int i = Math.min(end, words.length) - 1; i >= 0 && out.size() < WORDS; i--) {
            String w = words[i];
            if (content(w)) {
                out.add(0, plain(w));
            }
        }
        return out;
    }

    // A verb-first headline («يحذر وزير الدفاع من ...»): the content words right after the verb, up to a function word.
    private static List<String> after(String[] words, int at) {
        List<String> out = new ArrayList<>();
        for (int i = at + 1; i < words.length && out.size() < WORDS; i++) {
            if (!content(words[i]) || Statements.saying(words[i])) {
                break;
            }
            out.add(plain(words[i]));
        }
        return out;
    }

    private static boolean content(String w) {
        return w.length() >= 2 && !ArabicStopwords.contains(w) && !w.chars().allMatch(Character::isDigit);
    }

    private static String plain(String w) {
        String x = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.startsWith("ال", 1)
                ? w.substring(1) : w;
        return x.startsWith("ال") && x.length() > 4 ? x.substring(2) : x;
    }
}
