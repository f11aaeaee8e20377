package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;

/**
 * A user changes their own password in the browser, an admin adds, removes and sets the password of the team's
 * members, and {@code GET /logout} (a link a
 * user follows) offers the sign-out button instead of a 404, without signing anyone out by itself.
 */
class AccountPagesTest {
    @TempDir
    Path dir;
    private Archive archive;
    private Accounts accounts;
    private WebServer server;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-06T20:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "old editor password".toCharArray());
        accounts.addUser("مدير", Role.ADMIN, "admin password".toCharArray());
        server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, clock, null, null, null)
                .withAccounts(accounts));
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    @Test
    void aUserChangesTheirPasswordWithTheOldOneAndTheOtherBrowsersAreSignedOut() throws Exception {
        CookieBrowser laptop = new CookieBrowser(server::uri).signedIn("salma", "old editor password");
        CookieBrowser phone = new CookieBrowser(server::uri).signedIn("salma", "old editor password");
        Document page = Jsoup.parse(laptop.get("/account").body());
        assertThat(page.selectFirst("header .account a.who").attr("href")).isEqualTo("/account");
        String csrf = page.selectFirst("form.change-password input[name=csrf]").attr("value");

        HttpResponse<String> wrong = laptop.post("/account/password", Map.of("csrf", csrf,
                "current", "not my password", "password", "new editor password", "repeat", "new editor password"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(wrong.body()).selectFirst(".alert").text()).isEqualTo("كلمة المرور الحالية غير صحيحة.");
        HttpResponse<String> mismatch = laptop.post("/account/password", Map.of("csrf", csrf,
                "current", "old editor password", "password", "new editor password", "repeat", "new editr password"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        HttpResponse<String> forged = laptop.post("/account/password", Map.of("csrf", "forged",
                "current", "old editor password", "password", "new editor password", "repeat", "new editor password"));
        assertThat(forged.statusCode()).as("no CSRF token, no change").isEqualTo(403);
        assertThat(accounts.authenticate("salma", "old editor password".toCharArray())).isPresent();

        HttpResponse<String> done = laptop.post("/account/password", Map.of("csrf", csrf,
                "current", "old editor password", "password", "new editor password", "repeat", "new editor password"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("location")).hasValue("/account?done=password");
        assertThat(accounts.authenticate("salma", "old editor password".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("salma", "new editor password".toCharArray())).isPresent();
        // this browser stays signed in; the other one's session ended with the old password
        assertThat(Jsoup.parse(laptop.get("/account?done=password").body()).selectFirst(".notice").text())
                .contains("تغيّرت كلمة مرورك");
        assertThat(Jsoup.parse(phone.get("/").body()).select("header .account .who")).isEmpty();
    }

    @Test
    void anAdminSetsAMembersPasswordAndTheMemberIsSignedOutButAnEditorCannot() throws Exception {
        CookieBrowser member = new CookieBrowser(server::uri).signedIn("salma", "old editor password");
        Document memberPage = Jsoup.parse(member.get("/account").body());
        assertThat(memberPage.select("form.reset-password")).as("no reset form for an editor").isEmpty();
        String memberCsrf = memberPage.selectFirst("form.change-password input[name=csrf]").attr("value");
        assertThat(member.post("/account/reset", Map.of("csrf", memberCsrf, "user", "مدير",
                "password", "taken over!!", "repeat", "taken over!!")).statusCode()).isEqualTo(403);

        CookieBrowser admin = new CookieBrowser(server::uri).signedIn("مدير", "admin password");
        Document page = Jsoup.parse(admin.get("/account").body());
        assertThat(page.select("form.reset-password option").eachAttr("value")).contains("salma", "مدير");
        String csrf = page.selectFirst("form.reset-password input[name=csrf]").attr("value");
        HttpResponse<String> r = admin.post("/account/reset", Map.of("csrf", csrf, "user", "salma",
                "password", "a fresh start", "repeat", "a fresh start"));
        // Answered by a redirect (a reload of the page sets nothing again) to the page saying what was done.
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.get(r.headers().firstValue("location").orElseThrow()).body())
                .selectFirst(".notice").text()).contains("salma");
        assertThat(accounts.authenticate("salma", "a fresh start".toCharArray())).isPresent();
        assertThat(Jsoup.parse(member.get("/").body()).select("header .account .who")).isEmpty();
        assertThat(Jsoup.parse(admin.get("/").body()).select("header .account .who")).isNotEmpty();
        assertThat(accounts.authenticate("مدير", "admin password".toCharArray())).isPresent();
    }

    @Test
    void anAdminAddsAMemberInTheBrowserWhoSignsInThenRemovesThemButAnEditorCannot() throws Exception {
        CookieBrowser admin = new CookieBrowser(server::uri).signedIn("مدير", "admin password");
        Document page = Jsoup.parse(admin.get("/account").body());
        assertThat(page.select(".team .member-name").eachText()).containsExactly("salma", "مدير");
        assertThat(page.select(".team li:has(.member-name:contains(مدير)) form")).as("not oneself").isEmpty();
        String csrf = page.selectFirst("form.add-user input[name=csrf]").attr("value");
        // least privilege (review27): a member added without choosing a role only reads
        assertThat(page.select("form.add-user select[name=role] option[selected]").eachAttr("value"))
                .containsExactly("reader");

        HttpResponse<String> added = admin.post(page.selectFirst("form.add-user").attr("action"), Map.of("csrf", csrf,
                "name", "رنا", "role", "editor", "password", "rana's first password",
                "repeat", "rana's first password"));
        // A redirect to the page saying so: reloading it adds nobody again, nor says "already taken" (it re-posted
        // the form when the answer was the page itself).
        assertThat(added.statusCode()).isEqualTo(303);
        String said = added.headers().firstValue("location").orElseThrow();
        for (int reload = 0; reload < 2; reload++) {
            Document shown = Jsoup.parse(admin.get(said).body());
            assertThat(shown.selectFirst(".notice").text()).contains("رنا", "محرر");
            assertThat(shown.select(".alert")).isEmpty();
        }
        assertThat(Jsoup.parse(admin.get("/account?done=added&user=sami").body()).select(".notice"))
                .as("no notice for a user who is not there").isEmpty();
        assertThat(accounts.user("رنا").orElseThrow().role()).isEqualTo(Role.EDITOR);
        CookieBrowser rana = new CookieBrowser(server::uri).signedIn("رنا", "rana's first password");
        assertThat(Jsoup.parse(rana.get("/").body()).selectFirst("header .account .who").text()).contains("رنا");

        HttpResponse<String> taken = admin.post("/account/users", Map.of("csrf", csrf, "name", "salma",
                "role", "reader", "password", "another password", "repeat", "another password"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(taken.body()).selectFirst(".alert").text()).contains("salma");
        assertThat(accounts.authenticate("salma", "old editor password".toCharArray())).as("untouched").isPresent();
        assertThat(admin.post("/account/users", Map.of("csrf", csrf, "name", "two words", "role", "reader",
                "password", "a good password", "repeat", "a good password")).statusCode()).isEqualTo(400);
        assertThat(admin.post("/account/users", Map.of("csrf", csrf, "name", "sami", "role", "owner",
                "password", "a good password", "repeat", "a good password")).statusCode()).isEqualTo(400);
        assertThat(admin.post("/account/users", Map.of("csrf", csrf, "name", "sami", "role", "reader",
                "password", "a good password", "repeat", "a god password")).statusCode()).isEqualTo(400);
        assertThat(admin.post("/account/users", Map.of("csrf", "forged", "name", "sami", "role", "admin",
                "password", "a good password", "repeat", "a good password")).statusCode()).isEqualTo(403);
        assertThat(accounts.user("sami")).isEmpty();

        CookieBrowser editor = new CookieBrowser(server::uri).signedIn("salma", "old editor password");
        Document editorPage = Jsoup.parse(editor.get("/account").body());
        assertThat(editorPage.select("form.add-user, .team")).as("no team for an editor").isEmpty();
        String editorCsrf = editorPage.selectFirst("form.change-password input[name=csrf]").attr("value");
        assertThat(editor.post("/account/users", Map.of("csrf", editorCsrf, "name", "sami", "role", "admin",
                "password", "a good password", "repeat", "a good password")).statusCode()).isEqualTo(403);
        assertThat(editor.post("/account/users/remove", Map.of("csrf", editorCsrf, "user", "رنا")).statusCode())
                .isEqualTo(403);
        assertThat(accounts.user("sami")).isEmpty();

        Document withRana = Jsoup.parse(admin.get("/account").body());
        var remove = withRana.selectFirst(".team li:has(.member-name:contains(رنا)) form");
        HttpResponse<String> removed = admin.post(remove.attr("action"), Map.of("csrf", csrf,
                "user", remove.selectFirst("input[name=user]").attr("value")));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(accounts.user("رنا")).isEmpty();
        assertThat(Jsoup.parse(admin.get(removed.headers().firstValue("location").orElseThrow()).body())
                .selectFirst(".notice").text()).contains("رنا");
        assertThat(Jsoup.parse(rana.get("/").body()).select("header .account .who")).as("signed out").isEmpty();
        assertThat(admin.post("/account/users/remove", Map.of("csrf", csrf, "user", "مدير")).statusCode())
                .as("not oneself").isEqualTo(400);
        assertThat(accounts.user("مدير")).isPresent();
    }

    @Test
    void followingALogoutLinkOffersTheButtonAndSignsOutOnlyWhenItIsPressed() throws Exception {
        CookieBrowser b = new CookieBrowser(server::uri).signedIn("salma", "old editor password");
        HttpResponse<String> page = b.get("/logout");
        assertThat(page.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(page.body());
        assertThat(d.selectFirst("h1").text()).isEqualTo("الخروج");
        assertThat(Jsoup.parse(b.get("/").body()).select("header .account .who")).as("still signed in").isNotEmpty();

        String csrf = d.selectFirst("main form.signout-page input[name=csrf]").attr("value");
        HttpResponse<String> out = b.post(d.selectFirst("main form.signout-page").attr("action"), Map.of("csrf", csrf));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(b.get("/").body()).select("header .account .who")).isEmpty();

        HttpResponse<String> again = b.get("/logout");
        assertThat(again.statusCode()).as("signed out already: to the front page").isEqualTo(303);
        assertThat(again.headers().firstValue("location")).hasValue("/");
        assertThat(b.get("/account").headers().firstValue("location")).hasValue("/login?next=/account");
    }
}
