package org.marsad.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs a text through a filter chain and collects the terms. */
final class AnalysisTesting {
    private AnalysisTesting() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            return collect(ts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms of {@code text} split on whitespace and passed through {@code filter}. */
    static List<String> filtered(Function<TokenStream, TokenStream> filter, String text) {
        Tokenizer t = new WhitespaceTokenizer();
        t.setReader(new java.io.StringReader(text));
        try (TokenStream ts = filter.apply(t)) {
            return collect(ts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> collect(TokenStream ts) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        return out;
    }
}
