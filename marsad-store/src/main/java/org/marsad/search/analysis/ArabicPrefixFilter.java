package org.marsad.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.Proclitics;

/**
 * Removes the proclitics of an Arabic word with the Arabic toolkit's {@link Proclitics}: the article and the
 * particles joined to it (ال وال فال بال كال لل وبال …), the conjunction و, and a preposition (ب ك ل) or ف before a
 * hamza-initial word (لإيران → إيران).
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
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StemExceptions exceptions;
    private final TermMemo memo;
    private final UnaryOperator<String> step;

    public ArabicPrefixFilter(TokenStream input, StemExceptions exceptions) {
        this(input, exceptions, TermMemo.MAX_WORDS);
    }

    /** With a memo of at most {@code memoWords} words (see {@link MarsadAnalyzer#forSearch}). */
    ArabicPrefixFilter(TokenStream input, StemExceptions exceptions, int memoWords) {
        super(input);
        this.memo = new TermMemo(memoWords);
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

    /** The word without its proclitics (see {@link Proclitics}); {@code word} must be bare (see {@link #bare}). */
    static String strip(String word, StemExceptions exceptions) {
        return Proclitics.strip(word, exceptions::contains);
    }

    /** The display form of a word without combining marks (diacritics), keeping hamza seats. */
    static String bare(String word) {
        return Proclitics.bare(word);
    }

    static boolean hasArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50) {
                return true;
            }
        }
        return false;
    }
}
