package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.RawSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code marsad ingest} of a .warc.gz, from the real jar: HTML records stored with a pointer to their record. */
class IngestWarcIT {
    @TempDir
    Path work;

    @Test
    void warcHtmlRecordsAreStoredWithPointers() throws Exception {
        Path warc = work.resolve("crawl.warc.gz");
        long offset;
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse css = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/css"), "body{}".getBytes()).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example/site.css")).body(css).build());
            offset = w.position();
            HttpResponse page = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                    TestSite.readResource("/site/news/summit.html")).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example/summit"))
                    .date(Instant.parse("2020-06-03T05:00:00Z")).body(page).build());
        }
        Path data = work.resolve("data");

        Run first = MarsadJar.run(work, "ingest", "--data", data.toString(), warc.toString());
        Run again = MarsadJar.run(work, "ingest", "--data", data.toString(), warc.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("read 1, stored 1 (new 1, updated 0)");
        assertThat(again.out()).contains("read 1, stored 0 (new 0, updated 0), duplicates 1");
        try (Archive archive = Archive.open(data, null)) {
            Article a = archive.store().latest(10, 0).get(0);
            assertThat(a.url()).isEqualTo("https://news.example/summit");
            assertThat(a.title()).isEqualTo("قمة عربية طارئة في القاهرة");
            assertThat(a.fetchedAt()).isEqualTo("2020-06-03T05:00:00Z");
            RawSource raw = archive.store().raw(a.id()).orElseThrow();
            assertThat(raw.kind()).isEqualTo(RawSource.KIND_WARC);
            assertThat(raw.location()).isEqualTo(warc.toAbsolutePath().toString());
            assertThat(raw.offset()).isEqualTo(offset);
            assertThat(raw.content()).isNull();
        }
    }
}
