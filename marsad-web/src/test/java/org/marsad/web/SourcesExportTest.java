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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.ingest.source.Opml;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/** review25: the web had no export of the followed sources' feeds, only Marsad's own per outlet (/sources.opml). */
class SourcesExportTest {
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
        // Written for this test: one outlet with two desks' feeds and a category, one read by its sitemap.
        registry.add(new Source("الغد", URI.create("https://alghad.example/"), null, "ar", "أخبار",
                List.of(URI.create("https://alghad.example/politics.rss"), URI.create("https://alghad.example/sport.rss")),
                null, Duration.ofMinutes(20), false, null), clock.instant());
        registry.add(new Source("أرقام", null, null, "ar", null, List.of(), URI.create("https://arqam.example/sitemap.xml"),
                Duration.ofMinutes(60), false, null), clock.instant());
        Accounts accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, clock, null, null, null)
                .withAccounts(accounts));
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    private CookieBrowser browser() {
        return new CookieBrowser(() -> server.uri());
    }

    @Test
    void anEditorDownloadsTheFollowedFeedsFromTheSourcesPageAsTheCommandExportsThem() throws Exception {
        CookieBrowser editor = browser().signedIn("salma", "editor password");
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
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        assertThat(Jsoup.parse(reader.get("/sources").body()).select("a[href=/sources/export.opml]")).isEmpty();
        assertThat(reader.get("/sources/export.opml").statusCode()).isEqualTo(403);
        HttpResponse<String> visitor = browser().get("/sources/export.opml");
        assertThat(visitor.statusCode()).as("sent to sign in, or refused").isIn(303, 401, 403);
        assertThat(visitor.body()).doesNotContain("alghad.example/politics.rss");
    }
}
