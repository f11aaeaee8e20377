package org.marsad.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Removes the proclitics of an Arabic word: the article and the particles joined to it (ال وال فال بال كال لل وبال
 * …), the conjunction و, and a preposition (ب ك ل) or ف before a hamza-initial word (لإيران → إيران).
 *
 * <p>It must run <em>before</em> search folding, because the hamza is what tells the article from a word's own
 * letters: ألمانيا, إلغاء, آلاف, ألعاب begin with أل/إل/آل, not ال, and are left whole, while الألعاب loses its ال
 * and meets ألعاب. Words in {@link StemExceptions} are never cut, and a clitic before one is removed (للبنان →
 * لبنان), so a name is not mistaken for clitic + word (لبنان is not ل + بنان).
 *
 * <p>The rules keep stripping consistent: whatever is removed from a bare word is also removed after an article
 * (وزير → زير and الوزير → وزير → زير), so the stem of a word does not depend on the clitics around it.
 * Output is the display form (NFC, no tatweel) without diacritics, ready for {@link ArabicFoldingFilter}.
 */
public final class ArabicPrefixFilter extends TokenFilter {
    // Article-bearing prefixes, longest first so that وال wins over و.
    private static final String[] ARTICLE = {"وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال",
            "كال", "لل", "ال"};
    private static final String[] SINGLE = {"و", "ف", "ب", "ك", "ل"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StemExceptions exceptions;
    private final TermMemo memo = new TermMemo();
    private final UnaryOperator<String> step;

    public ArabicPrefixFilter(TokenStream input, StemExceptions exceptions) {
        super(input);
        this.exceptions = exceptions;
        this.step = w -> strip(bare(w), exceptions);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (hasArabic(term)) {
            memo.apply(term, step);
        }
        return true;
    }

    /** The word without its proclitics (see the class comment); {@code word} must be bare (see {@link #bare}). */
    static String strip(String word, StemExceptions exceptions) {
        if (exceptions.contains(word)) {
            return word;
        }
        // A protected word behind any clitic wins over every other reading.
        for (String p : ARTICLE) {
            if (word.startsWith(p) && exceptions.contains(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        for (String p : SINGLE) {
            if (word.startsWith(p) && exceptions.contains(word.substring(p.length()))) {
                return word.substring(p.length());
            }
        }
        for (String p : ARTICLE) {
            if (word.startsWith(p) && letters(word) - p.length() >= 2) {
                return conjunction(word.substring(p.length()), exceptions);
            }
        }
        if (word.length() >= 4 && isHamzaAlef(word.charAt(1)) && "بكلف".indexOf(word.charAt(0)) >= 0) {
            return word.substring(1);
        }
        return conjunction(word, exceptions);
    }

    // و is a clitic or a root letter; without a lexicon it is treated as a clitic when three letters remain.
    private static String conjunction(String word, StemExceptions exceptions) {
        String w = word;
        for (int i = 0; i < 2 && w.length() >= 4 && w.charAt(0) == 'و' && !exceptions.contains(w); i++) {
            w = w.substring(1);
        }
        if (w.length() >= 4 && isHamzaAlef(w.charAt(1)) && "بكلف".indexOf(w.charAt(0)) >= 0
                && !exceptions.contains(w)) {
            w = w.substring(1);
        }
        return w;
    }

    private static boolean isHamzaAlef(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ';
    }

    private static int letters(String w) {
        return w.length();
    }

    /** The display form of a word without combining marks (diacritics), keeping hamza seats. */
    static String bare(String word) {
        String d = ArabicNormalizer.display(word);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50) {
                return true;
            }
        }
        return false;
    }
}
