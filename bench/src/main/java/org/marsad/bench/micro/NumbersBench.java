package org.marsad.bench.micro;

import org.marsad.arabic.numbers.ArabicNumbers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/** Finding and valuing every number (digits and number words) in real paragraphs (baseline: Lucene's normalizer). */
public class NumbersBench {

    @Benchmark
    public void marsadNumbers(TextSample s, Blackhole bh, CpuTime cpu) {
        for (String p : s.paragraphs) {
            bh.consume(ArabicNumbers.find(p));
        }
        cpu.done();
    }
}
