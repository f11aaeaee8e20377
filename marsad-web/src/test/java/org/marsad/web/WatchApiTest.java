package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.marsad.accounts.Role;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.Watches;

/** {@code /api/watches}: owners, roles, bad queries, changes and tests of watches, over HTTP against a real server. */
class WatchApiTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;
    private Archive archive;
    private Accounts accounts;
    private Watches watches;
    private WebServer server;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));
    private String salma;
    private String karim;
    private String amal;
    private String bilal;

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        // Written for this test: one article two days before the clock's "now".
        archive.save(Article.builder().url("https://news.example/flood").source("الغد").title("فيضانات في السودان")
                .published("2026-01-08").body(List.of("غمرت الفيضانات قرى في ولاية الجزيرة.")).build(), null);
        archive.commit();
        accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("karim", Role.EDITOR, "other editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        accounts.addUser("bilal", Role.ADMIN, "admin password".toCharArray());
        salma = accounts.addToken("salma", null).secret();
        karim = accounts.addToken("karim", null).secret();
        amal = accounts.addToken("amal", null).secret();
        bilal = accounts.addToken("bilal", null).secret();
        watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")).withClock(clock));
        server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0).withAccounts(accounts)
                .withWatches(watches));
    }

    @AfterEach
    void stop() {
        server.close();
        watches.close();
        archive.close();
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return ArticleJson.mapper().readTree(r.body());
    }

    private long create(String token, String json) throws Exception {
        HttpResponse<String> r = call("POST", "/api/watches", token, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    @Test
    void theFeedAddressGivenResolvesAgainstTheApisOwnAddress() throws Exception {
        long id = create(salma, "{\"name\":\"فيضانات\",\"query\":\"فيضان\"}");
        URI listed = server.uri().resolve("/api/watches/" + id);
        String feed = json(call("GET", "/api/watches/" + id, salma, null)).path("feed").asText();
        // A client resolves a link in an answer against that answer's address (RFC 3986), as a browser would.
        HttpResponse<String> atom = HTTP.send(HttpRequest.newBuilder(listed.resolve(feed)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(atom.statusCode()).as(feed).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    }

    @Test
    void anEditorCreatesAWatchTheyOwnAndOthersCannotSeeIt() throws Exception {
        HttpResponse<String> made = call("POST", "/api/watches", salma,
                "{\"name\":\"فيضانات\",\"query\":\"فيضان\",\"mode\":\"every\",\"email\":\"salma@news.example\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode w = json(made);
        long id = w.path("id").asLong();
        assertThat(made.headers().firstValue("location")).contains("/api/watches/" + id);
        assertThat(w.path("owner").asText()).isEqualTo("salma");
        assertThat(w.path("mode").asText()).isEqualTo("every");
        assertThat(w.path("email").asText()).isEqualTo("salma@news.example");
        assertThat(w.path("last_alert").isNull()).isTrue();
        assertThat(watches.get(id)).map(Watch::owner).contains("salma");

        assertThat(json(call("GET", "/api/watches", salma, null)).path("total").asInt()).isEqualTo(1);
        assertThat(call("GET", "/api/watches/" + id, salma, null).statusCode()).isEqualTo(200);
        // Another editor: as if it did not exist, and nothing they send changes it.
        assertThat(json(call("GET", "/api/watches", karim, null)).path("total").asInt()).isZero();
        assertThat(call("GET", "/api/watches/" + id, karim, null).statusCode()).isEqualTo(404);
        assertThat(call("PATCH", "/api/watches/" + id, karim, "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/watches/" + id, karim, null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/watches/" + id + "/test", karim, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/watches/" + id + "/deliveries", karim, null).statusCode()).isEqualTo(404);
        assertThat(watches.get(id)).map(Watch::name).contains("فيضانات");
    }

    @Test
    void readersAreRefusedAndNobodyMustSignIn() throws Exception {
        long id = watches.create(WatchSpec.of("قديمة", "مطر"), "salma").id();
        for (String[] route : new String[][] {{"GET", "/api/watches"}, {"POST", "/api/watches"},
                {"GET", "/api/watches/" + id}, {"PATCH", "/api/watches/" + id}, {"DELETE", "/api/watches/" + id},
                {"POST", "/api/watches/" + id + "/test"}, {"GET", "/api/watches/" + id + "/deliveries"}}) {
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : "{\"name\":\"x\",\"query\":\"y\"}";
            HttpResponse<String> reader = call(route[0], route[1], amal, body);
            assertThat(reader.statusCode()).as("reader " + String.join(" ", route)).isEqualTo(403);
            assertThat(json(reader).path("error").asText()).isEqualTo("this needs the editor role");
            assertThat(call(route[0], route[1], null, body).statusCode()).as("nobody " + String.join(" ", route))
                    .isEqualTo(401);
        }
        assertThat(watches.list()).hasSize(1);
        assertThat(watches.get(id)).map(Watch::name).contains("قديمة");
    }

    @Test
    void adminsManageEveryWatchIncludingThoseWithoutAnOwner() throws Exception {
        long cli = watches.create(WatchSpec.of("من سطر الأوامر", "مطر"), null).id();
        long mine = create(salma, "{\"name\":\"فيضانات\",\"query\":\"فيضان\"}");
        assertThat(call("GET", "/api/watches/" + cli, salma, null).statusCode())
                .as("a watch without owner is for admins").isEqualTo(404);
        JsonNode all = json(call("GET", "/api/watches", bilal, null));
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("watches").findValuesAsText("name")).containsExactly("من سطر الأوامر", "فيضانات");
        HttpResponse<String> renamed = call("PATCH", "/api/watches/" + mine, bilal, "{\"name\":\"سيول\"}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json(renamed).path("owner").asText()).as("the owner stays").isEqualTo("salma");
        assertThat(call("DELETE", "/api/watches/" + cli, bilal, null).statusCode()).isEqualTo(204);
        assertThat(watches.get(cli)).isEmpty();
        assertThat(call("GET", "/api/watches/" + cli, bilal, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadQueryIsRefusedWithTheQueryErrorAndChangesNothing() throws Exception {
        HttpResponse<String> bad = call("POST", "/api/watches", salma, "{\"name\":\"x\",\"query\":\"\\\"فيضان\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode err = json(bad);
        assertThat(err.path("status").asInt()).isEqualTo(400);
        assertThat(err.path("error").asText()).startsWith("query: ").contains("quot");
        assertThat(watches.list()).isEmpty();

        long id = create(salma, "{\"name\":\"فيضانات\",\"query\":\"فيضان\"}");
        HttpResponse<String> badEdit = call("PATCH", "/api/watches/" + id, salma, "{\"query\":\"(فيضان\"}");
        assertThat(badEdit.statusCode()).isEqualTo(400);
        assertThat(json(badEdit).path("error").asText()).startsWith("query: ");
        assertThat(watches.get(id)).map(Watch::query).contains("فيضان");

        for (String body : new String[] {"", "[1]", "{\"name\":", "{\"name\":\"x\"}", "{\"name\":\"x\",\"query\":\"y\","
                + "\"mode\":\"weekly\"}", "{\"name\":\"x\",\"query\":\"y\",\"paused\":\"yes\"}",
                "{\"name\":\"x\",\"query\":\"y\",\"zone\":\"Mars/Olympus\"}"}) {
            HttpResponse<String> r = call("POST", "/api/watches", salma, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).path("error").asText()).as(body).isNotBlank();
        }
        assertThat(watches.list()).hasSize(1);
    }

    @Test
    void editingTheQueryRegistersTheWatchAgain() throws Exception {
        long id = create(salma, "{\"name\":\"رصد\",\"query\":\"زلزال\",\"mode\":\"every\"}");
        HttpResponse<String> edited = call("PATCH", "/api/watches/" + id, salma,
                "{\"name\":\"فيضانات\",\"query\":\"فيضان\",\"paused\":false}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json(edited).path("query").asText()).isEqualTo("فيضان");
        assertThat(json(edited).path("mode").asText()).as("members not sent are kept").isEqualTo("every");
        // Written for this test.
        archive.save(Article.builder().url("https://news.example/flood2").source("الغد").title("فيضان جديد")
                .published("2026-01-10").body(List.of("فيضان يغمر قرى جديدة.")).build(), null);
        archive.save(Article.builder().url("https://news.example/quake").source("الغد").title("زلزال في تركيا")
                .published("2026-01-10").body(List.of("ضرب زلزال شرق تركيا.")).build(), null);
        archive.commit();
        assertThat(watches.matchNew()).as("the new query alerts, the old one no longer").isEqualTo(1);
        assertThat(json(call("GET", "/api/watches/" + id, salma, null)).path("last_alert").asText())
                .isEqualTo(clock.now().toString());
    }

    @Test
    void testingAWatchShowsWhatTheLastSevenDaysWouldHaveAlerted() throws Exception {
        long id = create(salma, "{\"name\":\"فيضانات\",\"query\":\"فيضانات\"}");
        HttpResponse<String> r = call("POST", "/api/watches/" + id + "/test", salma, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode t = json(r);
        assertThat(t.path("days").asInt()).isEqualTo(7);
        assertThat(t.path("matched").asInt()).isEqualTo(1);
        assertThat(t.path("alerts").get(0).path("reason").asText()).isEqualTo("story");
        assertThat(t.path("alerts").get(0).path("article").path("title").asText()).isEqualTo("فيضانات في السودان");
        clock.advance(Duration.ofDays(10));
        assertThat(json(call("POST", "/api/watches/" + id + "/test", salma, null)).path("matched").asInt())
                .as("ten days later the article is out of the window").isZero();
        assertThat(json(call("POST", "/api/watches/" + id + "/test?days=30", salma, null)).path("matched").asInt())
                .isEqualTo(1);
        assertThat(call("POST", "/api/watches/" + id + "/test?days=0", salma, null).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAdminsMayAimAWebhookInsideTheNetwork() throws Exception {
        String hook = "{\"name\":\"x\",\"query\":\"فيضان\",\"webhook_url\":\"http://127.0.0.1:9/hook\"";
        HttpResponse<String> refused = call("POST", "/api/watches", salma, hook + "}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("error").asText()).startsWith("webhook_url: ");
        HttpResponse<String> editor = call("POST", "/api/watches", salma, hook + ",\"allow_private\":true}");
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(watches.list()).isEmpty();
        HttpResponse<String> admin = call("POST", "/api/watches", bilal, hook + ",\"allow_private\":true}");
        assertThat(admin.statusCode()).isEqualTo(201);
        JsonNode w = json(admin);
        assertThat(w.path("webhook_secret").asText()).as("a random secret, shown once").hasSizeGreaterThan(20);
        assertThat(json(call("GET", "/api/watches/" + w.path("id").asLong(), bilal, null)).has("webhook_secret"))
                .isFalse();
    }

    @Test
    void aSessionNeedsTheCsrfHeaderToChangeWatches() throws Exception {
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keep(cookies, login);
        Document form = Jsoup.parse(login.body());
        String formToken = form.selectFirst("form.signin-form input[name=csrf]").attr("value");
        String body = "csrf=" + enc(formToken) + "&name=salma&password=" + enc("editor password") + "&next=%2F";
        keep(cookies, HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/me"))
                .header("Cookie", cookie(cookies)).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = json(me).path("csrf_token").asText();
        assertThat(csrf).isNotBlank();
        String watch = "{\"name\":\"فيضانات\",\"query\":\"فيضان\"}";
        HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/watches"))
                .header("Content-Type", "application/json").header("Cookie", cookie(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(watch)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(watches.list()).isEmpty();
        HttpResponse<String> with = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/watches"))
                .header("Content-Type", "application/json").header("Cookie", cookie(cookies))
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(watch)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(with.statusCode()).isEqualTo(201);
        assertThat(watches.list()).extracting(Watch::owner).containsExactly("salma");
    }

    private static void keep(java.util.Map<String, String> cookies, HttpResponse<?> r) {
        for (String line : r.headers().allValues("set-cookie")) {
            String pair = line.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static String cookie(java.util.Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
