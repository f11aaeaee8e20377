package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.names.NameVariants;

/**
 * A name as resolution and search compare it: its words search-folded, each without the article (الأسد → اسد, so that
 * "الجزائر" and "جزائر" compare equal), spelling variants judged by the name toolkit ({@link NameVariants}).
 */
public final class NameWords {
    /** Fewest key letters for a name to match other than exactly. */
    static final int MIN_KEY = 3;
    /** Fewest letters (article off) of a word that may differ by one heard letter in {@link #close}. */
    static final int MIN_CLOSE_WORD = 4;
    /** Spellings whose words and keys are remembered (a few MB at most; an archive reuses far fewer names). */
    private static final int REMEMBERED = 20_000;
    // Declared before STATES, whose initializer splits names.
    private static final NameMemo<List<String>> WORDS = new NameMemo<>(REMEMBERED, NameWords::split);
    private static final NameMemo<String> KEYS = new NameMemo<>(REMEMBERED,
            spelling -> NameVariants.key(String.join(" ", compared(spelling))));

    private NameWords() {
    }

    /**
     * The folded words of a spelling, each without a leading article. عبد and the word after it are one word
     * (عبد العزيز is عبدالعزيز: outlets write the compound name with or without the space), its article kept.
     */
    public static List<String> words(String spelling) {
        return WORDS.get(spelling);
    }

    // words(), computed; the list is shared by every caller, so it cannot be changed.
    private static List<String> split(String spelling) {
        List<String> split = spaced(ArabicNormalizer.search(spelling));
        List<String> out = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            String w = split.get(i);
            if (w.equals(SERVANT) && i + 1 < split.size()) {
                out.add(w + split.get(++i));
                continue;
            }
            out.add(w.length() >= 5 && w.startsWith("ال") ? w.substring(2) : w);
        }
        return List.copyOf(out);
    }

    /**
     * The runs of a text between white space (the characters of the regular expression {@code \s}: space, tab,
     * line feed, vertical tab, form feed, carriage return), none empty. A scan, not {@code Pattern.split}: the
     * matcher it made per call was most of this method's cost, and resolution calls it for every candidate name
     * (an eighth of entity resolution's samples in an ingest profile).
     */
    static List<String> spaced(String text) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final String SERVANT = ArabicNormalizer.search("عبد");

    /** The variant key of a whole spelling (equal keys: maybe the same name). */
    public static String key(String spelling) {
        return KEYS.get(spelling);
    }

    /**
     * The words a name is compared by: {@link #words} without a trailing "international" (مجلس الأمن الدولي is
     * مجلس الأمن, صندوق النقد الدولي is صندوق النقد: outlets write the adjective or not), when two words remain.
     * Other adjectives name other bodies (مجلس الأمن القومي) and stay. A clan after a father's name goes too, and a
     * state's official long name is its short name ({@link #STATES}).
     */
    static List<String> compared(String spelling) {
        List<String> w = words(spelling);
        List<String> state = STATES.get(w);
        if (state != null) {
            return state;
        }
        if (w.size() >= 3 && INTERNATIONAL.contains(w.get(w.size() - 1))) {
            return w.subList(0, w.size() - 1);
        }
        int n = w.size();
        if (n >= 5 && w.get(n - 2).equals(CLAN) && patronymic(w, n - 3)) {
            // «سلمان بن عبدالعزيز آل سعود» is «سلمان بن عبد العزيز»: after a father's name the clan only adds the
            // family, which outlets write or leave out; a given name with its clan alone (حمد آل ثاني) stays whole
            return w.subList(0, n - 2);
        }
        return w;
    }

    /**
     * States whose official long name outlets write as often as the short one, by the long name's words: the whole
     * name only (سفارة الولايات المتحدة الأمريكية stays its own body). A short table because the rule is no rule of
     * the language: «الأمريكية» after «الولايات المتحدة» repeats the state, after «السفارة» it does not.
     */
    private static final java.util.Map<List<String>, List<String>> STATES = java.util.Map.of(
            words("الولايات المتحدة الأمريكية"), words("الولايات المتحدة"),
            words("الولايات المتحدة الأميركية"), words("الولايات المتحدة"),
            words("المملكة العربية السعودية"), words("السعودية"),
            words("الإمارات العربية المتحدة"), words("الإمارات"));

    /** آل (the clan: آل سعود, آل ثاني) as {@link #words} folds it. */
    private static final String CLAN = ArabicNormalizer.search("آل");

    private static final java.util.Set<String> INTERNATIONAL = java.util.Set.of(
            ArabicNormalizer.search("دولي"), ArabicNormalizer.search("دولية"));

    /**
     * The index form of one word of a name: folded, without the article, one letter per foreign sound (see
     * {@link NameVariants#soundForm}); spellings that differ only in those letters share it.
     */
    public static String form(String word) {
        String f = ArabicNormalizer.search(word).strip();
        return NameVariants.soundForm(f.length() >= 5 && f.startsWith("ال") ? f.substring(2) : f);
    }

    /** The variant key of one folded word. */
    public static String wordKey(String word) {
        return NameVariants.key(word);
    }

    /**
     * Whether two spellings write the same name. Short names (fewer than three consonants: ماي, مي) carry too little
     * to judge variants by, so they must be equal; a short name written in another number of words must be the same
     * letters (عبد الله/عبدالله), since three consonants split otherwise are another name (بي بي سي is not بيبسي).
     */
    public static boolean same(String a, String b) {
        List<String> x = compared(a);
        List<String> y = compared(b);
        if (x.equals(y)) {
            return !x.isEmpty();
        }
        String jx = String.join(" ", x);
        String jy = String.join(" ", y);
        int key = NameVariants.key(jx).length();
        if (x.size() != y.size() && key <= MIN_KEY && !String.join("", x).equals(String.join("", y))) {
            return false;
        }
        return key >= MIN_KEY && NameVariants.same(jx, jy);
    }

    /** Whether two folded words write the same name (short words: only when equal). */
    public static boolean sameWord(String a, String b) {
        return a.equals(b) || NameVariants.key(a).length() >= MIN_KEY && NameVariants.same(a, b);
    }

    /**
     * Whether the word at {@code i} of a name's {@link #words} is a father's name, not a surname: it follows بن,
     * ابن or بنت (محمد بن سلمان is Mohammed son of Salman; a bare سلمان is not him).
     */
    public static boolean patronymic(List<String> words, int i) {
        return i > 0 && PATRONYMIC.contains(words.get(i - 1));
    }

    private static final java.util.Set<String> PATRONYMIC = java.util.Set.of(
            ArabicNormalizer.search("بن"), ArabicNormalizer.search("ابن"), ArabicNormalizer.search("بنت"));

    /** Whether a word is a common native given name (alone, it does not say which person). */
    public static boolean givenName(String word) {
        return NameVariants.isCommonGivenName(word);
    }

    /**
     * Whether two spellings are close enough to be one name written with one letter heard differently
     * (غوتيريش/جوتيريس): long forms only, at most one full edit in the weighted distance, and the words that differ
     * have {@link #MIN_CLOSE_WORD} letters or more: one letter off a short word is another word (مجلس الأمة is not
     * مجلس الأمن).
     */
    public static boolean close(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i)) && Math.min(x.get(i).length(), y.get(i).length()) < MIN_CLOSE_WORD) {
                return false;
            }
        }
        String jx = String.join("", x);
        String jy = String.join("", y);
        if (jx.length() < 6 || jy.length() < 6 || jx.charAt(0) != jy.charAt(0) && !NameVariants.same(
                jx.substring(0, 1), jy.substring(0, 1))) {
            return false;
        }
        // a native given name matches only itself (محمد صالح is not محمد صلاح one moved alef away)
        return NameVariants.distance(String.join(" ", x), String.join(" ", y)) <= 1.0
                && NameVariants.sameNativeNames(a, b);
    }
}
