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
 * A user changes their own password in the browser, an admin sets a member's, and {@code GET /logout} (a link a
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
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).selectFirst(".notice").text()).contains("salma");
        assertThat(accounts.authenticate("salma", "a fresh start".toCharArray())).isPresent();
        assertThat(Jsoup.parse(member.get("/").body()).select("header .account .who")).isEmpty();
        assertThat(Jsoup.parse(admin.get("/").body()).select("header .account .who")).isNotEmpty();
        assertThat(accounts.authenticate("مدير", "admin password".toCharArray())).isPresent();
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
