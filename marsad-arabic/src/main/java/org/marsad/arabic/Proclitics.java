package org.marsad.arabic;

import java.util.List;
import java.util.function.Predicate;

/**
 * The proclitics of an Arabic word: the article and the particles joined to it (ال وال فال بال كال لل وبال …), the
 * conjunction و, and a preposition (ب ك ل) or ف before a hamza-initial word (لإيران → إيران), as listed in
 * {@link Affixes}, the project's one affix table: search analysis strips them, the entity tagger splits them off as
 * features and out of spans.
 *
 * <p>Words are read <em>before</em> search folding, because the hamza is what tells the article from a word's own
 * letters: ألمانيا, إلغاء, آلاف, ألعاب begin with أل/إل/آل, not ال, and are left whole, while الألعاب loses its ال.
 * Words the caller protects ({@code keepWhole}: names such as لبنان, بيروت) are never cut, and a clitic before one is
 * removed (للبنان → لبنان), so a name is not mistaken for clitic + word.
 *
 * <p>The rules keep stripping consistent: whatever is removed from a bare word is also removed after an article
 * (وزير → زير and الوزير → وزير → زير), so the stem of a word does not depend on the clitics around it.
 */
public final class Proclitics {
    // The clitics are Affixes' (the project's one table); article-bearing ones first, so that وال wins over و.
    private static final List<String> ARTICLE = Affixes.ARTICLE_CLITICS;
    private static final List<String> SINGLE = Affixes.SINGLE_CLITICS;

    private Proclitics() {
    }

    /**
     * The word without its proclitics.
     *
     * @param word a bare word: display form without combining marks (see {@link #bare})
     * @param keepWhole words that must not be cut (called with candidate stems in the same bare form)
     * @return a suffix of {@code word}
     */
    public static String strip(String word, Predicate<String> keepWhole) {
        if (keepWhole.test(word)) {
            return word;
        }
        // A protected word behind any clitic wins over every other reading.
        for (String p : ARTICLE) {
            if (word.startsWith(p) && keepWhole.test(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        for (String p : SINGLE) {
            if (word.startsWith(p) && keepWhole.test(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        for (String p : ARTICLE) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                return conjunction(word.substring(p.length()), keepWhole);
            }
        }
        if (word.length() >= 4 && isHamzaAlef(word.charAt(1)) && beforeHamza(word.charAt(0))) {
            return word.substring(1);
        }
        return conjunction(word, keepWhole);
    }

    /**
     * Whether the proclitics of a word end with the article (ال, or the ل of لل that stands for it): the part after
     * them is then the word without its article.
     */
    public static boolean endsWithArticle(String clitics) {
        return clitics.endsWith("ال") || clitics.endsWith("لل");
    }

    // و is a clitic or a root letter; without a lexicon it is treated as a clitic when three letters remain.
    private static String conjunction(String word, Predicate<String> keepWhole) {
        String w = word;
        for (int i = 0; i < 2 && w.length() >= 4 && w.charAt(0) == 'و' && !keepWhole.test(w); i++) {
            w = w.substring(1);
        }
        if (w.length() >= 4 && isHamzaAlef(w.charAt(1)) && beforeHamza(w.charAt(0))
                && !keepWhole.test(w)) {
            w = w.substring(1);
        }
        return w;
    }

    /** A one-letter clitic other than the conjunction و (ب ك ل ف), which is cut before a hamza-initial word. */
    private static boolean beforeHamza(char c) {
        return c != 'و' && SINGLE.contains(String.valueOf(c));
    }

    private static boolean isHamzaAlef(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ';
    }

    /** The display form of a word without combining marks (diacritics), keeping hamza seats. */
    public static String bare(String word) {
        String d = ArabicNormalizer.display(word);
        StringBuilder sb = null;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (sb == null) {
                    sb = new StringBuilder(d.length());
                    sb.append(d, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? d : sb.toString();
    }
}
