package org.marsad.bench.micro;

import org.jsoup.Jsoup;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/** HTML article extraction against its floor: jsoup parsing the same pages and doing nothing else. */
public class ExtractBench {

    @Benchmark
    public void jsoupParse(HtmlSample s, Blackhole bh, CpuTime cpu) {
        for (int i = 0; i < s.pages.size(); i++) {
            bh.consume(Jsoup.parse(s.pages.get(i), s.urls.get(i)));
        }
        cpu.done();
    }

    @Benchmark
    public void marsadHtml(HtmlSample s, Blackhole bh, CpuTime cpu) {
        for (int i = 0; i < s.pages.size(); i++) {
            bh.consume(HtmlArticleExtractor.extract(s.pages.get(i), s.urls.get(i)));
        }
        cpu.done();
    }
}
