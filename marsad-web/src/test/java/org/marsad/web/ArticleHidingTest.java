package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.web.ArticleRemovalTest.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/**
 * Issue 17: an editor hides an article reversibly — from the article page and the API; readers then find it nowhere
 * (pages, search, feeds, exports, the API); the editors' /hidden list un-hides it and it is back everywhere.
 */
class ArticleHidingTest {
    @TempDir
    Path dir;
    private Archive archive;
    private WebServer server;
    private String flood;
    private String market;
    private String salmaToken;
    private String amalToken;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        // Written for this test.
        flood = archive.save(Article.builder().url("https://news.example/flood").source("الغد")
                .title("فيضانات في السودان").published("2026-01-08").tags(List.of("مياه"))
                .body(List.of("غمرت الفيضانات قرى في ولاية الجزيرة.")).build(), null).id();
        market = archive.save(Article.builder().url("https://news.example/market").source("الغد")
                .title("ارتفاع أسعار القمح").published("2026-01-09").tags(List.of("مياه"))
                .body(List.of("ارتفعت أسعار القمح في الأسواق المحلية.")).build(), null).id();
        archive.commit();
        Accounts accounts = TestTeam.editorAndReader(archive, clock);
        salmaToken = accounts.addToken("salma", null).secret();
        amalToken = accounts.addToken("amal", null).secret();
        server = TestTeam.serve(archive, clock, accounts);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    private CookieBrowser browser() {
        return new CookieBrowser(() -> server.uri());
    }

    /** What a reader without an account sees of the flood article, everywhere it could show. */
    private void assertVisibleToReaders(boolean visible) throws Exception {
        CookieBrowser anyone = browser();
        String title = "فيضانات في السودان";
        assertThat(anyone.get("/article/" + flood).statusCode()).isEqualTo(visible ? 200 : 404);
        assertThat(anyone.get("/api/articles/" + flood).statusCode()).isEqualTo(visible ? 200 : 404);
        List<String> bodies = List.of(anyone.get("/").body(), anyone.get("/search?q=" + enc("فيضانات")).body(),
                anyone.get("/feed.atom").body(), anyone.get("/feed.rss").body(),
                anyone.get("/source/" + enc("الغد")).body(), anyone.get("/tag/" + enc("مياه")).body(),
                anyone.get("/export.csv?q=" + enc("الجزيرة")).body(), anyone.get("/export.jsonl").body(),
                anyone.get("/api/articles?q=" + enc("فيضانات")).body());
        for (String body : bodies) {
            if (visible) {
                assertThat(body).contains(title);
            } else {
                assertThat(body).doesNotContain(title);
            }
        }
        assertThat(anyone.get("/").body()).contains("ارتفاع أسعار القمح");
        assertThat(anyone.get("/api/articles").body()).contains(market);
    }

    /**
     * When it was hidden, as the other pages write a time (review27: "2026-12-07 13:33 UTC" among Arabic dates): an
     * Arabic day ("السبت 10 يناير 2026") in a time element carrying the instant, then "الساعة" and the hour.
     */
    private static void assertWrittenTheArabicWay(org.jsoup.nodes.Element where) {
        var time = where.selectFirst("time");
        assertThat(time).as(where.text()).isNotNull();
        assertThat(Instant.parse(time.attr("datetime"))).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(time.text()).matches("[\\u0600-\\u06FF]+ \\d{1,2} [\\u0600-\\u06FF]+ \\d{4}");
        assertThat(where.text()).contains("الساعة").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anEditorHidesFromTheArticlePageReadersFindItNowhereAndTheHiddenListShowsItAgain() throws Exception {
        assertVisibleToReaders(true);
        CookieBrowser editor = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(editor.get("/article/" + flood).body());
        var form = page.selectFirst("form.hide-article");
        assertThat(form.attr("action")).isEqualTo("/article/" + flood + "/hide");
        String csrf = form.selectFirst("input[name=csrf]").attr("value");

        assertThat(editor.post(form.attr("action"), Map.of("csrf", "wrong")).statusCode()).as("bad CSRF")
                .isEqualTo(403);
        assertVisibleToReaders(true);

        HttpResponse<String> done = editor.post(form.attr("action"), Map.of("csrf", csrf));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("location")).hasValue("/article/" + flood);
        assertVisibleToReaders(false);
        assertThat(archive.store().getIncludingHidden(flood)).as("still stored").isPresent();

        // the editor still reaches it: a page saying it is hidden, by whom, with the way back
        Document hiddenPage = Jsoup.parse(editor.get("/article/" + flood).body());
        assertThat(hiddenPage.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(hiddenPage.selectFirst(".hidden-notice").text()).contains("مخفي عن القرّاء", "salma");
        assertThat(hiddenPage.text()).contains("غمرت الفيضانات قرى");
        assertWrittenTheArabicWay(hiddenPage.selectFirst(".hidden-notice"));

        Document list = Jsoup.parse(editor.get("/hidden").body());
        assertThat(list.select(".hidden-articles li")).singleElement()
                .satisfies(li -> assertThat(li.text()).contains("فيضانات في السودان", "الغد", "salma"));
        assertWrittenTheArabicWay(list.selectFirst(".hidden-articles li .meta"));
        var unhide = list.selectFirst(".hidden-articles form.unhide-article");
        assertThat(unhide.attr("action")).isEqualTo("/article/" + flood + "/unhide");
        HttpResponse<String> back = editor.post(unhide.attr("action"), Map.of("csrf", csrf, "next", "/hidden"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("location")).hasValue("/hidden");
        assertThat(Jsoup.parse(editor.get("/hidden").body()).selectFirst(".empty").text())
                .isEqualTo("لا توجد مقالات مخفية.");
        assertVisibleToReaders(true);
    }

    @Test
    void readersAndVisitorsCannotHideSeeNoButtonAndCannotListHidden() throws Exception {
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        assertThat(Jsoup.parse(reader.get("/article/" + flood).body()).select("form.hide-article")).isEmpty();
        String csrf = Jsoup.parse(reader.get("/").body()).select("input[name=csrf]").attr("value");
        assertThat(reader.post("/article/" + flood + "/hide", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(reader.get("/hidden").statusCode()).isEqualTo(403);
        CookieBrowser visitor = browser();
        assertThat(visitor.post("/article/" + flood + "/hide", Map.of()).statusCode()).isIn(401, 403);
        HttpResponse<String> signIn = visitor.get("/hidden");
        assertThat(signIn.statusCode()).as("a visitor is sent to sign in").isEqualTo(303);
        assertThat(signIn.headers().firstValue("location").orElseThrow()).startsWith("/login");
        assertVisibleToReaders(true);

        archive.hide(List.of(flood), "salma");
        assertThat(reader.get("/article/" + flood).statusCode()).as("a reader gets no hidden page").isEqualTo(404);
        assertThat(reader.post("/article/" + flood + "/unhide", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
        assertVisibleToReaders(false);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return WatchApiTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theApiRoutesAskForTheEditorRoleAndFollowersLearnOfTheHide() throws Exception {
        for (String route : List.of("/api/articles/" + flood + "/hide", "/api/articles/" + flood + "/unhide")) {
            assertThat(call("POST", route, null).statusCode()).as(route).isEqualTo(401);
            assertThat(call("POST", route, amalToken).statusCode()).as(route).isEqualTo(403);
        }
        assertThat(call("GET", "/api/hidden", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/hidden", amalToken).statusCode()).isEqualTo(403);
        assertVisibleToReaders(true);

        long cursor = ArticleJson.mapper().readTree(call("GET", "/api/articles?since=0", null).body()).get("next")
                .asLong();
        HttpResponse<String> hide = call("POST", "/api/articles/" + flood + "/hide", salmaToken);
        assertThat(hide.statusCode()).isEqualTo(200);
        JsonNode h = ArticleJson.mapper().readTree(hide.body());
        assertThat(h.get("hidden").asBoolean()).isTrue();
        assertThat(h.get("changed").asBoolean()).isTrue();
        assertThat(ArticleJson.mapper().readTree(call("POST", "/api/articles/" + flood + "/hide", salmaToken).body())
                .get("changed").asBoolean()).as("already hidden").isFalse();
        assertVisibleToReaders(false);

        JsonNode changes = ArticleJson.mapper().readTree(call("GET", "/api/articles?since=" + cursor, null).body());
        assertThat(changes.get("articles")).isEmpty();
        assertThat(changes.get("hidden")).extracting(JsonNode::asText).containsExactly(flood);

        JsonNode list = ArticleJson.mapper().readTree(call("GET", "/api/hidden", salmaToken).body());
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.at("/articles/0/id").asText()).isEqualTo(flood);
        assertThat(list.at("/articles/0/hidden_by").asText()).isEqualTo("salma");

        assertThat(call("POST", "/api/articles/no-such-id/hide", salmaToken).statusCode()).isEqualTo(404);
        HttpResponse<String> unhide = call("POST", "/api/articles/" + flood + "/unhide", salmaToken);
        assertThat(unhide.statusCode()).isEqualTo(200);
        assertThat(ArticleJson.mapper().readTree(unhide.body()).get("hidden").asBoolean()).isFalse();
        assertVisibleToReaders(true);
    }
}
