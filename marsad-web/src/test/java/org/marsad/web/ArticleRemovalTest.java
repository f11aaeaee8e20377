package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
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
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/** An editor deletes an article from the article page: who may, CSRF, and that it leaves every list for everyone. */
class ArticleRemovalTest {
    @TempDir
    Path dir;
    private Archive archive;
    WebServer server;
    private String flood;
    private String market;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        // Written for this test.
        flood = archive.save(Article.builder().url("https://news.example/flood").source("الغد")
                .title("فيضانات في السودان").published("2026-01-08")
                .body(List.of("غمرت الفيضانات قرى في ولاية الجزيرة.")).build(), null).id();
        market = archive.save(Article.builder().url("https://news.example/market").source("الغد")
                .title("ارتفاع أسعار القمح").published("2026-01-09")
                .body(List.of("ارتفعت أسعار القمح في الأسواق المحلية.")).build(), null).id();
        archive.commit();
        Accounts accounts = TestTeam.editorAndReader(archive, clock);
        server = TestTeam.serve(archive, clock, accounts);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    @Test
    void anEditorDeletesAnArticleAndItLeavesPagesSearchFeedsAndTheApiForEveryone() throws Exception {
        CookieBrowser editor = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(editor.get("/article/" + flood).body());
        String href = page.selectFirst("a.delete-article").attr("href");
        assertThat(href).isEqualTo("/article/" + flood + "/delete");

        Document confirm = Jsoup.parse(editor.get(href).body());
        assertThat(confirm.selectFirst("html").attr("dir")).isEqualTo("rtl");
        // the confirm page of watches and sources (confirm.jte), drawn as a card: product27 saw a bare page here
        assertThat(confirm.select("section.main.confirm-action")).hasSize(1);
        assertThat(confirm.selectFirst(".confirm-action").text()).contains("فيضانات في السودان",
                "لا يمكن التراجع");
        assertThat(confirm.selectFirst(".confirm-action .target a").attr("href")).isEqualTo("/article/" + flood);
        String action = confirm.selectFirst("form.confirm").attr("action");
        String csrf = confirm.selectFirst("form.confirm input[name=csrf]").attr("value");

        assertThat(editor.post(action, Map.of("csrf", "wrong")).statusCode()).as("bad CSRF").isEqualTo(403);
        assertThat(browser().get("/article/" + flood).statusCode()).as("still there").isEqualTo(200);

        HttpResponse<String> done = editor.post(action, Map.of("csrf", csrf));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("location")).hasValue("/");

        CookieBrowser anyone = browser();
        assertThat(anyone.get("/article/" + flood).statusCode()).isEqualTo(404);
        assertThat(anyone.get("/api/articles/" + flood).statusCode()).isEqualTo(404);
        assertThat(anyone.get("/").body()).doesNotContain("فيضانات في السودان").contains("ارتفاع أسعار القمح");
        assertThat(anyone.get("/search?q=" + enc("فيضانات")).body()).doesNotContain("فيضانات في السودان");
        assertThat(anyone.get("/search?q=" + enc("القمح")).body()).contains("ارتفاع أسعار القمح");
        assertThat(anyone.get("/feed.atom").body()).doesNotContain("فيضانات في السودان").contains("ارتفاع أسعار القمح");
        assertThat(anyone.get("/api/articles").body()).doesNotContain(flood).contains(market);
        assertThat(anyone.get("/source/" + enc("الغد")).body()).doesNotContain("فيضانات في السودان");
        assertThat(archive.store().get(flood)).isEmpty();
    }

    @Test
    void readersAndVisitorsCannotDeleteAndSeeNoDeleteLink() throws Exception {
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        Document page = Jsoup.parse(reader.get("/article/" + flood).body());
        assertThat(page.select("a.delete-article")).isEmpty();
        assertThat(reader.get("/article/" + flood + "/delete").statusCode()).isEqualTo(403);
        String csrf = Jsoup.parse(reader.get("/").body()).select("input[name=csrf]").attr("value");
        assertThat(reader.post("/article/" + flood + "/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);

        CookieBrowser visitor = browser();
        assertThat(Jsoup.parse(visitor.get("/article/" + flood).body()).select("a.delete-article")).isEmpty();
        assertThat(visitor.post("/article/" + flood + "/delete", Map.of()).statusCode()).isIn(401, 403);
        assertThat(visitor.get("/article/" + flood).statusCode()).isEqualTo(200);
        assertThat(archive.store().get(flood)).isPresent();
    }

    @Test
    void deletingAnArticleThatIsNotStoredIsNotFound() throws Exception {
        CookieBrowser editor = browser().signedIn("salma", "editor password");
        assertThat(editor.get("/article/nosuchid/delete").statusCode()).isEqualTo(404);
        Document confirm = Jsoup.parse(editor.get("/article/" + market + "/delete").body());
        String csrf = confirm.selectFirst("form.confirm input[name=csrf]").attr("value");
        assertThat(editor.post("/article/nosuchid/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(404);
        assertThat(archive.store().get(market)).isPresent();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A browser of this test's server, keeping its cookies. */
    CookieBrowser browser() {
        return new CookieBrowser(() -> server.uri());
    }
}
