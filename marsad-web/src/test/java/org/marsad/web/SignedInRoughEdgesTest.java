package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.ingest.source.Opml;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/**
 * review25's rough edges of the signed-in pages: what the sign-in page, the empty sources page, the hidden articles
 * and a source followed by its feed say to someone who uses the site, not the command line; and the editors' export
 * of the followed feeds.
 */
class SignedInRoughEdgesTest {
    @TempDir
    Path dir;
    private Archive archive;
    private SourceRegistry registry;
    private WebServer server;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
        Accounts accounts = TestTeam.editorAndReader(archive, clock);
        server = TestTeam.serve(archive, clock, accounts);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    private CookieBrowser editor() throws Exception {
        return new CookieBrowser(() -> server.uri()).signedIn("salma", "editor password");
    }

    @Test
    void theSignInPageSaysAdminsAddAccountsOnTheSiteNotOnlyByTheCommand() throws Exception {
        Document login = Jsoup.parse(new CookieBrowser(() -> server.uri()).get("/login").body());
        assertThat(login.selectFirst("p.hint").text()).startsWith("يضيف مدير المرصد الحسابات من صفحة حسابه");
    }

    @Test
    void anEditorsEmptySourcesPagePointsToTheFormAboveNotTheCommandLine() throws Exception {
        Document page = Jsoup.parse(editor().get("/sources").body());
        assertThat(page.selectFirst("details.source-new[open] form.source-discover")).isNotNull();
        assertThat(page.selectFirst("p.empty").text()).contains("النموذج أعلاه", "OPML");
        assertThat(page.select("code.cmd")).as("no command under the form").isEmpty();
        // Someone who cannot add sources is still told how the server's operator does it.
        assertThat(new CookieBrowser(() -> server.uri()).get("/sources").body()).contains("marsad sources add");
    }

    @Test
    void anArticleHiddenFromTheCommandLineSaysSoNotCli() throws Exception {
        // Written for this test.
        String id = archive.save(Article.builder().url("https://news.example/flood").source("الغد")
                .title("فيضانات في السودان").published("2026-01-08")
                .body(List.of("غمرت الفيضانات قرى في ولاية الجزيرة.")).build(), null).id();
        archive.commit();
        archive.hide(List.of(id), Archive.HIDDEN_BY_COMMAND_LINE);
        CookieBrowser b = editor();
        String list = Jsoup.parse(b.get("/hidden").body()).selectFirst(".hidden-articles .meta").text();
        assertThat(list).contains("أُخفي من سطر الأوامر").doesNotContain("cli");
        String banner = Jsoup.parse(b.get("/article/" + id).body()).selectFirst(".hidden-notice").text();
        assertThat(banner).contains("أُخفي من سطر الأوامر").doesNotContain("cli");

        archive.unhide(List.of(id));
        archive.hide(List.of(id), "salma");
        assertThat(Jsoup.parse(b.get("/hidden").body()).selectFirst(".hidden-articles .meta").text())
                .contains("أخفاه salma");
    }

    @Test
    void aSourceFollowedByItsFeedsAddressShowsThatAddressOnce() throws Exception {
        URI feed = URI.create("https://news.example/rss.xml");
        registry.add(new Source("الغد", feed, null, "ar", null, List.of(feed), null, Duration.ofMinutes(30), false,
                null), clock.instant());
        URI site = URI.create("https://other.example/");
        registry.add(new Source("الأمس", site, null, "ar", null, List.of(URI.create("https://other.example/feed")),
                null, Duration.ofMinutes(30), false, null), clock.instant());
        Document page = Jsoup.parse(editor().get("/sources").body());
        assertThat(urls(page, "الغد")).isEqualTo(feed.toString());
        assertThat(urls(page, "الأمس")).isEqualTo(site + " https://other.example/feed");
    }

    private static String urls(Document page, String source) {
        return page.select("li.source").stream().filter(li -> li.selectFirst("h3 bdi").text().equals(source))
                .findFirst().orElseThrow().selectFirst("p.urls").text();
    }

    // review25: the web had no export of the followed sources' feeds, only Marsad's own per outlet (/sources.opml).

    /** Written for this test: one outlet with two desks' feeds and a category, one read by its sitemap. */
    private void followTwo() {
        registry.add(new Source("الغد", URI.create("https://alghad.example/"), null, "ar", "أخبار",
                List.of(URI.create("https://alghad.example/politics.rss"), URI.create("https://alghad.example/sport.rss")),
                null, Duration.ofMinutes(20), false, null), clock.instant());
        registry.add(new Source("أرقام", null, null, "ar", null, List.of(), URI.create("https://arqam.example/sitemap.xml"),
                Duration.ofMinutes(60), false, null), clock.instant());
    }

    @Test
    void anEditorDownloadsTheFollowedFeedsFromTheSourcesPageAsTheCommandExportsThem() throws Exception {
        followTwo();
        CookieBrowser editor = editor();
        String href = Jsoup.parse(editor.get("/sources").body()).selectFirst(".export-sources a").attr("href");
        HttpResponse<String> file = editor.get(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/x-opml"));
        assertThat(file.headers().firstValue("content-disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment"));
        assertThat(file.body()).as("what 'marsad sources export' prints").isEqualTo(Opml.export(registry.list()));

        // Read back, it is the sources followed, feeds and all: another Marsad or a feed reader can follow them.
        List<Source> back = Opml.read(file.body().getBytes(StandardCharsets.UTF_8));
        assertThat(back).extracting(Source::name).containsExactlyInAnyOrder("الغد", "أرقام");
        Source alghad = back.stream().filter(s -> s.name().equals("الغد")).findFirst().orElseThrow();
        assertThat(alghad.feeds()).containsExactly(URI.create("https://alghad.example/politics.rss"),
                URI.create("https://alghad.example/sport.rss"));
        assertThat(alghad.category()).isEqualTo("أخبار");
        assertThat(file.body()).doesNotContain("/feed.rss?source=");
    }

    @Test
    void readersAndVisitorsGetNoExportOfTheFollowedFeeds() throws Exception {
        followTwo();
        CookieBrowser reader = new CookieBrowser(() -> server.uri()).signedIn("amal", "reader password");
        assertThat(Jsoup.parse(reader.get("/sources").body()).select("a[href=/sources/export.opml]")).isEmpty();
        assertThat(reader.get("/sources/export.opml").statusCode()).isEqualTo(403);
        HttpResponse<String> visitor = new CookieBrowser(() -> server.uri()).get("/sources/export.opml");
        assertThat(visitor.statusCode()).as("sent to sign in, or refused").isIn(303, 401, 403);
        assertThat(visitor.body()).doesNotContain("alghad.example/politics.rss");
    }
}
