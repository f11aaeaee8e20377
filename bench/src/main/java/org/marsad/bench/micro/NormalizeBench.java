package org.marsad.bench.micro;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/** Arabic normalization: Marsad's two levels against Lucene's ArabicNormalizer on the same paragraphs. */
public class NormalizeBench {
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    /** Baseline: Lucene's in-place normalizer, including the copy to and from a char[] that a String API needs. */
    @Benchmark
    public void luceneNormalizer(TextSample s, Blackhole bh, CpuTime cpu) {
        luceneAll(s, bh);
        cpu.done();
    }

    /** One pass of Lucene's normalizer over every paragraph: the baseline, also paired inside other benchmarks. */
    static void luceneAll(TextSample s, Blackhole bh) {
        for (String p : s.paragraphs) {
            char[] c = p.toCharArray();
            int n = LUCENE.normalize(c, c.length);
            bh.consume(new String(c, 0, n));
        }
    }

    @Benchmark
    public void marsadDisplay(TextSample s, Blackhole bh, CpuTime cpu) {
        for (String p : s.paragraphs) {
            bh.consume(org.marsad.arabic.ArabicNormalizer.display(p));
        }
        cpu.done();
    }

    @Benchmark
    public void marsadSearch(TextSample s, Blackhole bh, CpuTime cpu) {
        for (String p : s.paragraphs) {
            bh.consume(org.marsad.arabic.ArabicNormalizer.search(p));
        }
        cpu.done();
    }
}
