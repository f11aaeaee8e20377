package org.marsad.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Marsad's Arabic analysis, in two strengths that the index keeps side by side:
 * <ul>
 *   <li>{@link Mode#EXACT}: words folded by the Arabic toolkit (spelling variants meet), not stemmed. Matches here
 *       rank above stemmed ones.</li>
 *   <li>{@link Mode#STEMMED}: also without proclitics ({@link ArabicPrefixFilter}) and endings
 *       ({@link ArabicSuffixFilter}), so المفاوضات, مفاوضات, بالمفاوضات, والمفاوضات meet.</li>
 * </ul>
 * Latin-script words are lower-cased. The chain is: standard tokenizer → lower case → [prefixes] → folding →
 * [suffixes].
 */
public final class MarsadAnalyzer extends Analyzer {

    /** How far words are reduced. */
    public enum Mode { EXACT, STEMMED }

    private final Mode mode;
    private final StemExceptions exceptions;
    private final int memoWords;

    public MarsadAnalyzer(Mode mode) {
        this(mode, StemExceptions.defaults());
    }

    public MarsadAnalyzer(Mode mode, StemExceptions exceptions) {
        this(mode, exceptions, TermMemo.MAX_WORDS);
    }

    private MarsadAnalyzer(Mode mode, StemExceptions exceptions, int memoWords) {
        this.mode = mode;
        this.exceptions = exceptions;
        this.memoWords = memoWords;
    }

    /**
     * The same analysis for queries and snippets: identical terms, but each filter remembers fewer words, since
     * Lucene keeps one set of filters per thread that uses an analyzer and every web server thread does.
     */
    public static MarsadAnalyzer forSearch(Mode mode) {
        return new MarsadAnalyzer(mode, StemExceptions.defaults(), TermMemo.SEARCH_WORDS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        // Stemmed: prefixes, folding and suffixes as one filter with one memo (ArabicStemFilter), same terms.
        ts = mode == Mode.STEMMED ? new ArabicStemFilter(ts, exceptions, memoWords)
                : new ArabicFoldingFilter(ts, memoWords);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // A fresh chain per call (query-time normalization of single terms): a small memo is enough.
        return new ArabicFoldingFilter(new LowerCaseFilter(in), TermMemo.SEARCH_WORDS);
    }
}
