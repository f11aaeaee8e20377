package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.marsad.store.Archive;
import org.marsad.watch.Watches;

/**
 * Two web servers on one PostgreSQL store (as behind a load balancer, each with its own data directory): a browser
 * signed in on one is signed in on the other, a watch made on one is listed on the other, the CSRF token of a page
 * from one is good on the other, and signing out on one ends the session on both — the servers keep no session
 * state of their own.
 */
class SharedAccountsTest {
    @TempDir
    Path dir;
    private final org.marsad.testing.TestSchemas schemas = new org.marsad.testing.TestSchemas();
    private final Server[] servers = new Server[2];

    /** One web server process's parts. */
    private record Server(Archive archive, Watches watches, WebServer web) implements AutoCloseable {
        @Override
        public void close() {
            try {
                web.close();
                watches.close();
            } finally {
                archive.close();
            }
        }
    }

    private Server start(String url, String name) {
        Archive archive = Archive.open(dir.resolve(name), url);
        Accounts accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, java.time.Clock.systemUTC()));
        Watches watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")));
        return new Server(archive, watches, WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0,
                java.time.Clock.systemUTC(), null, null, watches).withAccounts(accounts)));
    }

    /** A browser keeping its cookies across both servers (one site name behind a balancer). */
    private static final class Browser extends CookieBrowser {
        Browser() {
            super(() -> {
                throw new IllegalStateException("this browser is told which server each time");
            });
        }

        HttpResponse<String> get(WebServer on, String path) throws Exception {
            return get(on.uri().resolve(path));
        }

        HttpResponse<String> post(WebServer on, String path, Map<String, String> form) throws Exception {
            return post(on.uri().resolve(path), form);
        }

        /** Who the server says is signed in, or null. */
        String me(WebServer on) throws Exception {
            HttpResponse<String> r = get(on, "/api/me");
            return r.statusCode() == 200
                    ? org.marsad.model.ArticleJson.mapper().readTree(r.body()).path("name").asText() : null;
        }
    }

    @Test
    void aSessionMadeOnOneServerWorksOnTheOtherWithItsCsrfTokenAndItsWatches() throws Exception {
        String url = pgSchema();
        servers[0] = start(url, "a");
        servers[1] = start(url, "b");
        WebServer a = servers[0].web();
        WebServer b = servers[1].web();
        // Written for this test.
        servers[0].archive().save(Article.builder().url("https://news.example/flood").source("الغد")
                .title("فيضانات في السودان").published("2026-01-08").body(List.of("غمرت الفيضانات قرى.")).build(),
                null);
        servers[0].archive().commit();
        Accounts.open(servers[0].archive().store().database()).addUser("salma", Role.EDITOR,
                "editor password".toCharArray());

        Browser browser = new Browser();
        Document login = Jsoup.parse(browser.get(a, "/login").body());
        HttpResponse<String> in = browser.post(a, "/login", Map.of("csrf",
                login.selectFirst("form.signin-form input[name=csrf]").attr("value"), "name", "salma",
                "password", "editor password", "next", "/"));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(browser.cookies).containsKey("marsad_session");
        // Signed in on a: the same cookie is a session on b.
        assertThat(browser.me(a)).isEqualTo("salma");
        assertThat(browser.me(b)).isEqualTo("salma");

        // A watch made on b through its page's form (the token b rendered) ...
        Document page = Jsoup.parse(browser.get(b, "/watches").body());
        String csrfFromB = page.selectFirst("form.new-watch input[name=csrf]").attr("value");
        HttpResponse<String> made = browser.post(b, "/watches", Map.of("csrf", csrfFromB, "name", "فيضانات",
                "query", "فيضانات", "mode", "every", "email", "salma@news.example"));
        assertThat(made.statusCode()).isEqualTo(303);
        // ... is listed on a, in its page and in its own view of the store.
        Document listedOnA = Jsoup.parse(browser.get(a, "/watches").body());
        assertThat(listedOnA.select("li.watch h3").text()).isEqualTo("فيضانات");
        assertThat(servers[0].watches().list()).singleElement().satisfies(w -> assertThat(w.owner())
                .isEqualTo("salma"));

        // The token of a page from a is good on b; a wrong one is refused there.
        String csrfFromA = listedOnA.selectFirst("form.new-watch input[name=csrf]").attr("value");
        assertThat(csrfFromA).isEqualTo(csrfFromB);
        assertThat(browser.post(b, "/watches", Map.of("csrf", csrfFromA.substring(1) + "x", "name", "سيول",
                "query", "سيول", "mode", "every", "email", "salma@news.example")).statusCode()).isEqualTo(403);
        assertThat(browser.post(b, "/watches", Map.of("csrf", csrfFromA, "name", "سيول", "query", "سيول",
                "mode", "every", "email", "salma@news.example")).statusCode()).isEqualTo(303);
        assertThat(servers[0].watches().list()).hasSize(2);

        // Signing out on b ends the session on a too.
        String session = browser.cookies.get("marsad_session");
        assertThat(browser.post(b, "/logout", Map.of("csrf", csrfFromA)).statusCode()).isEqualTo(303);
        browser.cookies.put("marsad_session", session);
        assertThat(browser.me(a)).isNull();
        assertThat(browser.me(b)).isNull();
    }

    private String pgSchema() {
        return schemas.create();
    }

    @AfterEach
    void stop() throws Exception {
        for (Server s : servers) {
            if (s != null) {
                s.close();
            }
        }
        schemas.dropAll();
    }
}
