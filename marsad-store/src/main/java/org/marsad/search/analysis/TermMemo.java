package org.marsad.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a pure per-word step (clitic stripping, folding, ending stripping) made of each word it saw, so
 * that the next occurrence is one hash lookup on the term buffer instead of the toolkit's normalization (NFC
 * checks, string copies) again. News text repeats a small vocabulary, so most tokens hit. The step must depend on
 * the word alone; the output is then exactly what the step would have produced.
 *
 * <p>Bounded: emptied when it reaches {@link #MAX_WORDS}. Not thread-safe: each filter instance owns one, and Lucene
 * reuses a token stream within one thread only.
 */
final class TermMemo {
    static final int MAX_WORDS = 50_000;

    private final CharArrayMap<char[]> words = new CharArrayMap<>(1024, false);

    /** Replaces the term with {@code step} applied to it, computing the step only for a word not seen before. */
    void apply(CharTermAttribute term, UnaryOperator<String> step) {
        char[] out = words.get(term.buffer(), 0, term.length());
        if (out == null) {
            String in = term.toString();
            out = step.apply(in).toCharArray();
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(in, out);
        }
        term.copyBuffer(out, 0, out.length);
    }
}
