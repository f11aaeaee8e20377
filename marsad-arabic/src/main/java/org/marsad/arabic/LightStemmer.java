package org.marsad.arabic;

import java.util.List;

/**
 * A light, aggressive conflation of search-folded Arabic words for grouping documents (not for search, where
 * precision matters more): strips one conjunction (و ف), the article with at most one particle before it (ال لل
 * وال فال بال كال, from {@link Affixes#ARTICLE_CLITICS}), and one ending ({@link Affixes#GROUPING_ENDINGS}), keeping
 * at least three letters.
 *
 * <p>It merges inflections of the same word (المفاوضات / مفاوضات / بالمفاوضات / والمفاوضات) and, being light,
 * sometimes merges two unrelated words; callers that compare whole documents tolerate that. Input must already
 * be folded with {@link ArabicNormalizer#search}; words that are not Arabic are returned unchanged.
 */
public final class LightStemmer {
    private static final int MIN = 3;
    /** The article with at most one particle before it (ال لل وال فال بال كال), from the affix table. */
    private static final List<String> ARTICLES = Affixes.ARTICLE_CLITICS.stream()
            .filter(p -> Affixes.particlesBeforeArticle(p) <= 1).toList();

    private LightStemmer() {
    }

    /** The stem of one search-folded word. */
    public static String stem(String word) {
        if (word.length() <= MIN || !isArabic(word.charAt(0))) {
            return word;
        }
        String w = withoutArticle(word);
        if (w == null) {
            w = word;
            if (isConjunction(w) && w.length() - 1 > MIN) {
                w = w.substring(1);
                String after = withoutArticle(w);
                w = after == null ? w : after;
            }
        }
        for (String s : Affixes.GROUPING_ENDINGS) {
            if (w.endsWith(s) && w.length() - s.length() >= MIN) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    /** The word without its article (and the particle before it), or null when it has none or too little remains. */
    private static String withoutArticle(String w) {
        for (String p : ARTICLES) {
            if (w.startsWith(p) && w.length() - p.length() >= MIN) {
                return w.substring(p.length());
            }
        }
        return null;
    }

    private static boolean isConjunction(String w) {
        return Affixes.CONJUNCTIONS.contains(w.substring(0, 1));
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }
}
