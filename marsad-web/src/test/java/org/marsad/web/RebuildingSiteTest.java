package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;

/**
 * A server that opened at once over an archive whose index it must rebuild and has nothing of this store to search
 * meanwhile: search routes say so in Arabic (or JSON) with 503 and Retry-After; article pages keep working.
 */
class RebuildingSiteTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void searchRoutesAnswer503WithANoticeWhileArticlePagesWork() throws Exception {
        TestSite.start(dir).close();
        try (Stream<Path> files = Files.list(dir.resolve(Archive.INDEX_DIR))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (Archive archive = Archive.openServing(dir, null)) {
            WebServer server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, TestSite.CLOCK,
                    List::of, java.util.Map::of, null));
            try {
                String q = WebServerTest.enc("غزة");
                HttpResponse<String> page = get(server, "/search?q=" + q);
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("retry-after")).contains("30");
                assertThat(page.body()).contains("البحث غير متاح مؤقتاً").contains("يُعاد بناء فهرس البحث");
                HttpResponse<String> api = get(server, "/api/articles?q=" + q);
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("retry-after")).contains("30");
                assertThat(api.body()).contains("being rebuilt");
                assertThat(get(server, "/export.csv?q=" + q).statusCode()).isEqualTo(503);

                assertThat(get(server, "/article/gaza-1").statusCode()).isEqualTo(200);
                assertThat(get(server, "/api/articles/gaza-1").statusCode()).isEqualTo(200);

                while (archive.rebuildStep()) {
                    // the server's follower does this in the background
                }
                HttpResponse<String> after = get(server, "/search?q=" + q);
                assertThat(after.statusCode()).isEqualTo(200);
                assertThat(after.body()).contains("/article/gaza-1");
            } finally {
                server.close();
            }
        }
    }
}
