package org.marsad.bench.micro;

import org.marsad.arabic.numbers.ArabicNumbers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding and valuing every number (digits and number words) in real paragraphs; its baseline, one pass of Lucene's
 * normalizer over the same paragraphs, runs inside each operation ({@link CpuTime#pair}).
 */
public class NumbersBench {

    @Benchmark
    public void marsadNumbers(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> NormalizeBench.luceneAll(s, bh), () -> numbersAll(s, bh));
    }

    /** The number finder over every paragraph: also the baseline of figure extraction. */
    static void numbersAll(TextSample s, Blackhole bh) {
        for (String p : s.paragraphs) {
            bh.consume(ArabicNumbers.find(p));
        }
    }
}
