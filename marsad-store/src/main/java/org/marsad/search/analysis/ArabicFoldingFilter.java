package org.marsad.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Folds each token with the Arabic toolkit's search normalization ({@link ArabicNormalizer#search}): alef variants,
 * hamza seats, ta marbuta, alef maqsura, diacritics, tatweel and digits, so that spellings of one word meet.
 * Tokens without Arabic letters or digits to fold pass through untouched.
 */
public final class ArabicFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermMemo memo;

    public ArabicFoldingFilter(TokenStream input) {
        this(input, TermMemo.MAX_WORDS);
    }

    /** With a memo of at most {@code memoWords} words (see {@link MarsadAnalyzer#forSearch}). */
    ArabicFoldingFilter(TokenStream input, int memoWords) {
        super(input);
        this.memo = new TermMemo(memoWords);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (needsFolding(term)) {
            memo.apply(term, ArabicNormalizer::search);
        }
        return true;
    }

    // A cheap test that keeps Latin words and plain numbers off the normalizer's path.
    static boolean needsFolding(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x0600) {
                return true;
            }
        }
        return false;
    }
}
