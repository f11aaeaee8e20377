package org.marsad.bench.micro;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.marsad.extract.text.TextPageExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Raw text page extraction (headline, date, source, body, tags, "read also") against a floor that reads every line
 * once: splitting the page into lines and normalizing each with Lucene's ArabicNormalizer.
 */
public class ExtractTextBench {
    private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    @Benchmark
    public void luceneNormalizeLines(TextPages s, Blackhole bh, CpuTime cpu) {
        for (String page : s.pages) {
            for (String line : page.split("\n")) {
                char[] c = line.toCharArray();
                int n = LUCENE.normalize(c, c.length);
                bh.consume(new String(c, 0, n));
            }
        }
        cpu.done();
    }

    @Benchmark
    public void marsadTextPage(TextPages s, Blackhole bh, CpuTime cpu) {
        for (String page : s.pages) {
            bh.consume(EXTRACTOR.extract(page));
        }
        cpu.done();
    }
}
