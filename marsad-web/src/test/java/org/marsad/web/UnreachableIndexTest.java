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
import org.marsad.web.view.Urls;

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

    /** A test's look at a site whose index fails every read while {@code down} is set. */
    @FunctionalInterface
    private interface SiteWhileDown {
        void run(WebServer server, AtomicBoolean down) throws Exception;
    }

    /** The test articles served by a site whose index's nodes go down while {@code down} is set. */
    private void whileDownAtWill(SiteWhileDown test) throws Exception {
        TestSite.start(dir).close();
        AtomicBoolean down = new AtomicBoolean();
        try (Archive archive = Archive.open(dir, null,
                NodesDown.whileDown(LuceneIndex.open(dir.resolve(Archive.INDEX_DIR)), down, NodesDown.READS))) {
            WebServer server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, TestSite.CLOCK,
                    List::of, java.util.Map::of, null));
            try {
                test.run(server, down);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void searchesAnswer503WithANoticeWhileTheIndexIsDownAndWorkAgainWhenItIsBack() throws Exception {
        whileDownAtWill((server, down) -> {
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
        });
    }

    // The ids of an API answer, or the articles a feed or page links, in order.
    private static List<String> articles(HttpResponse<String> r) throws Exception {
        return r.uri().getPath().startsWith("/api/") ? RebuildingSiteTest.resultIds(r)
                : RebuildingSiteTest.feedArticles(r);
    }

    @Test
    void outletTagFeedAndApiListsComeFromTheStoreWhileTheIndexIsDownAndQueriesStay503() throws Exception {
        whileDownAtWill((server, down) -> {
            String outlet = Urls.source("الخليج الجديد");
            String tag = Urls.tag("مجلس الأمن");
            List<String> lists = List.of("/api/articles?limit=50",
                    "/api/articles?source=" + WebServerTest.enc("الخليج الجديد"), "/feed.atom",
                    "/feed.rss?tag=" + WebServerTest.enc("مجلس الأمن"));
            java.util.Map<String, List<String>> up = new java.util.HashMap<>();
            for (String path : lists) {
                HttpResponse<String> r = RebuildingSiteTest.get(server, path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue(StoreLists.HEADER)).as(path).isEmpty();
                up.put(path, articles(r));
            }

            down.set(true);
            for (String path : List.of(outlet, tag)) {
                HttpResponse<String> page = RebuildingSiteTest.get(server, path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).contains("تعذّر الوصول إلى فهرس البحث")
                        .contains("أحدث الأخبار المحفوظة");
            }
            assertThat(articles(RebuildingSiteTest.get(server, outlet))).contains("gaza-1")
                    .doesNotContain("sahara-1");
            assertThat(articles(RebuildingSiteTest.get(server, tag))).contains("sahara-1")
                    .doesNotContain("gaza-1");
            for (String path : lists) {
                HttpResponse<String> r = RebuildingSiteTest.get(server, path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                // the same body as the index gives (the same articles, in order), and a header saying why
                assertThat(r.headers().firstValue(StoreLists.HEADER)).as(path)
                        .contains(StoreLists.FROM_STORE_UNREACHABLE);
                assertThat(articles(r)).as(path).isNotEmpty().containsExactlyElementsOf(up.get(path));
            }
            // What needs the index is still a clear 503: a query, a day range, counts, a filtered outlet page.
            for (String path : List.of("/api/articles?q=" + WebServerTest.enc("غزة"),
                    "/api/articles?from=2024-01-01", "/api/articles?facets=source",
                    "/feed.atom?q=" + WebServerTest.enc("غزة"), outlet + "?q=" + WebServerTest.enc("غزة"))) {
                HttpResponse<String> r = RebuildingSiteTest.get(server, path);
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.headers().firstValue("retry-after")).as(path).isPresent();
            }

            down.set(false);
            HttpResponse<String> back = RebuildingSiteTest.get(server, outlet);
            assertThat(back.body()).doesNotContain("تعذّر الوصول إلى فهرس البحث").contains("gaza-1");
            assertThat(RebuildingSiteTest.get(server, "/feed.atom").headers().firstValue(StoreLists.HEADER))
                    .isEmpty();
        });
    }
}
