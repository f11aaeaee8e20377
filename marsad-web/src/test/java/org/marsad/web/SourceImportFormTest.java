package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.NewSession;
import org.marsad.accounts.Role;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.store.Archive;

/**
 * The sources page's OPML upload ({@code POST /sources/import}), over a real server: what was added, what was there
 * and what was refused, in Arabic; a bad file refused whole with one line; the same rights as adding a source.
 * The feeds are IP literals (a public one, and loopback for the refused one), so no name is looked up.
 */
class SourceImportFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BOUNDARY = "----marsad-test-boundary";

    @TempDir
    Path dir;
    private Archive archive;
    private Accounts accounts;
    private SourceRegistry registry;
    private WebServer server;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
        registry.add(new Source("الموجود", null, null, null, "سياسة",
                List.of(URI.create("https://93.184.216.34/existing.xml")), null, Duration.ofMinutes(30), false,
                null), CLOCK.instant());
        accounts = Accounts.open(archive.store().database(), Accounts.Settings.defaults().withBcryptCost(4));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, CLOCK, null, null, null)
                .withAccounts(accounts)
                .withSources(Fetcher.create(FetchLimits.defaults()), changes::incrementAndGet));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void anEditorUploadsAFileAndSeesWhatWasAddedWhatWasThereAndWhatWasRefusedWithWhy() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        Document sources = Jsoup.parse(get("/sources", editor).body());
        assertThat(sources.select("form[action=/sources/import][enctype=multipart/form-data] input[type=file]"))
                .hasSize(1);

        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>قائمتي</title></head><body>
                  <outline text="أخبار">
                    <outline text="صحيفة جديدة" type="rss" xmlUrl="https://93.184.216.34/new.xml"/>
                    <outline text="الموجود" type="rss" xmlUrl="https://93.184.216.34/other.xml"/>
                  </outline>
                  <outline text="شبكة داخلية" type="rss" xmlUrl="http://127.0.0.1:9/feed.xml"/>
                </body></opml>""";
        HttpResponse<String> r = upload(editor, "list.opml", opml.getBytes(StandardCharsets.UTF_8), false);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst(".source-import .lead").text()).contains("list.opml");
        assertThat(page.select(".import-group.added li bdi").eachText()).containsExactly("صحيفة جديدة");
        assertThat(page.select(".import-group.present li bdi").eachText()).containsExactly("الموجود");
        assertThat(page.select(".import-group.refused li bdi").eachText()).containsExactly("شبكة داخلية");
        assertThat(page.selectFirst(".import-group.refused .url").text()).isEqualTo("http://127.0.0.1:9/feed.xml");
        assertThat(page.selectFirst(".import-group.refused .reason").text()).contains("عنوان داخلي");
        assertThat(page.select(".source-import > .lead").last().text()).isEqualTo("في الملف 3 مصادر، أُضيف منها مصدر واحد.");

        assertThat(registry.get("صحيفة جديدة").orElseThrow().category()).isEqualTo("أخبار");
        assertThat(registry.get("الموجود").orElseThrow().feeds())
                .containsExactly(URI.create("https://93.184.216.34/existing.xml"));
        assertThat(registry.get("شبكة داخلية")).isEmpty();
        assertThat(changes).hasValue(1);

        // Allowed explicitly, the intranet source is followed, as the command's --allow-private does.
        Document allowed = Jsoup.parse(upload(editor, "list.opml", opml.getBytes(StandardCharsets.UTF_8), true)
                .body());
        assertThat(allowed.select(".import-group.added li bdi").eachText()).containsExactly("شبكة داخلية");
        assertThat(registry.get("شبكة داخلية").orElseThrow().allowPrivate()).isTrue();
    }

    @Test
    void aBadFileGetsOneArabicLineAndNothingStoredChanges() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        List<Source> before = registry.list();
        String noFeed = "<opml version=\"2.0\"><body><outline text=\"مجلد\"/></body></opml>";
        String badUrl = "<opml version=\"2.0\"><body><outline text=\"أ\" xmlUrl=\"https://93.184.216.34/a\"/>"
                + "<outline text=\"ب\" xmlUrl=\"ftp://93.184.216.34/b\"/></body></opml>";
        List<byte[]> files = List.of("<html><body>صفحة</body></html>".getBytes(StandardCharsets.UTF_8),
                new byte[0], noFeed.getBytes(StandardCharsets.UTF_8), badUrl.getBytes(StandardCharsets.UTF_8),
                "not xml at all".getBytes(StandardCharsets.UTF_8));
        for (byte[] file : files) {
            HttpResponse<String> r = upload(editor, "bad.opml", file, false);
            String what = new String(file, StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(what).isEqualTo(400);
            Document page = Jsoup.parse(r.body());
            assertThat(page.select(".source-import .form-error > p")).as(what).hasSize(1);
            assertThat(page.selectFirst(".source-import .form-error > p").text()).as(what)
                    .doesNotContainPattern("\\b(?!OPML\\b)[A-Za-z]{4,}").contains("لم يتغيّر شيء");
            assertThat(page.select("form[action=/sources/import]")).as("the form again").hasSize(1);
        }
        assertThat(registry.list()).isEqualTo(before);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aFileOverTheCommandsBoundIsRefusedWithOneLine() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        byte[] big = new byte[(16 << 20) + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = upload(editor, "big.opml", big, false);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).select(".source-import .form-error > p").text()).contains("16 ميغابايت")
                .contains("لم يتغيّر شيء");
        assertThat(registry.list()).hasSize(1);
    }

    @Test
    void aReaderCannotImport() throws Exception {
        NewSession reader = accounts.startSession(accounts.user("amal").orElseThrow());
        assertThat(Jsoup.parse(get("/sources", reader).body()).select("form[action=/sources/import]")).isEmpty();
        String opml = "<opml version=\"2.0\"><body><outline text=\"أ\" xmlUrl=\"https://93.184.216.34/a\"/></body></opml>";
        HttpResponse<String> r = upload(reader, "list.opml", opml.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(registry.get("أ")).isEmpty();
    }

    @Test
    void aVisitorIsToldWhoCanAddSourcesAndWhereToSignIn() throws Exception {
        Document signedOut = Jsoup.parse(HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/sources")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        assertThat(signedOut.select("form[action=/sources/import]")).isEmpty();
        assertThat(signedOut.select(".sign-in-hint a[href=/login?next=%2Fsources]")).hasSize(1);
        assertThat(signedOut.select(".sign-in-hint").text()).contains("OPML").contains("محرر");

        NewSession reader = accounts.startSession(accounts.user("amal").orElseThrow());
        Document asReader = Jsoup.parse(get("/sources", reader).body());
        assertThat(asReader.select(".sign-in-hint a")).isEmpty();
        assertThat(asReader.select(".sign-in-hint").text()).contains("للمحررين");

        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        assertThat(Jsoup.parse(get("/sources", editor).body()).select(".sign-in-hint")).isEmpty();
    }

    private HttpResponse<String> get(String path, NewSession session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Cookie", Access.SESSION_COOKIE + "=" + session.cookie()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The upload form as a browser sends it: multipart, with the session's CSRF token. */
    private HttpResponse<String> upload(NewSession session, String name, byte[] file, boolean allowPrivate)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "csrf", session.session().csrf());
        if (allowPrivate) {
            field(body, "allow_private", "on");
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"opml\"; filename=\"" + name
                + "\"\r\nContent-Type: text/x-opml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/sources/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", Access.SESSION_COOKIE + "=" + session.cookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
