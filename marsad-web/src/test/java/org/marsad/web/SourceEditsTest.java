package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;

/** The API's source write routes: who may call them, CSRF, the SSRF rule, and what each one changes. */
class SourceEditsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Archive archive;
    private Accounts accounts;
    private SourceRegistry registry;
    private WebServer server;
    private HttpServer site;
    private final AtomicInteger changes = new AtomicInteger();
    private String editorToken;
    private String readerToken;

    @BeforeEach
    void start() throws Exception {
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
        registry.add(new Source("الموجود", null, null, null, "سياسة",
                List.of(URI.create("https://existing.example/feed.xml")), null, Duration.ofMinutes(30), false,
                new SourceHealth(Instant.parse("2026-02-01T08:00:00Z"), null, Instant.parse("2026-02-01T09:30:00Z"),
                        0)), CLOCK.instant());
        accounts = Accounts.open(archive.store().database(), Accounts.Settings.defaults().withBcryptCost(4));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        editorToken = accounts.addToken("salma", "test").secret();
        readerToken = accounts.addToken("amal", "test").secret();
        site = loopbackSite();
        server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, CLOCK, null, null, null)
                .withAccounts(accounts)
                .withSources(Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)),
                        changes::incrementAndGet));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (site != null) {
            site.stop(0);
        }
        if (archive != null) {
            archive.close();
        }
    }

    /** A site on 127.0.0.1 whose home page links its Atom feed (written for this test). */
    private static HttpServer loopbackSite() throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String body;
            String type;
            if (path.equals("/")) {
                type = "text/html; charset=utf-8";
                body = "<!doctype html><html lang=ar><head><title>موقع الاختبار</title>"
                        + "<link rel=alternate type=application/atom+xml title='آخر الأخبار' href=/news.atom>"
                        + "</head><body>أهلاً</body></html>";
            } else if (path.equals("/desks")) {
                // A site with two desks' feeds: which to follow is the user's choice.
                type = "text/html; charset=utf-8";
                body = "<!doctype html><html lang=ar><head><title>صحيفة الأقسام</title>"
                        + "<link rel=alternate type=application/atom+xml title='سياسة' href=/news.atom>"
                        + "<link rel=alternate type=application/atom+xml title='رياضة' href=/feed.xml>"
                        + "</head><body>أهلاً</body></html>";
            } else if (path.equals("/broken.xml")) {
                // A feed cut off mid-item: served, but not readable.
                type = "application/rss+xml";
                body = "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>معطوبة</title>"
                        + "<item><title>خبر";
            } else if (path.equals("/news.atom") || path.equals("/feed.xml")) {
                type = "application/atom+xml";
                body = "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                        + "<title>أخبار الاختبار</title><id>urn:test</id><updated>2026-02-01T08:00:00Z</updated>"
                        + "<entry><title>خبر</title><id>urn:test:1</id><link href='/a/1'/>"
                        + "<updated>2026-02-01T08:00:00Z</updated></entry></feed>";
            } else {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        s.start();
        return s;
    }

    private String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private HttpResponse<String> call(String method, String path, String json, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> asEditor(String method, String path, String json) throws Exception {
        return call(method, path, json, Map.of("Authorization", "Bearer " + editorToken));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return ArticleJson.mapper().readTree(r.body());
    }

    private static final String EXISTING = "/api/sources/" + org.marsad.web.view.Urls.segment("الموجود");

    /** Every write route with a body it would accept from an editor. */
    private static final List<String[]> WRITES = List.of(
            new String[] {"POST", "/api/sources", "{\"name\":\"جديد\",\"feed\":\"https://new.example/rss\"}"},
            new String[] {"PATCH", EXISTING, "{\"category\":\"اقتصاد\"}"},
            new String[] {"DELETE", EXISTING, null},
            new String[] {"POST", EXISTING + "/poll", null});

    @Test
    void everyWriteRouteRefusesNobodyAndReadersWithJsonAndChangesNothing() throws Exception {
        List<Source> before = registry.list();
        for (String[] w : WRITES) {
            HttpResponse<String> anon = call(w[0], w[1], w[2], Map.of());
            assertThat(anon.statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
            assertThat(json(anon).path("status").asInt()).isEqualTo(401);
            HttpResponse<String> badToken = call(w[0], w[1], w[2], Map.of("Authorization", "Bearer marsad_nope"));
            assertThat(badToken.statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
            HttpResponse<String> reader = call(w[0], w[1], w[2], Map.of("Authorization", "Bearer " + readerToken));
            assertThat(reader.statusCode()).as(w[0] + " " + w[1]).isEqualTo(403);
            assertThat(json(reader).path("error").asText()).isNotBlank();
        }
        assertThat(registry.list()).isEqualTo(before);
        assertThat(changes).hasValue(0);
    }

    @Test
    void anEditorsSessionWritesOnlyWithTheCsrfToken() throws Exception {
        NewSession s = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + s.cookie();
        for (String[] w : WRITES) {
            HttpResponse<String> r = call(w[0], w[1], w[2], Map.of("Cookie", cookie));
            assertThat(r.statusCode()).as(w[0] + " " + w[1]).isEqualTo(403);
            r = call(w[0], w[1], w[2], Map.of("Cookie", cookie, Access.CSRF_HEADER, "not-the-token"));
            assertThat(r.statusCode()).as(w[0] + " " + w[1]).isEqualTo(403);
        }
        assertThat(registry.list()).extracting(Source::name).containsExactly("الموجود");
        HttpResponse<String> ok = call("POST", "/api/sources", WRITES.get(0)[2],
                Map.of("Cookie", cookie, Access.CSRF_HEADER, s.session().csrf()));
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(registry.get("جديد")).isPresent();
    }

    @Test
    void addingByFeedStoresTheSourceAndWakesThePoller() throws Exception {
        HttpResponse<String> r = asEditor("POST", "/api/sources", "{\"name\":\"صحيفة\",\"feed\":"
                + "[\"https://paper.example/rss\",\"https://paper.example/world.rss\"],\"category\":\" محلي \","
                + "\"interval_minutes\":20,\"homepage\":\"https://paper.example/\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("location")).contains("/api/sources/" + org.marsad.web.view.Urls
                .segment("صحيفة"));
        JsonNode j = json(r);
        assertThat(j.path("id").asText()).isEqualTo("صحيفة");
        assertThat(j.path("status").asText()).isEqualTo("new");
        Source s = registry.get("صحيفة").orElseThrow();
        assertThat(s.feeds()).containsExactly(URI.create("https://paper.example/rss"),
                URI.create("https://paper.example/world.rss"));
        assertThat(s.category()).isEqualTo("محلي");
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(s.homepage()).isEqualTo(URI.create("https://paper.example/"));
        assertThat(s.allowPrivate()).isFalse();
        assertThat(changes).hasValue(1);
        // It is followed from now on: the list and the one-source route show it.
        assertThat(json(call("GET", "/api/sources", null, Map.of())).path("total").asInt()).isEqualTo(2);
        assertThat(json(call("GET", r.headers().firstValue("location").orElseThrow(), null, Map.of()))
                .path("category").asText()).isEqualTo("محلي");

        HttpResponse<String> again = asEditor("POST", "/api/sources", "{\"name\":\"صحيفة\",\"feed\":"
                + "\"https://other.example/rss\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(registry.get("صحيفة").orElseThrow().feeds()).hasSize(2);
    }

    @Test
    void aLoopbackFeedNeedsAllowPrivateAskedForExplicitly() throws Exception {
        String feed = siteUrl("/news.atom");
        HttpResponse<String> refused = asEditor("POST", "/api/sources", "{\"name\":\"داخلي\",\"feed\":\"" + feed
                + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("error").asText()).contains(feed).contains("allow_private");
        HttpResponse<String> home = asEditor("POST", "/api/sources", "{\"homepage\":\"" + siteUrl("/") + "\"}");
        assertThat(home.statusCode()).isEqualTo(400);
        assertThat(json(home).path("error").asText()).contains("allow_private");
        assertThat(registry.get("داخلي")).isEmpty();
        assertThat(registry.list()).hasSize(1);

        HttpResponse<String> ok = asEditor("POST", "/api/sources", "{\"name\":\"داخلي\",\"feed\":\"" + feed
                + "\",\"allow_private\":true}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(registry.get("داخلي").orElseThrow().allowPrivate()).isTrue();
        // Turning the permission off again while the feed is private is refused just the same.
        HttpResponse<String> off = asEditor("PATCH", "/api/sources/" + org.marsad.web.view.Urls.segment("داخلي"),
                "{\"allow_private\":false}");
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(registry.get("داخلي").orElseThrow().allowPrivate()).isTrue();
    }

    /** An editor's {@code POST /api/sources} with only a home page of the loopback site (allowed as private). */
    private HttpResponse<String> addByHomepage(String path) throws Exception {
        return asEditor("POST", "/api/sources", "{\"homepage\":\"" + siteUrl(path) + "\",\"allow_private\":true}");
    }

    @Test
    void addingByHomepageFollowsTheDiscoveredFeedAndListsTheCandidates() throws Exception {
        HttpResponse<String> r = addByHomepage("/");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode j = json(r);
        // No name given: the site's own title names it.
        assertThat(j.path("name").asText()).isEqualTo("موقع الاختبار");
        assertThat(j.path("feeds").get(0).asText()).isEqualTo(siteUrl("/news.atom"));
        assertThat(j.path("candidates").get(0).path("kind").asText()).isEqualTo("atom");
        assertThat(j.path("candidates").get(0).path("found").asText()).isEqualTo("page_link");
        assertThat(j.path("followed").asText()).isEqualTo(siteUrl("/news.atom"));
        Source s = registry.get("موقع الاختبار").orElseThrow();
        assertThat(s.feeds()).containsExactly(URI.create(siteUrl("/news.atom")));
        assertThat(s.homepage()).isEqualTo(URI.create(siteUrl("/")));
    }

    @Test
    void aHomepageOfferingSeveralFeedsIsAConflictListingThemUntilOneIsChosen() throws Exception {
        HttpResponse<String> r = addByHomepage("/desks");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        JsonNode j = json(r);
        assertThat(j.path("error").asText()).contains("offers 2 feeds", siteUrl("/news.atom"), siteUrl("/feed.xml"),
                "nothing was saved", "\"feed\"", "\"name\" (the site calls itself 'صحيفة الأقسام')")
                .doesNotContain("\n");
        assertThat(j.path("candidates").findValuesAsText("url")).containsExactly(siteUrl("/news.atom"),
                siteUrl("/feed.xml"));
        assertThat(registry.list()).extracting(Source::name).containsExactly("الموجود");
        assertThat(changes).hasValue(0);

        HttpResponse<String> chosen = asEditor("POST", "/api/sources", "{\"homepage\":\"" + siteUrl("/desks")
                + "\",\"feed\":\"" + siteUrl("/feed.xml") + "\",\"name\":\"رياضة\",\"allow_private\":true}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
        assertThat(registry.get("رياضة").orElseThrow().feeds()).containsExactly(URI.create(siteUrl("/feed.xml")));
    }

    @Test
    void badBodiesAreRefusedWithOneLineAndChangeNothing() throws Exception {
        for (String body : List.of("not json", "[1]", "{\"name\":\"x\"}", "{\"name\":\"x\",\"feed\":\"ftp://a/b\"}",
                "{\"name\":\"x\",\"feed\":\"https://a.example/\",\"interval_minutes\":0}",
                "{\"name\":\"x\",\"feed\":\"https://a.example/\",\"interval_minutes\":\"ten\"}",
                "{\"name\":\"x\",\"feed\":\"https://a.example/\",\"allow_private\":\"yes\"}",
                "{\"name\":\"x\",\"feeds\":\"https://a.example/\"}", "{\"feed\":\"https://a.example/\"}")) {
            HttpResponse<String> r = asEditor("POST", "/api/sources", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).path("error").asText()).as(body).isNotBlank().doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(asEditor("PATCH", EXISTING, "{\"name\":\"renamed\"}").statusCode()).isEqualTo(400);
        assertThat(asEditor("PATCH", EXISTING, "{\"feed\":[],\"sitemap\":null}").statusCode()).isEqualTo(400);
        assertThat(registry.list()).extracting(Source::name).containsExactly("الموجود");
        assertThat(registry.get("الموجود").orElseThrow().feeds()).hasSize(1);
        assertThat(changes).hasValue(0);
    }

    @Test
    void patchChangesTheGivenFieldsAndKeepsHealth() throws Exception {
        Source before = registry.get("الموجود").orElseThrow();
        HttpResponse<String> r = asEditor("PATCH", EXISTING, "{\"category\":\"اقتصاد\",\"interval_minutes\":60,"
                + "\"sitemap\":\"https://existing.example/news-sitemap.xml\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("category").asText()).isEqualTo("اقتصاد");
        Source after = registry.get("الموجود").orElseThrow();
        assertThat(after.category()).isEqualTo("اقتصاد");
        assertThat(after.pollInterval()).isEqualTo(Duration.ofMinutes(60));
        assertThat(after.sitemap()).isEqualTo(URI.create("https://existing.example/news-sitemap.xml"));
        assertThat(after.feeds()).isEqualTo(before.feeds());
        // Its polling memory stays; a new sitemap makes it due now, to be read at once.
        assertThat(after.health().lastSuccess()).isEqualTo(before.health().lastSuccess());
        assertThat(after.health().consecutiveFailures()).isEqualTo(before.health().consecutiveFailures());
        assertThat(after.health().nextPoll()).isEqualTo(CLOCK.instant()).isBefore(before.health().nextPoll());
        // null clears an optional field.
        asEditor("PATCH", EXISTING, "{\"category\":null}");
        HttpResponse<String> paused = asEditor("PATCH", EXISTING, "{\"paused\":true}");
        assertThat(json(paused).path("paused").asBoolean()).isTrue();
        assertThat(json(paused).path("status").asText()).isEqualTo("paused");
        assertThat(registry.get("الموجود").orElseThrow().paused()).isTrue();
        asEditor("PATCH", EXISTING, "{\"paused\":false}");
        assertThat(registry.get("الموجود").orElseThrow().paused()).isFalse();
        assertThat(registry.get("الموجود").orElseThrow().category()).isNull();
        assertThat(asEditor("PATCH", "/api/sources/nothing", "{\"category\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(changes).hasValue(4);
    }

    @Test
    void pollNowMakesTheSourceDueAndDeleteStopsFollowingIt() throws Exception {
        assertThat(registry.get("الموجود").orElseThrow().health().isDue(CLOCK.instant())).isFalse();
        HttpResponse<String> p = asEditor("POST", EXISTING + "/poll", null);
        assertThat(p.statusCode()).isEqualTo(202);
        Source polled = registry.get("الموجود").orElseThrow();
        assertThat(polled.health().isDue(CLOCK.instant())).isTrue();
        assertThat(polled.health().lastSuccess()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
        assertThat(changes).hasValue(1);

        HttpResponse<String> d = asEditor("DELETE", EXISTING, null);
        assertThat(d.statusCode()).isEqualTo(204);
        assertThat(registry.list()).isEmpty();
        assertThat(call("GET", EXISTING, null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(asEditor("DELETE", EXISTING, null).statusCode()).isEqualTo(404);
        assertThat(asEditor("POST", EXISTING + "/poll", null).statusCode()).isEqualTo(404);
        assertThat(changes).hasValue(2);
    }

    private HttpResponse<String> form(String path, Map<String, String> fields, String cookie) throws Exception {
        String body = fields.entrySet().stream().map(e -> AccessTest.enc(e.getKey()) + "=" + AccessTest.enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSiteThatCannotBeReadIsSaidInArabicOnTheFormWithWhatWasTyped() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        // An address the test site does not have (404), and the site itself without allowing a loopback address.
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(siteUrl("/no-such-feed.xml"), "on");
        cases.put(siteUrl("/"), "");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Map<String, String> ask = new java.util.LinkedHashMap<>(Map.of("url", c.getKey(), "name", "مصدري",
                    "category", "تجارب", "csrf", editor.session().csrf()));
            if (!c.getValue().isEmpty()) {
                ask.put("allow_private", c.getValue());
            }
            HttpResponse<String> r = form("/sources/discover", ask, cookie);
            assertThat(r.statusCode()).isEqualTo(400);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
            org.jsoup.nodes.Element f = page.selectFirst("form.source-discover");
            assertThat(f).as("the add form, again, for %s", c.getKey()).isNotNull();
            assertThat(f.selectFirst(".form-error").text()).as("Arabic, no English message")
                    .isNotBlank().doesNotContainPattern("\\b(?!HTTP\\b)[A-Za-z]{4,}");
            assertThat(f.selectFirst("input[name=url]").attr("value")).isEqualTo(c.getKey());
            assertThat(f.selectFirst("input[name=name]").attr("value")).isEqualTo("مصدري");
            assertThat(f.selectFirst("input[name=category]").attr("value")).isEqualTo("تجارب");
            assertThat(f.selectFirst("input[name=allow_private]").hasAttr("checked")).isEqualTo(!c.getValue().isEmpty());
            assertThat(page.selectFirst("details.source-new").hasAttr("open")).isTrue();
        }
        assertThat(registry.get("مصدري")).isEmpty();
    }

    /** The second step's form as a browser would send it: its fields, and the radio {@code pick} if given. */
    private static Map<String, String> pickFields(org.jsoup.nodes.Document page, String pick) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element in : page.select("form.source-pick input")) {
            if (!in.attr("type").equals("radio")) {
                // One candidate in these cases, so no field name repeats.
                fields.put(in.attr("name"), in.attr("value"));
            }
        }
        if (pick != null) {
            fields.put("pick", pick);
        }
        return fields;
    }

    @Test
    void anUnreadableFeedAddressIsSaidAndTheSitesOtherFeedIsOfferedNotChosen() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        HttpResponse<String> r = form("/sources/discover", Map.of("url", siteUrl("/broken.xml"), "name", "المعطوبة",
                "allow_private", "on", "csrf", editor.session().csrf()), cookie);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
        org.jsoup.nodes.Element notice = page.selectFirst(".source-add .form-error");
        assertThat(notice).as("the typed address is said to be unreadable").isNotNull();
        assertThat(notice.text()).contains(siteUrl("/broken.xml")).contains("غير صالحة");
        // The site's other feed, found at a common path, is offered but not checked for the editor.
        assertThat(page.select("input[name=pick]")).extracting(e -> e.attr("value"))
                .containsExactly("feed " + siteUrl("/feed.xml"));
        assertThat(page.select("input[name=pick][checked]")).isEmpty();

        // Sent without a choice: the form again, nothing followed.
        HttpResponse<String> none = form("/sources/add", pickFields(page, null), cookie);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(none.body()).selectFirst("form.source-pick input[name=name]").attr("value"))
                .isEqualTo("المعطوبة");
        assertThat(registry.get("المعطوبة")).isEmpty();
    }

    @Test
    void aSiteWithSeveralFeedsIsOfferedOnThePageWithNoneCheckedForTheEditor() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        HttpResponse<String> r = form("/sources/discover", Map.of("url", siteUrl("/desks"), "allow_private", "on",
                "csrf", editor.session().csrf()), Access.SESSION_COOKIE + "=" + editor.cookie());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.select("input[name=pick]")).extracting(e -> e.attr("value"))
                .containsExactly("feed " + siteUrl("/news.atom"), "feed " + siteUrl("/feed.xml"));
        assertThat(page.select("input[name=pick][checked]")).isEmpty();
    }

    @Test
    void aRefusedSecondStepGivesTheFormBackWithWhatWasTypedAndPicked() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        org.jsoup.nodes.Document found = org.jsoup.Jsoup.parse(form("/sources/discover", Map.of("url", siteUrl("/"),
                "allow_private", "on", "csrf", editor.session().csrf()), cookie).body());
        Map<String, String> fields = pickFields(found, "feed " + siteUrl("/news.atom"));
        fields.put("name", "الموجود");
        fields.put("category", "تجارب");
        fields.put("interval_minutes", "20");
        HttpResponse<String> r = form("/sources/add", fields, cookie);
        assertThat(r.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(r.body());
        org.jsoup.nodes.Element f = again.selectFirst("form.source-pick");
        assertThat(f).as(r.body()).isNotNull();
        assertThat(again.selectFirst(".source-add .form-error").text()).isEqualTo("يوجد مصدر بهذا الاسم. اختر اسماً آخر.");
        assertThat(f.selectFirst("input[name=name]").attr("value")).isEqualTo("الموجود");
        assertThat(f.selectFirst("input[name=category]").attr("value")).isEqualTo("تجارب");
        assertThat(f.selectFirst("input[name=interval_minutes]").attr("value")).isEqualTo("20");
        assertThat(f.selectFirst("input[name=pick][checked]").attr("value")).isEqualTo("feed " + siteUrl("/news.atom"));
        assertThat(f.selectFirst(".candidate .count").text()).isEqualTo("(عنصر واحد الآن)");
        assertThat(f.selectFirst("input[name=allow_private]")).isNotNull();

        // The same form, renamed, goes through: what came back is enough to follow the source.
        Map<String, String> retry = pickFields(again, "feed " + siteUrl("/news.atom"));
        retry.put("name", "موقع الاختبار");
        assertThat(form("/sources/add", retry, cookie).statusCode()).isEqualTo(303);
        Source s = registry.get("موقع الاختبار").orElseThrow();
        assertThat(s.feeds()).containsExactly(URI.create(siteUrl("/news.atom")));
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(registry.get("الموجود").orElseThrow().feeds())
                .containsExactly(URI.create("https://existing.example/feed.xml"));
    }

    @Test
    void editorsAddByHomepageFromTheSourcesPageReadersSeeNoControls() throws Exception {
        NewSession reader = accounts.startSession(accounts.user("amal").orElseThrow());
        org.jsoup.nodes.Document readerPage = org.jsoup.Jsoup.parse(call("GET", "/sources", null,
                Map.of("Cookie", Access.SESSION_COOKIE + "=" + reader.cookie())).body());
        assertThat(readerPage.select("form[method=post]")).extracting(e -> e.attr("action")).containsOnly("/logout");
        assertThat(org.jsoup.Jsoup.parse(call("GET", "/sources", null, Map.of()).body()).select("form[method=post]"))
                .isEmpty();

        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(call("GET", "/sources", null, Map.of("Cookie", cookie))
                .body());
        assertThat(page.selectFirst("form.source-discover").attr("action")).isEqualTo("/sources/discover");
        assertThat(page.selectFirst("form.source-discover input[name=csrf]").attr("value"))
                .isEqualTo(editor.session().csrf());
        assertThat(page.select(".source-actions form")).extracting(e -> e.attr("action"))
                .containsExactly("/sources/poll", "/sources/pause");
        assertThat(page.select(".source-actions a.remove-source")).isNotEmpty();
        assertThat(page.select("form[action=/sources/edit]")).isNotEmpty();

        // Without the CSRF token, refused and nothing is read or added.
        Map<String, String> ask = new java.util.LinkedHashMap<>(Map.of("url", siteUrl("/"), "allow_private", "on",
                "category", "تجارب"));
        assertThat(form("/sources/discover", ask, cookie).statusCode()).isEqualTo(403);
        ask.put("csrf", editor.session().csrf());
        HttpResponse<String> found = form("/sources/discover", ask, cookie);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        org.jsoup.nodes.Document pick = org.jsoup.Jsoup.parse(found.body());
        assertThat(pick.selectFirst("input[name=pick][checked]").attr("value"))
                .isEqualTo("feed " + siteUrl("/news.atom"));
        assertThat(pick.selectFirst("input[name=name]").attr("value")).isEqualTo("موقع الاختبار");
        // The feed lists one entry: counted as Arabic counts one, not "1 عنصراً".
        assertThat(pick.selectFirst(".candidate .count").text()).isEqualTo("(عنصر واحد الآن)");
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element in : pick.select("form.source-pick input")) {
            if (!in.attr("type").equals("radio") || in.hasAttr("checked")) {
                chosen.put(in.attr("name"), in.attr("value"));
            }
        }
        chosen.remove("csrf");
        assertThat(form("/sources/add", chosen, cookie).statusCode()).isEqualTo(403);
        assertThat(registry.get("موقع الاختبار")).isEmpty();
        chosen.put("csrf", editor.session().csrf());
        HttpResponse<String> added = form("/sources/add", chosen, cookie);
        assertThat(added.statusCode()).isEqualTo(303);
        Source s = registry.get("موقع الاختبار").orElseThrow();
        assertThat(s.feeds()).containsExactly(URI.create(siteUrl("/news.atom")));
        assertThat(s.category()).isEqualTo("تجارب");
        assertThat(s.allowPrivate()).isTrue();

        // A reader's session cannot use the forms even with its own token.
        assertThat(form("/sources/remove", Map.of("name", "موقع الاختبار", "csrf", reader.session().csrf()),
                Access.SESSION_COOKIE + "=" + reader.cookie()).statusCode()).isEqualTo(403);
        assertThat(form("/sources/poll", Map.of("name", "موقع الاختبار", "csrf", editor.session().csrf()), cookie)
                .statusCode()).isEqualTo(303);

        // Edit: the form as the page fills it, with a new category, interval and a second feed.
        org.jsoup.nodes.Element edit = org.jsoup.Jsoup.parse(call("GET", "/sources", null, Map.of("Cookie", cookie))
                .body()).select("form[action=/sources/edit]").stream()
                .filter(f -> f.selectFirst("input[name=name]").attr("value").equals("موقع الاختبار"))
                .findFirst().orElseThrow();
        assertThat(edit.selectFirst("textarea[name=feeds]").text()).isEqualTo(siteUrl("/news.atom"));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element in : edit.select("input")) {
            fields.put(in.attr("name"), in.attr("value"));
        }
        fields.put("category", "اقتصاد");
        fields.put("interval_minutes", "45");
        fields.put("feeds", siteUrl("/news.atom") + "\r\n" + siteUrl("/world.atom") + "\r\n");
        assertThat(form("/sources/edit", fields, cookie).statusCode()).isEqualTo(303);
        Source edited = registry.get("موقع الاختبار").orElseThrow();
        assertThat(edited.category()).isEqualTo("اقتصاد");
        assertThat(edited.pollInterval()).isEqualTo(Duration.ofMinutes(45));
        assertThat(edited.feeds()).containsExactly(URI.create(siteUrl("/news.atom")), URI.create(siteUrl("/world.atom")));
        assertThat(edited.allowPrivate()).as("kept").isTrue();
        fields.put("interval_minutes", "0");
        assertThat(form("/sources/edit", fields, cookie).statusCode()).isEqualTo(400);

        // Pause: the page says so and offers resume instead of poll now; the API shows it.
        assertThat(form("/sources/pause", Map.of("name", "موقع الاختبار", "paused", "1", "csrf",
                editor.session().csrf()), cookie).statusCode()).isEqualTo(303);
        assertThat(registry.get("موقع الاختبار").orElseThrow().paused()).isTrue();
        org.jsoup.nodes.Document pausedPage = org.jsoup.Jsoup.parse(call("GET", "/sources", null,
                Map.of("Cookie", cookie)).body());
        assertThat(pausedPage.selectFirst("li.source.paused .badge").text()).isEqualTo("متوقّف مؤقتاً");
        assertThat(pausedPage.select("li.source.paused .source-actions form")).extracting(e -> e.attr("action"))
                .containsExactly("/sources/pause");
        assertThat(pausedPage.select("li.source.paused .source-actions a.remove-source")).hasSize(1);
        assertThat(json(call("GET", "/api/sources/" + org.marsad.web.view.Urls.segment("موقع الاختبار"), null, Map.of()))
                .path("status").asText()).isEqualTo("paused");
        assertThat(form("/sources/pause", Map.of("name", "موقع الاختبار", "paused", "0", "csrf",
                editor.session().csrf()), cookie).statusCode()).isEqualTo(303);
        assertThat(registry.get("موقع الاختبار").orElseThrow().paused()).isFalse();

        assertThat(form("/sources/remove", Map.of("name", "موقع الاختبار", "csrf", editor.session().csrf()), cookie)
                .statusCode()).isEqualTo(303);
        assertThat(registry.get("موقع الاختبار")).isEmpty();
        assertThat(changes).hasValue(6);
    }

    // review25: «إلغاء المتابعة» unfollowed on one click, though deleting an article asks first
    @Test
    void unfollowingASourceAsksFirstOnAPageOfItsOwnAndOnlyItsFormUnfollows() throws Exception {
        CookieBrowser editor = new CookieBrowser(() -> server.uri()).signedIn("salma", "editor password");
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(editor.get("/sources").body());
        assertThat(list.select("form[action=/sources/remove]")).as("no one-click unfollow on the list").isEmpty();
        String href = list.selectFirst("li.source a.remove-source").attr("href");

        HttpResponse<String> asked = editor.get(href);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(registry.get("الموجود")).as("opening the page unfollows nothing").isPresent();
        org.jsoup.nodes.Document confirm = org.jsoup.Jsoup.parse(asked.body());
        assertThat(confirm.selectFirst(".confirm-action .target").text()).isEqualTo("الموجود");
        assertThat(confirm.selectFirst(".confirm-action").text()).contains("تبقى مقالاته المحفوظة في الأرشيف");
        assertThat(editor.get("/sources/remove?name=" + AccessTest.enc("غيره")).statusCode()).isEqualTo(404);
        assertThat(new CookieBrowser(() -> server.uri()).signedIn("amal", "reader password").get(href).statusCode())
                .isEqualTo(403);

        org.jsoup.nodes.Element form = confirm.selectFirst("form.confirm");
        assertThat(form.selectFirst("input[name=name]").attr("value")).isEqualTo("الموجود");
        HttpResponse<String> done = editor.post(form.attr("action"), editor.form(confirm, "form.confirm", "name",
                "الموجود"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(registry.get("الموجود")).isEmpty();
    }

    // product22: the API and the page's edit form saved a web page as a feed (only 'sources add' refused it)
    @Test
    void aWebPageGivenAsAFeedIsRefusedByTheApiAndTheEditFormAsTheCommandRefusesItNamingThePagesFeed()
            throws Exception {
        String page = siteUrl("/");
        String named = siteUrl("/news.atom");
        String expected = page + ": an HTML page, not a feed: 'marsad sources discover --allow-private " + page
                + "' lists the feeds a site links to; the page names its feed: " + named;
        HttpResponse<String> add = asEditor("POST", "/api/sources", "{\"name\":\"صفحة\",\"feed\":\"" + page
                + "\",\"allow_private\":true}");
        assertThat(add.statusCode()).as(add.body()).isEqualTo(400);
        assertThat(json(add).path("error").asText()).isEqualTo("source not saved: " + expected);
        assertThat(json(add).path("page_feeds").toString()).isEqualTo("[\"" + named + "\"]");
        assertThat(registry.get("صفحة")).isEmpty();

        // A feed that does not answer now is added, as 'sources add' adds it: the polls report it.
        HttpResponse<String> gone = asEditor("POST", "/api/sources", "{\"name\":\"صفحة\",\"feed\":\""
                + siteUrl("/gone.xml") + "\",\"allow_private\":true}");
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(201);
        String id = "/api/sources/" + org.marsad.web.view.Urls.segment("صفحة");
        HttpResponse<String> patch = asEditor("PATCH", id, "{\"feed\":[\"" + siteUrl("/gone.xml") + "\",\""
                + page + "\"]}");
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(400);
        assertThat(json(patch).path("error").asText()).isEqualTo("source not changed: " + expected);
        assertThat(registry.get("صفحة").orElseThrow().feeds()).containsExactly(URI.create(siteUrl("/gone.xml")));

        // The page's edit form: the same refusal in Arabic, the form open with what was typed, and one click
        // saves it with the feed the page names in the page's place.
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("name", "صفحة", "csrf",
                editor.session().csrf(), "category", "تجارب", "interval_minutes", "40", "feeds",
                siteUrl("/gone.xml") + "\r\n" + page, "sitemap", ""));
        HttpResponse<String> refused = form("/sources/edit", fields, cookie);
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(refused.body());
        org.jsoup.nodes.Element open = doc.selectFirst("details.source-edit[open]");
        assertThat(open.selectFirst(".form-error").text()).contains("صفحة ويب وليس خلاصة", "لم يُحفظ تعديل «صفحة»");
        assertThat(open.id()).as("the page's alert links the form").isEqualTo("edit-refused");
        assertThat(doc.selectFirst("section.sources > p.form-error a").attr("href")).isEqualTo("#edit-refused");
        assertThat(open.selectFirst("code").text()).isEqualTo("source 'صفحة' not changed: " + expected);
        assertThat(open.selectFirst("form.source-pick textarea[name=feeds]").wholeText().lines())
                .containsExactly(siteUrl("/gone.xml"), page);
        assertThat(open.selectFirst("form.source-pick input[name=category]").attr("value")).isEqualTo("تجارب");
        assertThat(registry.get("صفحة").orElseThrow().category()).as("nothing changed").isNull();
        org.jsoup.nodes.Element offer = open.selectFirst("form.source-offer");
        assertThat(offer.selectFirst(".url").text()).isEqualTo(named);
        Map<String, String> oneClick = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element in : offer.select("input")) {
            oneClick.put(in.attr("name"), in.attr("value"));
        }
        assertThat(form("/sources/edit", oneClick, cookie).statusCode()).isEqualTo(303);
        Source used = registry.get("صفحة").orElseThrow();
        assertThat(used.feeds()).containsExactly(URI.create(siteUrl("/gone.xml")), URI.create(named));
        assertThat(used.category()).isEqualTo("تجارب");
        assertThat(used.pollInterval()).isEqualTo(Duration.ofMinutes(40));
    }

    // review25: a mistyped feed line (or a private address) in the edit form gave a bare 400 page, the edit lost
    @Test
    void aMistypedOrPrivateFeedInTheEditFormShowsTheFormAgainWithWhatWasTyped() throws Exception {
        NewSession editor = accounts.startSession(accounts.user("salma").orElseThrow());
        String cookie = Access.SESSION_COOKIE + "=" + editor.cookie();
        for (String typo : List.of("https://existing.example/feed.xml\r\nnews site rss", "http://10.0.0.7/rss")) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("name", "الموجود", "csrf",
                    editor.session().csrf(), "category", "اقتصاد", "interval_minutes", "40", "feeds", typo,
                    "sitemap", ""));
            HttpResponse<String> refused = form("/sources/edit", fields, cookie);
            assertThat(refused.statusCode()).isEqualTo(400);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(refused.body());
            org.jsoup.nodes.Element open = doc.selectFirst("details.source-edit[open]");
            assertThat(open).as("the sources page with the edited source's form open: " + typo).isNotNull();
            assertThat(open.selectFirst(".form-error").text()).startsWith("لم يُحفظ تعديل «الموجود»: ")
                    .doesNotContainPattern("[A-Za-z]{5,}");
            assertThat(open.selectFirst("form.source-pick textarea[name=feeds]").wholeText().lines())
                    .containsExactlyElementsOf(typo.lines().toList());
            assertThat(open.selectFirst("form.source-pick input[name=category]").attr("value")).isEqualTo("اقتصاد");
            assertThat(open.selectFirst("form.source-pick input[name=interval_minutes]").attr("value"))
                    .isEqualTo("40");
            assertThat(registry.get("الموجود").orElseThrow().category()).as("nothing changed").isEqualTo("سياسة");
        }
    }
}
