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
import org.marsad.web.view.Urls;

/**
 * A server that opened at once over an archive whose index it must rebuild and has nothing of this store to search
 * meanwhile: search routes say so in Arabic (or JSON) with 503 and Retry-After, giving the real reason; article pages
 * keep working, and the front, outlet and tag pages list the newest stored articles under a banner.
 */
class RebuildingSiteTest {
    @TempDir
    Path dir;

    /** The page or document at {@code path} on {@code server}, as text. */
    static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return WebServerTest.HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static WebServer serve(Archive archive) {
        return WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, TestSite.CLOCK, List::of,
                java.util.Map::of, null));
    }

    /** What a test does with a server over an archive rebuilding its index. */
    private interface Visit {
        void run(Archive archive, WebServer server) throws Exception;
    }

    /** Runs {@code visit} on a server opened at once over a site whose index was lost (deleted), before rebuilding. */
    private void whileTheLostIndexIsRebuilt(Visit visit) throws Exception {
        siteWithItsIndexLost();
        try (Archive archive = Archive.openServing(dir, null)) {
            WebServer server = serve(archive);
            try {
                visit.run(archive, server);
            } finally {
                server.close();
            }
        }
    }

    private void siteWithItsIndexLost() throws Exception {
        TestSite.start(dir).close();
        try (Stream<Path> files = Files.list(dir.resolve(Archive.INDEX_DIR))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void theFrontPageListsTheStoredNewsNewestFirstUnderABannerGivingTheRealReason() throws Exception {
        whileTheLostIndexIsRebuilt((archive, server) -> {
            HttpResponse<String> front = get(server, "/");
            assertThat(front.statusCode()).isEqualTo(200);
            String body = front.body();
            assertThat(body).contains("class=\"notice\"").contains("لأنه لم يُعثر عليه").doesNotContain("ترقية");
            // no outlet or tag counts without the index: no side column for them (an empty one at 1280 px before)
            assertThat(body).doesNotContain("<aside");
            int sahara = body.indexOf("/article/sahara-1");
            int hostile = body.indexOf("/article/hostile");
            int gaza1 = body.indexOf("/article/gaza-1");
            int gaza2 = body.indexOf("/article/gaza-2");
            assertThat(sahara).isPositive();
            assertThat(List.of(sahara, hostile, gaza1, gaza2)).isSorted();
            // An outlet's and a tag's pages list theirs the same way; a filter on them needs the index.
            String outlet = get(server, "/source/" + Urls.segment("الخليج الجديد")).body();
            assertThat(outlet).contains("لأنه لم يُعثر عليه").doesNotContain("/article/sahara-1");
            assertThat(outlet.indexOf("/article/gaza-1")).isPositive().isLessThan(outlet.indexOf("/article/gaza-2"));
            String tag = get(server, "/tag/" + Urls.segment("مجلس الأمن")).body();
            assertThat(tag).doesNotContain("/article/gaza-1");
            assertThat(tag.indexOf("/article/sahara-1")).isPositive().isLessThan(tag.indexOf("/article/gaza-2"));
            assertThat(get(server, "/source/" + Urls.segment("لا أحد")).statusCode()).isEqualTo(404);
            assertThat(get(server, "/tag/" + WebServerTest.enc("غزة") + "?q=" + WebServerTest.enc("بلينكن"))
                    .statusCode()).isEqualTo(503);
            // The notice of a refused search gives the same reason, and its "back to home" link now works.
            HttpResponse<String> search = get(server, "/search?q=" + WebServerTest.enc("غزة"));
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.body()).contains("لأنه لم يُعثر عليه").doesNotContain("ترقية");

            while (archive.rebuildStep()) {
                // the server's follower does this in the background
            }
            HttpResponse<String> after = get(server, "/");
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).doesNotContain("class=\"notice\"").contains("/article/sahara-1").contains("<aside");
        });
    }

    // The ids of a results JSON, in order.
    static List<String> resultIds(HttpResponse<String> json) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        org.marsad.model.ArticleJson.mapper().readTree(json.body()).get("results").forEach(r -> ids.add(
                r.get("id").asText()));
        return ids;
    }

    // The Marsad article pages a feed links, in order, each once.
    static List<String> feedArticles(HttpResponse<String> feed) {
        return java.util.regex.Pattern.compile("/article/([^\"<&]+)").matcher(feed.body()).results()
                .map(m -> m.group(1)).distinct().toList();
    }

    @Test
    void feedsAndTheArticleListWithoutAQueryComeFromTheStoreSayingSoAndMatchTheIndexAfter() throws Exception {
        whileTheLostIndexIsRebuilt((archive, server) -> {
            String outlet = "/api/articles?source=" + WebServerTest.enc("الخليج الجديد");
            String tagFeed = "/feed.rss?tag=" + WebServerTest.enc("مجلس الأمن");
            // The same names spelled otherwise (spaces, hamza): the index matches them folded, the store must too.
            String outletSpelled = "/api/articles?source=" + WebServerTest.enc("الخليج   الجديد");
            String tagSpelled = "/feed.rss?tag=" + WebServerTest.enc("مجلس الامن");
            List<String> paths = List.of("/api/articles?limit=50", outlet, "/feed.atom", tagFeed, outletSpelled,
                    tagSpelled);
            java.util.Map<String, List<String>> during = new java.util.HashMap<>();
            for (String path : paths) {
                HttpResponse<String> r = get(server, path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue(StoreLists.HEADER)).as(path).contains(StoreLists.FROM_STORE);
                during.put(path, path.startsWith("/api/") ? resultIds(r) : feedArticles(r));
                assertThat(during.get(path)).as(path).isNotEmpty();
            }
            assertThat(during.get(outlet)).contains("gaza-1").doesNotContain("sahara-1");
            assertThat(during.get(tagFeed)).contains("sahara-1").doesNotContain("gaza-1");
            assertThat(during.get(outletSpelled)).containsExactlyElementsOf(during.get(outlet));
            assertThat(during.get(tagSpelled)).containsExactlyElementsOf(during.get(tagFeed));
            // What needs the index still waits for it: a query, a day range, counts.
            for (String path : List.of("/api/articles?q=" + WebServerTest.enc("غزة"), "/api/articles?from=2024-01-01",
                    "/api/articles?facets=source", "/feed.atom?q=" + WebServerTest.enc("غزة"))) {
                assertThat(get(server, path).statusCode()).as(path).isEqualTo(503);
            }

            while (archive.rebuildStep()) {
                // the server's follower does this in the background
            }
            for (String path : paths) {
                HttpResponse<String> r = get(server, path);
                assertThat(r.headers().firstValue(StoreLists.HEADER)).as(path).isEmpty();
                assertThat(path.startsWith("/api/") ? resultIds(r) : feedArticles(r)).as(path)
                        .containsExactlyElementsOf(during.get(path));
            }
        });
    }

    @Test
    void aFollowedOutletWithNothingStoredYetSaysSoRatherThanHowToFillAnEmptyArchive() throws Exception {
        whileTheLostIndexIsRebuilt((archive, server) -> {
            String name = "وكالة الأنباء الجديدة";
            new org.marsad.ingest.source.SourceRegistry(archive.store().database()).add(
                    new org.marsad.ingest.source.Source(name, null, null, "ar", null,
                            List.of(java.net.URI.create("https://www.example.org/feeds/latest.xml")), null,
                            java.time.Duration.ofMinutes(15), false, null), TestSite.CLOCK.instant());
            HttpResponse<String> outlet = get(server, "/source/" + Urls.segment(name));
            assertThat(outlet.statusCode()).isEqualTo(200);
            assertThat(outlet.body()).contains("لم يُحفظ من «" + name + "» أي خبر بعد")
                    .doesNotContain("لا توجد مقالات بعد").doesNotContain("marsad sources add");
            HttpResponse<String> tag = get(server, "/tag/" + Urls.segment("وسم لا يحمله خبر"));
            assertThat(tag.statusCode()).isEqualTo(200);
            assertThat(tag.body()).contains("لا أخبار بهذا الوسم").doesNotContain("لا توجد مقالات بعد");

            while (archive.rebuildStep()) {
                // the server's follower does this in the background
            }
            // Searched again, the page says the same, not "no results: try fewer words" to a reader who typed none.
            HttpResponse<String> after = get(server, "/source/" + Urls.segment(name));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).doesNotContain("class=\"notice\"").contains("لم يُحفظ من «" + name + "» أي خبر بعد")
                    .doesNotContain("جرّب كلمات أقل");
            assertThat(get(server, "/source/" + Urls.segment(name) + "?q=" + WebServerTest.enc("غزة")).body())
                    .contains("جرّب كلمات أقل");
        });
    }

    @Test
    void searchRoutesAnswer503WithANoticeWhileArticlePagesWork() throws Exception {
        whileTheLostIndexIsRebuilt((archive, server) -> {
            String q = WebServerTest.enc("غزة");
            HttpResponse<String> page = get(server, "/search?q=" + q);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("retry-after")).contains("30");
            assertThat(page.body()).contains("البحث غير متاح مؤقتاً").contains("يُعاد بناء فهرس البحث");
            // the words stay in the search box, to try again in a moment
            assertThat(WebServerTest.html(page).selectFirst("input[name=q]").attr("value")).isEqualTo("غزة");
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
        });
    }
}
