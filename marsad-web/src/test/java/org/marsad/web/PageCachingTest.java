package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * ETag, 304 and the cache policy of pages and API answers for a reader who is not signed in (the signed-in side is
 * in {@link AccessTest}). Data: src/test/resources/articles.jsonl, plus one article written here.
 */
class PageCachingTest {
    private static final List<String> PATHS = List.of("/", "/search?q=" + WebServerTest.enc("غزة"),
            "/article/gaza-1", "/stories", "/sources", "/api/articles", "/api/articles?q=" + WebServerTest.enc("غزة"),
            "/api/articles/gaza-1", "/api/stats", "/api/openapi.json");

    @TempDir
    Path dir;

    private static HttpResponse<String> get(TestSite site, String method, String path, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(site.server.uri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return WebServerTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void anUnchangedPageOrApiAnswerIsA304WithItsValidatorsAndNoBody() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            for (String path : PATHS) {
                HttpResponse<String> first = get(site, "GET", path);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                String etag = header(first, "etag");
                assertThat(etag).as(path).matches("\"s?[0-9a-f]{32}\"");
                assertThat(header(first, "cache-control")).as(path).isEqualTo("no-cache");
                assertThat(header(first, "vary")).as(path).contains("Cookie").contains("Authorization");
                assertThat(get(site, "GET", path).body()).as("same data, same bytes: " + path)
                        .isEqualTo(first.body());

                HttpResponse<String> again = get(site, "GET", path, "If-None-Match", etag);
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
                assertThat(header(again, "etag")).as(path).isEqualTo(etag);
                assertThat(header(again, "cache-control")).as(path).isEqualTo("no-cache");
                assertThat(header(again, "vary")).as(path).contains("Cookie");
                // a weak copy of the tag and a list holding it match too (weak comparison, RFC 9110 §13.1.2)
                assertThat(get(site, "GET", path, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
                assertThat(get(site, "GET", path, "If-None-Match", "\"other\", " + etag).statusCode())
                        .isEqualTo(304);
                assertThat(get(site, "GET", path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
                // HEAD carries the GET's validators and honours them
                HttpResponse<String> head = get(site, "HEAD", path);
                assertThat(header(head, "etag")).as(path).isEqualTo(etag);
                assertThat(get(site, "HEAD", path, "If-None-Match", etag).statusCode()).isEqualTo(304);
            }
            // another query is another body, hence another tag
            assertThat(header(get(site, "GET", "/api/articles?q=" + WebServerTest.enc("غزة")), "etag"))
                    .isNotEqualTo(header(get(site, "GET", "/api/articles"), "etag"));
        }
    }

    @Test
    void aNewArticleChangesTheTagSoTheReaderGetsItInFull() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            String front = header(get(site, "GET", "/"), "etag");
            String api = header(get(site, "GET", "/api/articles"), "etag");
            // Written for this test.
            site.archive.save(Article.builder().url("https://example.org/news/new-1").source("الغد")
                    .title("خبر جديد عن المرصد").published("2025-04-12").body(List.of("نص الخبر الجديد.")).build(),
                    null);
            site.archive.commit();

            HttpResponse<String> page = get(site, "GET", "/", "If-None-Match", front);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("خبر جديد عن المرصد");
            assertThat(header(page, "etag")).isNotEqualTo(front);
            HttpResponse<String> json = get(site, "GET", "/api/articles", "If-None-Match", api);
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("خبر جديد عن المرصد");
            assertThat(get(site, "GET", "/", "If-None-Match", header(page, "etag")).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void aSearchIsTaggedBeforeItRunsAndHidingAnArticleChangesTheTag() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            String page = "/search?q=" + WebServerTest.enc("غزة");
            String api = "/api/articles?q=" + WebServerTest.enc("غزة");
            HttpResponse<String> first = get(site, "GET", page);
            HttpResponse<String> json = get(site, "GET", api);
            assertThat(first.body()).contains("/article/gaza-1");
            assertThat(json.body()).contains("\"gaza-1\"");
            String pageTag = header(first, "etag");
            String apiTag = header(json, "etag");
            // computed from the data's stamp, the address and the viewer, not from the bytes
            assertThat(pageTag).startsWith("\"s");
            assertThat(apiTag).startsWith("\"s").isNotEqualTo(pageTag);
            assertThat(get(site, "GET", page, "If-None-Match", pageTag).statusCode()).isEqualTo(304);

            site.archive.hide(List.of("gaza-1"), "test");
            HttpResponse<String> after = get(site, "GET", page, "If-None-Match", pageTag);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).doesNotContain("/article/gaza-1");
            HttpResponse<String> jsonAfter = get(site, "GET", api, "If-None-Match", apiTag);
            assertThat(jsonAfter.statusCode()).isEqualTo(200);
            assertThat(jsonAfter.body()).doesNotContain("\"gaza-1\"");

            site.archive.unhide(List.of("gaza-1"));
            HttpResponse<String> back = get(site, "GET", page, "If-None-Match", header(after, "etag"));
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("/article/gaza-1");
            assertThat(header(back, "etag")).as("the stamp only grows: never an old tag again").isNotEqualTo(pageTag);
        }
    }

    @Test
    void staticFilesArePublicWithoutVaryAndErrorsAndCookiesAreNotRevalidated() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            HttpResponse<String> css = get(site, "GET", "/static/marsad.css");
            assertThat(header(css, "cache-control")).isEqualTo("public, max-age=3600");
            assertThat(header(css, "vary")).as("the same bytes for every viewer").isNull();
            assertThat(get(site, "GET", "/static/marsad.css", "If-None-Match", header(css, "etag")).statusCode())
                    .isEqualTo(304);

            HttpResponse<String> missing = get(site, "GET", "/article/no-such-article");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(header(missing, "etag")).isNull();
            HttpResponse<String> badQuery = get(site, "GET", "/api/articles?q=" + WebServerTest.enc("\"غزة"));
            assertThat(badQuery.statusCode()).isEqualTo(400);
            assertThat(header(badQuery, "etag")).isNull();

            // Feeds answer conditionally themselves (with Last-Modified) and keep doing so.
            HttpResponse<String> feed = get(site, "GET", "/feed.atom");
            assertThat(header(feed, "last-modified")).isNotNull();
            assertThat(header(feed, "cache-control")).isEqualTo("no-cache");
            assertThat(get(site, "GET", "/feed.atom", "If-None-Match", header(feed, "etag")).statusCode())
                    .isEqualTo(304);
        }
    }
}
