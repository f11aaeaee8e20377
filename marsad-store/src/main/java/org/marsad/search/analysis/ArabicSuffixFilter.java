package org.marsad.search.analysis;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.Affixes;

/**
 * Removes the common inflectional endings of a folded Arabic word ({@link Affixes#SEARCH_ENDINGS}), close to the
 * order of Larkey's light10 stemmer: ها, the case alif (شهيداً), ات before ان (فيضانات → فيض like فيضان), ون, ين, يه,
 * ه, ي (ية and ة arrive folded as يه and ه). An ending is removed only when at least three letters remain, and stripping stops at a word of {@link StemExceptions} (لبنانيين → لبناني → لبنان, never لبن).
 *
 * <p>Runs after {@link ArabicFoldingFilter}.
 */
public final class ArabicSuffixFilter extends TokenFilter {
    private static final List<String> SUFFIXES = Affixes.SEARCH_ENDINGS;
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StemExceptions exceptions;
    private final TermMemo memo;
    private final UnaryOperator<String> step;

    public ArabicSuffixFilter(TokenStream input, StemExceptions exceptions) {
        this(input, exceptions, TermMemo.MAX_WORDS);
    }

    /** With a memo of at most {@code memoWords} words (see {@link MarsadAnalyzer#forSearch}). */
    ArabicSuffixFilter(TokenStream input, StemExceptions exceptions, int memoWords) {
        super(input);
        this.memo = new TermMemo(memoWords);
        this.exceptions = exceptions;
        this.step = w -> strip(w, exceptions);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (hasArabic(term)) {
            memo.apply(term, step);
        } else {
            String word = term.toString();
            String stem = strip(word, exceptions);
            if (stem.length() != word.length()) {
                term.setLength(stem.length());
            }
        }
        return true;
    }

    // Latin words and plain numbers are too varied to be worth remembering.
    private static boolean hasArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x0600) {
                return true;
            }
        }
        return false;
    }

    /** The folded word without its endings. */
    static String strip(String folded, StemExceptions exceptions) {
        String w = folded;
        for (String s : SUFFIXES) {
            if (exceptions.containsFolded(w)) {
                return w;
            }
            if (Affixes.removable(w, s, MIN_STEM)) {
                w = w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }
}
