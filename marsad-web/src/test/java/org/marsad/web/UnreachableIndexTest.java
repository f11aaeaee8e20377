package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.LuceneIndex;
import org.marsad.store.Archive;
import org.marsad.store.NodesDown;

/**
 * A web server whose search index is shared (a SolrCloud beside workers) and whose nodes all go down for a while:
 * searches answer 503 with a notice and Retry-After (not "internal error"), article pages and the front page's
 * newest news keep working from the store (the front page under a notice), and searches work again once the index
 * is back. Found by running README's scaling-out set-up (review26):
 * with both Solr nodes stopped, {@code /search} and {@code /api/articles?q=} answered 500 and logged a stack trace
 * per request.
 */
class UnreachableIndexTest {
    @TempDir
    Path dir;

    @Test
    void searchesAnswer503WithANoticeWhileTheIndexIsDownAndWorkAgainWhenItIsBack() throws Exception {
        TestSite.start(dir).close();
        AtomicBoolean down = new AtomicBoolean();
        try (Archive archive = Archive.open(dir, null,
                NodesDown.whileDown(LuceneIndex.open(dir.resolve(Archive.INDEX_DIR)), down, NodesDown.READS))) {
            WebServer server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, TestSite.CLOCK,
                    List::of, java.util.Map::of, null));
            try {
                String q = WebServerTest.enc("غزة");
                assertThat(RebuildingSiteTest.get(server, "/search?q=" + q).statusCode()).isEqualTo(200);

                down.set(true);
                HttpResponse<String> page = RebuildingSiteTest.get(server, "/search?q=" + q);
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("retry-after")).isPresent();
                assertThat(page.body()).contains("تعذّر الوصول إلى فهرس البحث").doesNotContain("خطأ في الخادم");
                HttpResponse<String> api = RebuildingSiteTest.get(server, "/api/articles?q=" + q);
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.body()).contains("cannot be reached").doesNotContain("internal error")
                        .doesNotContain("2181"); // the cluster's address is for the log, not for API clients
                // what needs no search is served from the store meanwhile: an article, the front page's news
                HttpResponse<String> article = RebuildingSiteTest.get(server, "/article/gaza-1");
                assertThat(article.statusCode()).isEqualTo(200);
                assertThat(article.body()).contains("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
                HttpResponse<String> front = RebuildingSiteTest.get(server, "/");
                assertThat(front.statusCode()).isEqualTo(200);
                assertThat(front.body()).contains("/article/gaza-1").contains("تعذّر الوصول إلى فهرس البحث")
                        .contains("أحدث الأخبار المحفوظة");

                down.set(false);
                HttpResponse<String> again = RebuildingSiteTest.get(server, "/api/articles?q=" + q);
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.body()).contains("gaza-1");
            } finally {
                server.close();
            }
        }
    }
}
