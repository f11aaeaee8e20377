package org.marsad.bench.micro;

import org.jsoup.Jsoup;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/** HTML article extraction against its floor: jsoup parsing the same pages and doing nothing else. */
public class ExtractBench {

    /** jsoup's parse on its own: runs only when Marsad's extractor is missing from the build. */
    @Benchmark
    public void jsoupParse(HtmlSample s, Blackhole bh, CpuTime cpu) {
        cpu.alone(() -> parseAll(s, bh));
    }

    /** Marsad's extraction of every page, with jsoup's parse of the same pages as its paired baseline. */
    @Benchmark
    public void marsadHtml(HtmlSample s, Blackhole bh, CpuTime cpu) {
        cpu.pair(() -> parseAll(s, bh), () -> {
            for (int i = 0; i < s.pages.size(); i++) {
                bh.consume(HtmlArticleExtractor.extract(s.pages.get(i), s.urls.get(i)));
            }
        });
    }

    private static void parseAll(HtmlSample s, Blackhole bh) {
        for (int i = 0; i < s.pages.size(); i++) {
            bh.consume(Jsoup.parse(s.pages.get(i), s.urls.get(i)));
        }
    }
}
