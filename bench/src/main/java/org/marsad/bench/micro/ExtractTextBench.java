package org.marsad.bench.micro;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.marsad.extract.text.TextPageExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Raw text page extraction (headline, date, source, body, tags, "read also") against a floor that reads every line
 * once: splitting the page into lines and normalizing each with Lucene's ArabicNormalizer, run inside each
 * operation ({@link CpuTime#pair}).
 */
public class ExtractTextBench {
    private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    /** The floor on its own: runs only when Marsad's text extractor is missing from the build. */
    @Benchmark
    public void luceneNormalizeLines(TextPages s, Blackhole bh, CpuTime cpu) {
        cpu.alone(() -> normalizeLines(s, bh));
    }

    @Benchmark
    public void marsadTextPage(TextPages s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> normalizeLines(s, bh), () -> {
            for (String page : s.pages) {
                bh.consume(EXTRACTOR.extract(page));
            }
        });
    }

    private static void normalizeLines(TextPages s, Blackhole bh) {
        for (String page : s.pages) {
            for (String line : page.split("\n")) {
                char[] c = line.toCharArray();
                int n = LUCENE.normalize(c, c.length);
                bh.consume(new String(c, 0, n));
            }
        }
    }
}
