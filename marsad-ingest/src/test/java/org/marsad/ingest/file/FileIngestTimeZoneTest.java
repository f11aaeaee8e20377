package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.PageZone;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * review23's walk of the README: "--time-zone reads printed times without an offset; without it such an article
 * keeps its day, and one line says how many". A JSON article's published time without an offset and a WARC page's
 * kept their day without that line, and --time-zone did not reach them.
 */
class FileIngestTimeZoneTest extends FileIngestFixture {
    private static final String PARAGRAPH = "افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من العمل "
            + "المتواصل في المشروع الكبير الذي انتظره السكان طويلا في المدينة القديمة.";


    private Path inputs() throws IOException {
        Path jsonl = Files.writeString(tmp.resolve("news.jsonl"), "{\"url\":\"https://example.org/1\",\"title\":"
                + "\"افتتاح الجسر\",\"published\":\"2025-02-03T16:30\",\"body\":[\"" + PARAGRAPH + "\"]}\n",
                StandardCharsets.UTF_8);
        Path warc = tmp.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            String html = "<html><head><title>أمطار غزيرة</title><meta property=\"article:published_time\" "
                    + "content=\"2025-02-04T09:15\"></head><body><article><h1>أمطار غزيرة</h1><p>" + PARAGRAPH
                    + "</p><p>" + PARAGRAPH + "</p></article></body></html>";
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                    html.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example/rain"))
                    .date(Instant.parse("2025-02-04T10:00:00Z")).body(http).build());
        }
        return tmp;
    }

    private List<String> published(FileIngest ingest) throws IOException {
        Path in = inputs();
        ingest.file(in.resolve("news.jsonl"));
        ingest.file(in.resolve("crawl.warc"));
        ingest.flush();
        List<String> out = new ArrayList<>();
        store.forEach(a -> out.add(a.url() + " " + a.published()));
        out.sort(null);
        return out;
    }

    @Test
    void withoutAZoneTheTimesKeepTheirDayAndAreCounted() throws IOException {
        FileIngest ingest = new FileIngest(store::upsertAll, line -> { });

        assertThat(published(ingest)).containsExactly("https://example.org/1 2025-02-03",
                "https://news.example/rain 2025-02-04");
        assertThat(ingest.timesWithoutZone()).isEqualTo(2);
        assertThat(ingest.firstTimeWithoutZone()).isEqualTo(tmp.resolve("news.jsonl") + ":1");
    }

    @Test
    void aZoneGivenReadsThemInIt() throws IOException {
        FileIngest ingest = new FileIngest(store::upsertAll, line -> { }).inZone(PageZone.of(ZoneOffset.ofHours(3)));

        assertThat(published(ingest)).containsExactly("https://example.org/1 2025-02-03T16:30:00+03:00",
                "https://news.example/rain 2025-02-04T09:15:00+03:00");
        assertThat(ingest.timesWithoutZone()).isZero();
        List<Article> all = new ArrayList<>();
        store.forEach(all::add);
        assertThat(all).extracting(Article::publishedText).containsExactlyInAnyOrder("2025-02-03T16:30",
                "2025-02-04T09:15");
    }
}
