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
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/** Signing in and out, sessions, CSRF, tokens, roles and private mode, over HTTP against a real server. */
class AccessTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;
    private Archive archive;
    private Accounts accounts;
    private WebServer server;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    private void start(Access.Options options) {
        archive = Archive.open(dir, null);
        // Written for this test.
        archive.save(Article.builder().url("https://news.example/1").source("الغد").title("خبر الاختبار")
                .published("2026-01-09").body(List.of("نص الخبر.")).build(), null);
        archive.commit();
        accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        accounts.addUser("bilal", Role.ADMIN, "admin password".toCharArray());
        server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 0).withAccounts(accounts)
                .withAccess(options));
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

    /** A browser: keeps cookies as the server sets them, remembers the raw Set-Cookie lines. */
    final class Browser extends CookieBrowser {
        Browser() {
            super(() -> server.uri());
        }

        /** Opens the sign-in page and submits it. */
        HttpResponse<String> signIn(String name, String password) throws Exception {
            return signIn(name, password, null);
        }

        JsonNode me() throws Exception {
            HttpResponse<String> r = get("/api/me");
            return r.statusCode() == 200 ? ArticleJson.mapper().readTree(r.body()) : null;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> bearer(URI uri, String method, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedInPageIsNeverSharedAndNeverAnsweredWithAnotherViewersCopy() throws Exception {
        start(Access.Options.open());
        Browser anonymous = new Browser();
        Browser salma = new Browser();
        salma.signIn("salma", "editor password");
        Browser amal = new Browser();
        amal.signIn("amal", "reader password");
        // "/" is tagged by a digest of its bytes; the search page by a validator computed before it is rendered.
        for (String path : List.of("/", "/search?q=" + enc("غزة"), "/tag/" + enc("سياسة"))) {
            viewersNeverShareA304(path, anonymous, salma, amal);
        }
        // The sign-in form sets its own cookie: kept by nobody.
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(anonymous.setCookie(SignIn.LOGIN_COOKIE)).isNotNull();
        assertThat(login.headers().firstValue("cache-control").orElseThrow()).contains("no-store");
    }

    private void viewersNeverShareA304(String path, Browser anonymous, Browser salma, Browser amal)
            throws Exception {
        HttpResponse<String> open = anonymous.get(path);
        String openTag = open.headers().firstValue("etag").orElseThrow();
        assertThat(open.headers().firstValue("cache-control")).contains("no-cache");
        assertThat(open.headers().firstValue("vary")).contains("Cookie, Authorization");

        HttpResponse<String> mine = salma.get(path);
        assertThat(mine.body()).contains("salma");
        // Only the browser may keep it; a shared cache keyed without the cookie would hand it to others.
        assertThat(mine.headers().firstValue("cache-control")).contains("private, no-store");
        assertThat(mine.headers().firstValue("vary")).contains("Cookie, Authorization");
        String mineTag = mine.headers().firstValue("etag").orElseThrow();
        assertThat(mineTag).isNotEqualTo(openTag);
        assertThat(salma.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("If-None-Match", mineTag))
                .statusCode()).as("her own unchanged page " + path).isEqualTo(304);

        // Another viewer (or nobody) presenting her tag gets their own page, never a 304 for hers.
        HttpResponse<String> theirs = amal.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("If-None-Match", mineTag));
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).contains("amal").doesNotContain("salma");
        HttpResponse<String> nobody = anonymous.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("If-None-Match", mineTag));
        assertThat(nobody.statusCode()).isEqualTo(200);
        assertThat(nobody.body()).doesNotContain("salma");
        // and she, signed in, does not get a 304 for the anonymous copy
        assertThat(salma.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("If-None-Match", openTag))
                .statusCode()).isEqualTo(200);

    }

    @Test
    void aTokenHoldersApiAnswerIsPrivateAndItsTagIsTheirsAlone() throws Exception {
        start(Access.Options.open());
        URI me = server.uri().resolve("/api/me");
        String salmaToken = accounts.addToken("salma", null).secret();
        HttpResponse<String> hers = bearer(me, "GET", salmaToken);
        assertThat(hers.statusCode()).isEqualTo(200);
        assertThat(hers.headers().firstValue("cache-control").orElseThrow()).contains("no-store")
                .doesNotContain("public");
        assertThat(hers.headers().firstValue("vary")).contains("Cookie, Authorization");
        String tag = hers.headers().firstValue("etag").orElseThrow();
        HttpRequest.Builder again = HttpRequest.newBuilder(me).header("Authorization", "Bearer " + salmaToken)
                .header("If-None-Match", tag);
        assertThat(HTTP.send(again.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);
        HttpRequest.Builder other = HttpRequest.newBuilder(me)
                .header("Authorization", "Bearer " + accounts.addToken("amal", null).secret())
                .header("If-None-Match", tag);
        HttpResponse<String> amals = HTTP.send(other.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(amals.statusCode()).isEqualTo(200);
        assertThat(amals.body()).contains("amal");

        // A search answer is tagged before searching, with who asks in the tag: the same JSON for both holders,
        // yet her tag is no good for his request.
        URI search = server.uri().resolve("/api/articles?q=" + enc("غزة"));
        String amalToken = accounts.addToken("amal", null).secret();
        String searchTag = bearer(search, "GET", salmaToken).headers().firstValue("etag").orElseThrow();
        assertThat(HTTP.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer " + salmaToken)
                .header("If-None-Match", searchTag).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(304);
        HttpResponse<String> his = HTTP.send(HttpRequest.newBuilder(search)
                .header("Authorization", "Bearer " + amalToken).header("If-None-Match", searchTag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(his.statusCode()).isEqualTo(200);
        assertThat(his.headers().firstValue("etag").orElseThrow()).isNotEqualTo(searchTag);
    }

    @Test
    void theRightPasswordSignsInWithAnHttpOnlySameSiteCookie() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        HttpResponse<String> page = b.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(page.body());
        assertThat(d.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(d.selectFirst("h1").text()).isEqualTo("تسجيل الدخول");
        assertThat(page.headers().firstValue("cache-control")).contains("no-store");
        assertThat(b.setCookie("marsad_login")).contains("Path=/login").contains("HttpOnly")
                .contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> in = b.post("/login", Map.of("csrf", d.selectFirst("input[name=csrf]").attr("value"),
                "name", "salma", "password", "editor password", "next", "/search?q=x"));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("location")).contains("/search?q=x");
        String cookie = b.setCookie("marsad_session");
        assertThat(cookie).contains("Path=/").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Max-Age=28800").doesNotContain("Secure");

        JsonNode me = b.me();
        assertThat(me.path("name").asText()).isEqualTo("salma");
        assertThat(me.path("role").asText()).isEqualTo("editor");
        // The header names the user and offers sign-out, with the session's CSRF token in its form.
        Document front = Jsoup.parse(b.get("/").body());
        assertThat(front.selectFirst("header .account .who").text()).contains("salma").contains("محرر");
        assertThat(front.selectFirst("header form.signout").attr("action")).isEqualTo("/logout");
        assertThat(front.selectFirst("header form.signout input[name=csrf]").attr("value"))
                .isEqualTo(me.path("csrf_token").asText()).hasSize(43);
    }

    @Test
    void aWrongPasswordOrUnknownNameSignsNobodyIn() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        for (String[] attempt : new String[][] {{"salma", "wrong password"}, {"nobody", "editor password"},
                {"salma", ""}, {"", ""}}) {
            HttpResponse<String> r = b.signIn(attempt[0], attempt[1]);
            assertThat(r.statusCode()).as(attempt[0]).isEqualTo(401);
            assertThat(Jsoup.parse(r.body()).selectFirst(".alert").text())
                    .isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");
            assertThat(b.cookies).doesNotContainKey("marsad_session");
            assertThat(r.body()).doesNotContain("editor password").doesNotContain("wrong password");
        }
        assertThat(b.me()).isNull();
        // An anonymous visitor sees the sign-in link.
        assertThat(Jsoup.parse(b.get("/").body()).selectFirst("header .account a").attr("href")).isEqualTo("/login");
    }

    @Test
    void aSignInFormPostedFromElsewhereIsRefused() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        // No token from the sign-in page (another site's form): refused before the password is looked at.
        HttpResponse<String> r = b.post("/login", Map.of("name", "salma", "password", "editor password"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(b.cookies).doesNotContainKey("marsad_session");
        b.get("/login");
        HttpResponse<String> forged = b.post("/login", Map.of("csrf", "guessed", "name", "salma",
                "password", "editor password"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(b.me()).isNull();
    }

    @Test
    void repeatedWrongPasswordsAreThrottledPerAddress() throws Exception {
        start(new Access.Options(false, null, true));
        Browser attacker = new Browser();
        attacker.forwarded.put("X-Forwarded-For", "203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.signIn("salma", "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = attacker.signIn("salma", "editor password");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("retry-after")).isPresent();
        assertThat(Jsoup.parse(blocked.body()).selectFirst(".alert").text()).startsWith("محاولات دخول كثيرة خاطئة");
        assertThat(attacker.cookies).doesNotContainKey("marsad_session");

        // Salma, from her own address, still signs in.
        Browser salma = new Browser();
        salma.forwarded.put("X-Forwarded-For", "198.51.100.4");
        assertThat(salma.signIn("salma", "editor password").statusCode()).isEqualTo(303);
        assertThat(salma.me().path("name").asText()).isEqualTo("salma");
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        b.signIn("salma", "editor password");
        String csrf = b.me().path("csrf_token").asText();
        String session = b.cookies.get("marsad_session");

        HttpResponse<String> noToken = b.post("/logout", Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(noToken.body()).selectFirst("h1").text()).isEqualTo("غير مسموح");
        HttpResponse<String> wrongToken = b.post("/logout", Map.of("csrf", csrf.substring(1) + "x"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(b.me()).as("still signed in").isNotNull();

        HttpResponse<String> out = b.post("/logout", Map.of("csrf", csrf));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(b.setCookie("marsad_session")).contains("Max-Age=0");
        assertThat(b.me()).isNull();
        // The old cookie is dead on the server too, not only forgotten by the browser.
        b.cookies.put("marsad_session", session);
        assertThat(b.me()).isNull();
    }

    @Test
    void anExpiredSessionNoLongerSignsIn() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        b.signIn("salma", "editor password");
        assertThat(b.me()).isNotNull();
        clock.advance(Duration.ofHours(2));
        assertThat(b.me()).as("idle for 2 hours").isNull();

        b.signIn("salma", "editor password");
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofHours(1));
            assertThat(b.me()).as("after %d hours of use", i + 1).isNotNull();
        }
        clock.advance(Duration.ofHours(1));
        assertThat(b.me()).as("after the 8-hour lifetime").isNull();
        HttpResponse<String> write = b.post("/logout", Map.of("csrf", "whatever"));
        assertThat(write.statusCode()).as("sign-out of a dead session just leaves").isEqualTo(303);
    }

    @Test
    void tokensSignProgramsInAndBadOnesAreRefusedWithJson() throws Exception {
        start(Access.Options.open());
        String token = accounts.addToken("salma", "test").secret();
        URI me = server.uri().resolve("/api/me");

        HttpResponse<String> ok = bearer(me, "GET", token);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ArticleJson.mapper().readTree(ok.body()).path("role").asText()).isEqualTo("editor");
        assertThat(ArticleJson.mapper().readTree(ok.body()).has("csrf_token")).isFalse();

        for (String bad : new String[] {null, "marsad_" + "A".repeat(43), token + "x", "", "garbage"}) {
            HttpResponse<String> r = bearer(me, "GET", bad);
            assertThat(r.statusCode()).as(String.valueOf(bad)).isEqualTo(401);
            assertThat(r.headers().firstValue("www-authenticate")).contains("Bearer realm=\"marsad\"");
            JsonNode err = ArticleJson.mapper().readTree(r.body());
            assertThat(err.path("status").asInt()).isEqualTo(401);
            assertThat(err.path("error").asText()).isIn("invalid API token",
                    "sign in, or send Authorization: Bearer TOKEN");
        }
        // An invalid token is refused even where reading is open: the program must learn its token is wrong.
        assertThat(bearer(server.uri().resolve("/api/stats"), "GET", "marsad_nope").statusCode()).isEqualTo(401);
        assertThat(bearer(server.uri().resolve("/api/stats"), "GET", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyWriteWithoutAUserIsRefusedAndChangesNothing() throws Exception {
        start(Access.Options.open());
        long before = archive.store().count();
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            for (String path : new String[] {"/api/articles", "/api/sources", "/api/articles/x", "/nowhere"}) {
                HttpResponse<String> r = bearer(server.uri().resolve(path), method, null);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(401);
            }
        }
        // With a valid token the guard lets the request through, to find no such write route.
        String token = accounts.addToken("salma", null).secret();
        assertThat(bearer(server.uri().resolve("/api/articles"), "POST", token).statusCode()).isEqualTo(404);
        assertThat(archive.store().count()).isEqualTo(before);
    }

    @Test
    void aCookieWriteWithoutTheCsrfTokenIsRefusedButWithTheHeaderPasses() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        b.signIn("salma", "editor password");
        String csrf = b.me().path("csrf_token").asText();
        HttpResponse<String> without = b.send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(ArticleJson.mapper().readTree(without.body()).path("error").asText())
                .isEqualTo("missing or wrong CSRF token");
        // A file-upload form carries the token as a form field.
        String boundary = "marsadboundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = b.send(HttpRequest.newBuilder(server.uri().resolve("/api/sources"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)));
        // Past the guard: the route itself refuses a body that is not JSON.
        assertThat(upload.statusCode()).as("past the guard").isEqualTo(400);
        HttpResponse<String> uploadWithout = b.send(HttpRequest.newBuilder(server.uri().resolve("/api/sources"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart.replace(csrf, "nope"))));
        assertThat(uploadWithout.statusCode()).isEqualTo(403);
        assertThat(b.get("/").headers().firstValue("cache-control")).contains("private, no-store");
        HttpResponse<String> with = b.send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(with.statusCode()).as("past the guard, to find no such write route").isEqualTo(404);
    }

    @Test
    void onlyAdminsListUsers() throws Exception {
        start(Access.Options.open());
        URI users = server.uri().resolve("/api/users");
        assertThat(bearer(users, "GET", null).statusCode()).isEqualTo(401);
        assertThat(bearer(users, "GET", accounts.addToken("amal", null).secret()).statusCode()).isEqualTo(403);
        HttpResponse<String> editor = bearer(users, "GET", accounts.addToken("salma", null).secret());
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(ArticleJson.mapper().readTree(editor.body()).path("error").asText())
                .isEqualTo("this needs the admin role");
        HttpResponse<String> admin = bearer(users, "GET", accounts.addToken("bilal", null).secret());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(ArticleJson.mapper().readTree(admin.body()).findValuesAsText("name"))
                .containsExactly("amal", "bilal", "salma");
        assertThat(admin.body()).doesNotContain("$2a$");
    }

    @Test
    void privateModeNeedsSignInForEverythingButSignInItself() throws Exception {
        start(new Access.Options(true, null, false));
        Browser b = new Browser();
        HttpResponse<String> front = b.get("/search?q=%D8%AE%D8%A8%D8%B1");
        assertThat(front.statusCode()).isEqualTo(303);
        assertThat(front.headers().firstValue("location")).contains("/login?next=%2Fsearch%3Fq%3D%25D8%25AE%25D8%25A8"
                + "%25D8%25B1");
        for (String path : new String[] {"/api/articles", "/api/stats", "/feed.atom", "/sources.opml", "/metrics"}) {
            HttpResponse<String> r = b.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).doesNotContain("خبر الاختبار");
        }
        assertThat(b.get("/article/x").statusCode()).isEqualTo(303);
        assertThat(b.get("/login").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(b.get("/login").body()).selectFirst(".lead").text()).contains("خاص");
        assertThat(b.get("/static/marsad.css").statusCode()).isEqualTo(200);
        assertThat(b.get("/healthz").statusCode()).isEqualTo(200);

        // Signing in goes back to the page asked for, which now opens.
        Document form = Jsoup.parse(b.get(front.headers().firstValue("location").orElseThrow()).body());
        HttpResponse<String> in = b.post("/login", Map.of("csrf", form.selectFirst("input[name=csrf]").attr("value"),
                "name", "amal", "password", "reader password", "next", form.selectFirst("input[name=next]").attr("value")));
        assertThat(in.headers().firstValue("location")).contains("/search?q=%D8%AE%D8%A8%D8%B1");
        HttpResponse<String> search = b.get("/search?q=%D8%AE%D8%A8%D8%B1");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("خبر الاختبار");
        assertThat(b.get("/api/articles").statusCode()).isEqualTo(200);
        // Programs read with a token.
        String token = accounts.addToken("amal", null).secret();
        assertThat(bearer(server.uri().resolve("/api/articles"), "GET", token).statusCode()).isEqualTo(200);
    }

    @Test
    void cookiesAreSecureWhenTheSiteIsServedOverHttps() throws Exception {
        start(new Access.Options(false, URI.create("https://marsad.example/"), false));
        Browser b = new Browser();
        b.signIn("salma", "editor password");
        assertThat(b.setCookie("marsad_session")).contains("; Secure");
        stop();
        server = null;
        archive = null;
    }

    @Test
    void aTrustedProxySaysWhenTheBrowserUsedHttps() throws Exception {
        start(new Access.Options(false, null, true));
        Browser viaProxy = new Browser();
        viaProxy.forwarded.put("X-Forwarded-Proto", "https");
        viaProxy.get("/login");
        assertThat(viaProxy.setCookie("marsad_login")).contains("; Secure");
        Browser direct = new Browser();
        direct.get("/login");
        assertThat(direct.setCookie("marsad_login")).doesNotContain("Secure");
    }

    @Test
    void anUntrustedProxyHeaderChangesNothing() throws Exception {
        start(Access.Options.open());
        Browser b = new Browser();
        b.forwarded.put("X-Forwarded-Proto", "https");
        b.forwarded.put("X-Forwarded-For", "203.0.113.1");
        b.get("/login");
        assertThat(b.setCookie("marsad_login")).doesNotContain("Secure");
        // Failures are counted against the real address: changing the claimed one does not escape the throttle.
        for (int i = 0; i < 5; i++) {
            b.forwarded.put("X-Forwarded-For", "203.0.113." + i);
            b.signIn("salma", "guess " + i);
        }
        b.forwarded.put("X-Forwarded-For", "203.0.113.99");
        assertThat(b.signIn("salma", "editor password").statusCode()).isEqualTo(429);
    }

    @Test
    void afterSignInOnlyPathsOnThisSiteAreFollowed() {
        assertThat(SignIn.safeNext("/search?q=x")).isEqualTo("/search?q=x");
        assertThat(SignIn.safeNext("/article/abc")).isEqualTo("/article/abc");
        for (String evil : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil",
                "/\r\nSet-Cookie: x=y", "/login", "/logout", null, ""}) {
            assertThat(SignIn.safeNext(evil)).as(String.valueOf(evil)).isEqualTo("/");
        }
    }
}
