package org.marsad.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {

    private static WarcResponse capture(String url, String contentType, byte[] html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), html).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2020-06-03T05:00:00Z")).body(http).build();
    }

    @Test
    void htmlRecordsBecomeArticlesPointingAtTheirRecords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            offsets.add(w.position());
            w.write(capture("https://news.example/summit", "text/html; charset=utf-8",
                    TestSite.readResource("/site/news/summit.html")));
            offsets.add(w.position());
            // No charset in the header: windows-1256 is declared in the page's meta tag.
            w.write(capture("https://news.example/oil", "text/html", TestSite.readResource("/site/news/oil.html")));
            w.write(capture("https://news.example/", "text/html; charset=utf-8",
                    "<html><body><nav><a href='/a'>a</a></nav></body></html>".getBytes()));
        }
        List<Article> articles = new ArrayList<>();
        List<WarcPointer> pointers = new ArrayList<>();

        WarcArticles.Counts counts = WarcArticles.read(file, (a, p) -> {
            articles.add(a);
            pointers.add(p);
        });

        assertThat(counts).isEqualTo(new WarcArticles.Counts(3, 3, 2));
        assertThat(articles).extracting(Article::url)
                .containsExactly("https://news.example/summit", "https://news.example/oil");
        Article summit = articles.get(0);
        assertThat(summit.title()).isEqualTo("قمة عربية طارئة في القاهرة");
        assertThat(summit.published()).isEqualTo("2020-06-03T01:30:00+04:00");
        assertThat(summit.fetchedAt()).isEqualTo("2020-06-03T05:00:00Z");
        assertThat(summit.id()).isNotNull();
        assertThat(articles.get(1).bodyText()).contains("ويعزو المحللون الارتفاع");
        assertThat(pointers).extracting(WarcPointer::offset).containsExactlyElementsOf(offsets);
        assertThat(WarcPages.readAt(pointers.get(1)).orElseThrow().uri()).isEqualTo(URI.create("https://news.example/oil"));
    }
}
