package org.marsad.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPagesTest {

    /** Writes a small WARC: two HTML pages, an image, a 404 page and a resource record. */
    static Path writeWarc(Path dir, String name, WarcCompression compression, List<Long> htmlOffsets)
            throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            htmlOffsets.add(w.position());
            w.write(response("https://news.example/a", 200, "text/html; charset=utf-8",
                    "<html><head><title>خبر أول</title></head><body><p>نص الخبر الأول.</p></body></html>"));
            w.write(response("https://news.example/logo.png", 200, "image/png", "PNG"));
            htmlOffsets.add(w.position());
            w.write(response("https://news.example/b", 200, "text/html", "<html><body><p>الخبر الثاني</p></body></html>"));
            w.write(response("https://news.example/missing", 404, "text/html", "<p>not found</p>"));
            w.write(new WarcResource.Builder(URI.create("urn:x-test:notes"))
                    .body(MediaType.parse("text/plain"), "notes".getBytes(StandardCharsets.UTF_8)).build());
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-05-01T10:00:00Z")).body(http).build();
    }

    @Test
    void readsHtmlResponsesWithPointersFromPlainAndGzippedWarcs(@TempDir Path dir) throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            List<Long> offsets = new ArrayList<>();
            Path file = writeWarc(dir, c == WarcCompression.GZIP ? "t.warc.gz" : "t.warc", c, offsets);
            List<WarcPage> pages = new ArrayList<>();

            WarcPages.Counts counts = WarcPages.read(file, pages::add);

            assertThat(counts.records()).isEqualTo(5);
            assertThat(pages).extracting(p -> p.uri().toString())
                    .containsExactly("https://news.example/a", "https://news.example/b");
            assertThat(new String(pages.get(0).body(), StandardCharsets.UTF_8)).contains("نص الخبر الأول.");
            assertThat(pages.get(0).capturedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(pages).extracting(p -> p.pointer().offset()).containsExactlyElementsOf(offsets);
            assertThat(pages.get(1).pointer().file()).isEqualTo(file);
        }
    }

    @Test
    void aPointerReadsTheSameRecordAgain(@TempDir Path dir) throws IOException {
        Path file = writeWarc(dir, "t.warc.gz", WarcCompression.GZIP, new ArrayList<>());
        List<WarcPage> pages = new ArrayList<>();
        WarcPages.read(file, pages::add);
        WarcPointer second = WarcPointer.parse(pages.get(1).pointer().toString());

        WarcPage again = WarcPages.readAt(second).orElseThrow();

        assertThat(again.uri()).isEqualTo(URI.create("https://news.example/b"));
        assertThat(again.body()).isEqualTo(pages.get(1).body());
    }

    @Test
    void aFileThatIsNotAWarcIsAnError(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.warc");
        Files.writeString(junk, "this is not a warc file\n");

        assertThatThrownBy(() -> WarcPages.read(junk, p -> { })).isInstanceOf(IOException.class);
    }
}
