package org.marsad.bench.micro;

import java.time.LocalDate;
import org.marsad.arabic.figures.ArabicFigures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding every reported figure (numbers, dates, counted nouns, sources) in real paragraphs (baseline: the number
 * finder alone, NumbersBench.marsadNumbers, on the same paragraphs).
 */
public class FiguresBench {
    private static final LocalDate REFERENCE = LocalDate.of(2018, 4, 15);

    @Benchmark
    public void marsadFigures(TextSample s, Blackhole bh, CpuTime cpu) {
        for (String p : s.paragraphs) {
            bh.consume(ArabicFigures.find(p, REFERENCE));
        }
        cpu.done();
    }
}
