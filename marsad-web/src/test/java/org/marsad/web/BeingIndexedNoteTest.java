package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * While another process's articles wait to be indexed by the server (a {@code marsad ingest} beside it), the front
 * page's count says how many more are coming, so a reader told "stored" is not left with a count that looks wrong.
 */
class BeingIndexedNoteTest {
    @TempDir
    Path dir;

    @Test
    void theFrontPageSaysHowManyMoreAreBeingIndexedUntilTheIndexCatchesUp() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            assertThat(site.archive.index().count()).isEqualTo(4);
            assertThat(lead(site)).isEqualTo("في الأرشيف 4 مقالات");

            List<ArticleStore.Incoming> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                batch.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/later/" + i)
                        .title("وصول قافلة مساعدات رقم " + i).body(List.of("وصلت القافلة رقم " + i + " إلى المعبر."))
                        .language("ar").source("وكالة").published("2025-04-11T09:00:00Z").build(), null));
            }
            try (Archive other = Archive.open(dir, null)) {
                // Not the owner (the site's archive holds the index): it only stores, as 'marsad ingest' beside a server.
                assertThat(other.owner()).isFalse();
                other.save(batch);
            }
            assertThat(lead(site)).isEqualTo("في الأرشيف 4 مقالات، و3 مقالات غيرها قيد الفهرسة");

            site.archive.catchUp();
            site.archive.refresh();
            assertThat(lead(site)).isEqualTo("في الأرشيف 7 مقالات");
        }
    }

    private static String lead(TestSite site) throws Exception {
        HttpResponse<String> r = WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(
                site.server.uri().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(r.body()).selectFirst("p.lead").text();
    }
}
