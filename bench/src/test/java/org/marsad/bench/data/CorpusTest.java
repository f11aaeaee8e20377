package org.marsad.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class CorpusTest {

    @Test
    void synthesizedCopiesKeepTheTextAndVaryUrlDateAndSource() {
        List<Article> base = Corpus.bundled().articles();
        assertThat(base).hasSize(2);
        List<Article> copies = Corpus.synthesize(base, 500, 1L);
        assertThat(copies).hasSize(500);
        Set<String> urls = new HashSet<>();
        Set<String> days = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < copies.size(); i++) {
            Article c = copies.get(i);
            assertThat(c.title()).isEqualTo(base.get(i % 2).title());
            assertThat(c.body()).isEqualTo(base.get(i % 2).body());
            urls.add(c.url());
            days.add(c.published());
            sources.add(c.source());
        }
        assertThat(urls).hasSize(500); // unique URLs, so an idempotent store keeps every copy
        assertThat(days.size()).isGreaterThan(100);
        assertThat(sources.size()).isGreaterThan(5);
    }

    @Test
    void theSynthesizerMakesTheListsArticlesOneByOne() {
        // The load part's cached archive is keyed by the list's articles: the large part's stream must be the same.
        List<Article> base = Corpus.bundled().articles();
        List<Article> list = Corpus.synthesize(base, 25, 20180401L);
        Corpus.Synthesizer s = new Corpus.Synthesizer(base, 20180401L);
        for (Article a : list) {
            assertThat(s.next()).isEqualTo(a);
        }
        assertThat(s.made()).isEqualTo(25);
    }

    @Test
    void sameSeedSameCorpus() {
        List<Article> base = Corpus.bundled().articles();
        assertThat(Corpus.synthesize(base, 50, 9L)).isEqualTo(Corpus.synthesize(base, 50, 9L));
    }

    @Test
    void antTimesKeepThePagesOffset() {
        assertThat(Corpus.isoTime("Sun, 01 Apr 2018 02:56:52 +0400")).isEqualTo("2018-04-01T02:56:52+04:00");
        assertThat(Corpus.isoTime("Mon, 02 Apr 2018 10:00:00 GMT")).isEqualTo("2018-04-02T10:00:00Z");
        assertThat(Corpus.isoTime("yesterday")).isNull();
        assertThat(Corpus.isoTime(null)).isNull();
    }

    @Test
    void jsonLinesRoundTrip(@TempDir Path dir) throws Exception {
        List<Article> a = Corpus.synthesize(Corpus.bundled().articles(), 3, 2L);
        Path f = dir.resolve("c.jsonl");
        Corpus.writeJsonl(a, f);
        List<String> lines = java.nio.file.Files.readAllLines(f);
        assertThat(lines).hasSize(3);
        assertThat(org.marsad.model.ArticleJson.parse(lines.get(1))).isEqualTo(a.get(1));
    }
}
