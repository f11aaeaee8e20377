package org.marsad.bench.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.search.analysis.MarsadAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Search analysis (tokenize, fold, stem) of real paragraphs: Lucene's stock ArabicAnalyzer as the baseline, run on
 * the same paragraphs inside each operation ({@link CpuTime#pair}).
 */
public class AnalysisBench {

    /** Analyzers are reusable per thread; building one is not what is measured. */
    @State(Scope.Thread)
    public static class Analyzers {
        final Analyzer lucene = new ArabicAnalyzer();
        final Analyzer marsad = new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED);
    }

    /** Lucene's analyzer on its own: runs only when Marsad's analyzer is missing from the build. */
    @Benchmark
    public void luceneArabicAnalyzer(TextSample s, Analyzers a, Blackhole bh, CpuTime cpu) {
        cpu.alone(() -> consumeAll(a.lucene, s, bh));
    }

    /** Marsad's stemmed field (the exact field is a subset of its work: no clitic or suffix stripping). */
    @Benchmark
    public void marsadAnalyzer(TextSample s, Analyzers a, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> consumeAll(a.lucene, s, bh), () -> consumeAll(a.marsad, s, bh));
    }

    static void consumeAll(Analyzer analyzer, TextSample s, Blackhole bh) {
        for (String p : s.paragraphs) {
            try (TokenStream ts = analyzer.tokenStream("body", p)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    bh.consume(term.length());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
