package org.marsad.arabic;

/**
 * A light, aggressive conflation of search-folded Arabic words for grouping documents (not for search, where
 * precision matters more): strips one conjunction (و ف), the article with its prepositions (ال بال كال فال وال لل),
 * and one common suffix (ات ون ين ان ها هم هما كم نا يه ه), keeping at least three letters.
 *
 * <p>It merges inflections of the same word (المفاوضات / مفاوضات / بالمفاوضات / والمفاوضات) and, being light,
 * sometimes merges two unrelated words; callers that compare whole documents tolerate that. Input must already
 * be folded with {@link ArabicNormalizer#search}; words that are not Arabic are returned unchanged.
 */
public final class LightStemmer {
    private static final String[] ARTICLES = {"وال", "فال", "بال", "كال", "لل", "ال"};
    private static final String[] SUFFIXES = {"هما", "ات", "ون", "ين", "ان", "ها", "هم", "كم", "نا", "يه", "ه"};
    private static final int MIN = 3;

    private LightStemmer() {
    }

    /** The stem of one search-folded word. */
    public static String stem(String word) {
        if (word.length() <= MIN || !isArabic(word.charAt(0))) {
            return word;
        }
        String w = word;
        boolean stripped = false;
        for (String p : ARTICLES) {
            if (w.startsWith(p) && w.length() - p.length() >= MIN) {
                w = w.substring(p.length());
                stripped = true;
                break;
            }
        }
        if (!stripped && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() - 1 > MIN) {
            w = w.substring(1);
            for (String p : ARTICLES) {
                if (w.startsWith(p) && w.length() - p.length() >= MIN) {
                    w = w.substring(p.length());
                    break;
                }
            }
        }
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= MIN) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }
}
