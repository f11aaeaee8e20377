package org.marsad.bench.micro;

import java.time.LocalDate;
import org.marsad.arabic.dates.ArabicDates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding and resolving every date expression in real paragraphs; its baseline, one pass of Lucene's normalizer
 * over the same paragraphs, runs inside each operation ({@link CpuTime#pair}).
 */
public class DatesBench {
    private static final LocalDate REFERENCE = LocalDate.of(2018, 4, 15);

    @Benchmark
    public void marsadDates(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> NormalizeBench.luceneAll(s, bh), () -> {
            for (String p : s.paragraphs) {
                bh.consume(ArabicDates.find(p, REFERENCE));
            }
        });
    }
}
