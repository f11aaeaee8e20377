package org.marsad.bench.micro;

import java.time.LocalDate;
import org.marsad.arabic.figures.ArabicFigures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding every reported figure (numbers, dates, counted nouns, sources) in real paragraphs; its baseline, the number
 * finder alone on the same paragraphs, runs inside each operation ({@link CpuTime#pair}).
 */
public class FiguresBench {
    private static final LocalDate REFERENCE = LocalDate.of(2018, 4, 15);

    @Benchmark
    public void marsadFigures(TextSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> NumbersBench.numbersAll(s, bh), () -> {
            for (String p : s.paragraphs) {
                bh.consume(ArabicFigures.find(p, REFERENCE));
            }
        });
    }
}
