package org.marsad.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.ArabicNormalizer;

/**
 * The stemmed chain's three word steps in one filter: {@link ArabicPrefixFilter}, then {@link ArabicFoldingFilter},
 * then {@link ArabicSuffixFilter}, with the same terms as the three in a row. What the three make of a word depends
 * on the word alone, so one memo remembers the whole result: a word seen before costs one lookup instead of three
 * (the three memos' lookups and term copies were a third of the index writes' samples in an ingest profile).
 *
 * <p>Not thread-safe, as any token filter; {@link MarsadAnalyzer} builds one per thread.
 */
final class ArabicStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StemExceptions exceptions;
    private final TermMemo memo;
    private final UnaryOperator<String> steps;

    ArabicStemFilter(TokenStream input, StemExceptions exceptions, int memoWords) {
        super(input);
        this.exceptions = exceptions;
        this.memo = new TermMemo(memoWords);
        this.steps = w -> stem(w, exceptions);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (ArabicFoldingFilter.needsFolding(term)) {
            memo.apply(term, steps);
        } else {
            // Nothing from U+0600 up: the prefix and folding steps leave it as it is, and Latin words and plain
            // numbers are too varied to be worth remembering (as in ArabicSuffixFilter).
            String word = term.toString();
            String stem = ArabicSuffixFilter.strip(word, exceptions);
            if (stem.length() != word.length()) {
                term.setLength(stem.length());
            }
        }
        return true;
    }

    /** What the three filters in a row make of one word, each step under the same condition as in its filter. */
    static String stem(String word, StemExceptions exceptions) {
        String w = ArabicPrefixFilter.hasArabic(word)
                ? ArabicPrefixFilter.strip(ArabicPrefixFilter.bare(word), exceptions) : word;
        if (ArabicFoldingFilter.needsFolding(w)) {
            w = ArabicNormalizer.search(w);
        }
        return ArabicSuffixFilter.strip(w, exceptions);
    }
}
