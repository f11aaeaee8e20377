package org.marsad.bench.micro;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Arabic normalization: Marsad's two levels against Lucene's ArabicNormalizer on the same paragraphs, the baseline
 * run inside each operation ({@link CpuTime#pair}).
 */
public class NormalizeBench {
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    /** Lucene's normalizer on its own: runs only when a Marsad side it is paired with is missing from the build. */
    @Benchmark
    public void luceneNormalizer(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.alone(() -> luceneAll(s, bh));
    }

    /**
     * One pass of Lucene's in-place normalizer over every paragraph, including the copy to and from a char[] that a
     * String API needs: the baseline of normalization, date and number finding.
     */
    static void luceneAll(TextSample s, Blackhole bh) {
        for (String p : s.paragraphs) {
            char[] c = p.toCharArray();
            int n = LUCENE.normalize(c, c.length);
            bh.consume(new String(c, 0, n));
        }
    }

    @Benchmark
    public void marsadDisplay(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> luceneAll(s, bh), () -> {
            for (String p : s.paragraphs) {
                bh.consume(org.marsad.arabic.ArabicNormalizer.display(p));
            }
        });
    }

    @Benchmark
    public void marsadSearch(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> luceneAll(s, bh), () -> {
            for (String p : s.paragraphs) {
                bh.consume(org.marsad.arabic.ArabicNormalizer.search(p));
            }
        });
    }
}
