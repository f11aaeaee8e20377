package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchMode;
import org.marsad.watch.Watches;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.MailSender;

/** The {@code /watches} page and the search page's "watch this search" button, over HTTP with a signed-in browser. */
class WatchPagesTest {
    @TempDir
    Path dir;
    private Archive archive;
    private Watches watches;
    private WebServer server;
    private final TestClock clock = new TestClock(Instant.parse("2026-01-10T08:00:00Z"));

    @BeforeEach
    void start() {
        archive = Archive.open(dir, null);
        // Written for this test.
        archive.save(Article.builder().url("https://news.example/flood").source("الغد").title("فيضانات في السودان")
                .published("2026-01-08").body(List.of("غمرت الفيضانات قرى في ولاية الجزيرة.")).build(), null);
        archive.commit();
        Accounts accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("karim", Role.EDITOR, "other editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")).withClock(clock));
        server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, clock, null, null, watches)
                .withAccounts(accounts));
    }

    @AfterEach
    void stop() {
        server.close();
        watches.close();
        archive.close();
    }

    /** A browser of this test's server, keeping its cookies. */
    private CookieBrowser browser() {
        return new CookieBrowser(() -> server.uri());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void anEditorAddsAWatchFromTheSearchPageAndSeesItListed() throws Exception {
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document search = Jsoup.parse(b.get("/search?q=" + enc("فيضانات") + "&source=" + enc("الغد")).body());
        String href = search.selectFirst("a.watch-this").attr("href");
        assertThat(search.selectFirst("a.watch-this").text()).isEqualTo("راقب هذا البحث");

        Document page = Jsoup.parse(b.get(href).body());
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("form.new-watch input[name=query]").attr("value"))
                .isEqualTo("فيضانات source:\"الغد\"");
        HttpResponse<String> made = b.post("/watches", b.form(page, "form.new-watch", "name", "فيضانات الغد",
                "query", "فيضانات source:\"الغد\"", "mode", "every", "email", "salma@news.example"));
        assertThat(made.statusCode()).isEqualTo(303);
        assertThat(watches.list()).singleElement().satisfies(w -> {
            assertThat(w.owner()).isEqualTo("salma");
            assertThat(w.mode()).isEqualTo(WatchMode.EVERY);
            assertThat(w.spec().email()).isEqualTo("salma@news.example");
        });

        Document listed = Jsoup.parse(b.get("/watches").body());
        assertThat(listed.select("li.watch h3").text()).isEqualTo("فيضانات الغد");
        // A query with a field reads in the order it was typed: an isolate of automatic direction took the
        // direction of its Arabic first word and drew 'source:"الغد"' before it.
        assertThat(listed.selectFirst("li.watch dd bdi").attr("dir")).isEqualTo("ltr");
        assertThat(listed.selectFirst("li.watch dd bdi").text()).isEqualTo("فيضانات source:\"الغد\"");
        assertThat(listed.select("li.watch .last-alert").text()).isEqualTo("لم تنبّه بعد");
        // its links, a line each, with no stray separator between them (it was a line holding only a dot)
        assertThat(listed.selectFirst("li.watch p.urls").ownText()).isEmpty();
        assertThat(listed.select("li.watch p.urls a").eachText())
                .containsExactly("سجل الإرسال والتجربة", "خلاصة Atom لهذه المراقبة");
        // A matching article arrives: the page shows when the watch last alerted.
        archive.save(Article.builder().url("https://news.example/flood2").source("الغد").title("فيضانات جديدة")
                .published("2026-01-10").body(List.of("فيضانات تغمر قرى جديدة.")).build(), null);
        archive.commit();
        assertThat(watches.matchNew()).isEqualTo(1);
        Document after = Jsoup.parse(b.get("/watches").body());
        assertThat(after.selectFirst("li.watch .last-alert time").attr("datetime")).isEqualTo(clock.now().toString());
        assertThat(after.selectFirst("li.watch .last-alert time").attr("title")).as("in words, not ISO-8601")
                .isEqualTo(org.marsad.web.format.DateDisplay.gregorian(java.time.LocalDate.of(2026, 1, 10))
                        + "، 08:00 UTC");
    }

    @Test
    void aWatchsPageTestsItOnTheLastWeekAndShowsItsDeliveryLog() throws Exception {
        Watch mine = watches.create(WatchSpec.of("فيضانات", "فيضانات").withMode(WatchMode.EVERY)
                .withEmail("salma@news.example"), "salma");
        Watch theirs = watches.create(WatchSpec.of("سيول", "سيول"), "karim");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document list = Jsoup.parse(b.get("/watches").body());
        assertThat(list.selectFirst("#watch-" + mine.id() + " h3 a").attr("href")).isEqualTo("/watches/" + mine.id());

        Document page = Jsoup.parse(b.get("/watches/" + mine.id()).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("فيضانات");
        assertThat(page.selectFirst(".delivery-log .empty").text()).isEqualTo("لم يُرسل شيء بعد.");
        assertThat(page.select(".watch-test ol.hits")).as("the test runs only when asked").isEmpty();
        // Its feed, for a feed reader, is on its own page as on the list: the same address, readable without a session.
        String feed = page.selectFirst("a.watch-feed").attr("href");
        assertThat(feed).startsWith("/watches/" + mine.id() + "/feed.atom?token=");
        assertThat(list.select("#watch-" + mine.id() + " a").eachAttr("href")).contains(feed);
        assertThat(browser().get(feed).body()).contains("<feed").contains("فيضانات");

        // The test: what it would have alerted on in the last 7 days (the flood article of 8 January).
        Document tested = Jsoup.parse(b.get(page.selectFirst(".watch-test a").attr("href")).body());
        assertThat(tested.select(".watch-test li.hit h3").eachText()).containsExactly("فيضانات في السودان");
        assertThat(tested.selectFirst(".watch-test li.hit .badge").text()).isEqualTo("مطابق");

        // A matching article arrives: its alert is queued for the mail and listed in the log.
        archive.save(Article.builder().url("https://news.example/flood2").source("الغد").title("فيضانات جديدة")
                .published("2026-01-10").body(List.of("فيضانات تغمر قرى جديدة.")).build(), null);
        archive.commit();
        assertThat(watches.matchNew()).isEqualTo(1);
        Document logged = Jsoup.parse(b.get("/watches/" + mine.id()).body());
        assertThat(logged.select(".delivery-log li.delivery")).singleElement().satisfies(li -> {
            assertThat(li.text()).contains("تنبيه عبر البريد");
            assertThat(li.selectFirst("time").attr("datetime")).isEqualTo(clock.now().toString());
            assertThat(li.selectFirst("time").attr("title")).endsWith("، 08:00 UTC").doesNotContain("2026-01-10T");
        });

        // Someone else's watch is not found; readers get no watch pages.
        assertThat(b.get("/watches/" + theirs.id()).statusCode()).isEqualTo(404);
        assertThat(browser().signedIn("amal", "reader password").get("/watches/" + mine.id()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theWeeksTestCountsItsMatchesInArabicNumberAgreement() throws Exception {
        Watch mine = watches.create(WatchSpec.of("فيضانات", "فيضانات").withMode(WatchMode.EVERY), "salma");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        String href = "/watches/" + mine.id() + "?test=1";
        assertThat(Jsoup.parse(b.get(href).body()).selectFirst(".watch-test .lead").text())
                .as("one match").contains("طابق البحث مقالاً واحداً");
        for (int i = 2; i <= 3; i++) {
            archive.save(Article.builder().url("https://news.example/flood-" + i).source("الغد")
                    .title("فيضانات جديدة " + i).published("2026-01-09").body(List.of("فيضانات تغمر قرى " + i))
                    .build(), null);
            archive.commit();
            String lead = Jsoup.parse(b.get(href).body()).selectFirst(".watch-test .lead").text();
            assertThat(lead).startsWith("في آخر 7 أيام طابق البحث")
                    .contains(i == 2 ? "طابق البحث مقالين" : "طابق البحث 3 مقالات")
                    .doesNotContain("مقالاً،");
        }
    }

    @Test
    void anEmailChannelStoppedForWantOfAMailServerSaysSoInArabic() throws Exception {
        Watch mine = watches.create(WatchSpec.of("فيضانات", "فيضانات").withMode(WatchMode.EVERY)
                .withEmail("salma@news.example"), "salma");
        watches.start();
        archive.save(Article.builder().url("https://news.example/flood2").source("الغد").title("فيضانات جديدة")
                .published("2026-01-10").body(List.of("فيضانات تغمر قرى جديدة.")).build(), null);
        archive.commit();
        watches.articlesStored();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (watches.get(mine.id()).orElseThrow().emailPaused() == null && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(watches.get(mine.id()).orElseThrow().emailPaused()).as("no SMTP server: the channel stops")
                .isNotNull();

        CookieBrowser b = browser().signedIn("salma", "editor password");
        for (String path : List.of("/watches/" + mine.id(), "/watches")) {
            String shown = Jsoup.parse(b.get(path).body()).selectFirst("p.form-error").text();
            assertThat(shown).as(path).contains("لم يُضبط خادم بريد").doesNotContain("إخفاقات متكررة")
                    .doesNotContainPattern("[A-Za-z]{4,}");
        }
    }

    @Test
    void aFailingWebhooksLogSaysHowManyAttemptsAndWhenTheNextComes() throws Exception {
        // Port 1 on loopback: nothing listens, so every attempt is refused and retried later.
        Watch mine = watches.create(WatchSpec.of("فيضانات", "فيضانات").withMode(WatchMode.EVERY)
                .withWebhook(URI.create("http://127.0.0.1:1/hook"), "secret", true), "salma");
        watches.start();
        archive.save(Article.builder().url("https://news.example/flood2").source("الغد").title("فيضانات جديدة")
                .published("2026-01-10").body(List.of("فيضانات تغمر قرى جديدة.")).build(), null);
        archive.commit();
        watches.articlesStored();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (watches.deliveries(mine.id(), 1).stream().noneMatch(d -> d.attempts() > 0)
                && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Element li = Jsoup.parse(b.get("/watches/" + mine.id()).body()).selectFirst(".delivery-log li.delivery");
        assertThat(li.selectFirst(".badge").text()).isEqualTo("بانتظار الإرسال");
        // The clock stands still in this test: the first retry (5 s later) is moments away.
        assertThat(li.selectFirst(".next-attempt").text()).isEqualTo("المحاولة التالية بعد لحظات");

        // Later attempts, counted as Arabic counts them, and a retry further off.
        Instant now = clock.instant();
        Delivery tried = new Delivery(9, mine.id(), Delivery.Channel.WEBHOOK, Delivery.Kind.ALERT, "{}",
                Delivery.Status.PENDING, 2, now.plus(Duration.ofMinutes(10)), 500, "HTTP 500", now, now);
        assertThat(WatchPages.nextText(tried, now)).isEqualTo("المحاولة التالية بعد 10 دقائق");
        assertThat(WatchPages.attemptsText(2)).isEqualTo("محاولتان");
        assertThat(WatchPages.attemptsText(8)).isEqualTo("8 محاولات");
        assertThat(WatchPages.attemptsText(1)).isNull();
        Delivery held = new Delivery(10, mine.id(), Delivery.Channel.WEBHOOK, Delivery.Kind.ALERT, "{}",
                Delivery.Status.HELD, 8, null, 500, "HTTP 500", now, now);
        assertThat(WatchPages.nextText(held, now)).as("a held delivery waits for its owner, not a clock").isNull();
    }

    @Test
    void bothStoppedChannelsAreNamedAndTheOwnerToldTheAlertsAreKept() {
        Instant now = clock.instant();
        Watch both = new Watch(7, WatchSpec.of("فيضانات", "فيضانات"), "salma", "token",
                "paused after 8 failed attempts: HTTP 500", "paused: " + MailSender.NOT_CONFIGURED, 0, null, now, now);
        assertThat(WatchPages.pauseText(both)).contains("توقف الخطاف بعد إخفاقات متكررة")
                .contains("لم يُضبط خادم بريد").contains("التنبيهات محفوظة");
        Watch refused = new Watch(8, WatchSpec.of("فيضانات", "فيضانات"), "salma", "token", "paused: HTTP 404", null,
                0, null, now, now);
        assertThat(WatchPages.pauseText(refused)).startsWith("توقف الخطاف لأن العنوان المستقبِل رفض التنبيه")
                .doesNotContain("إخفاقات").doesNotContain("البريد");
    }

    @Test
    void theNewWatchFormSaysBeforehandWhenNoMailCanGoOut() throws Exception {
        Document page = Jsoup.parse(browser().signedIn("salma", "editor password").get("/watches").body());
        assertThat(page.selectFirst("form.new-watch .no-mail").text()).contains("لم يُضبط خادم بريد");

        // The same page from a server that has an SMTP server configured: no such note.
        Watches mailing = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")).withClock(clock)
                .withSmtp(new org.marsad.watch.deliver.SmtpSettings("127.0.0.1", 2525, null, null,
                        "marsad@test.example", org.marsad.watch.deliver.SmtpSettings.Tls.NONE)));
        Accounts accounts = Accounts.open(archive.store().database(), new Accounts.Settings(Duration.ofHours(8),
                Duration.ofHours(2), 4, clock));
        WebServer other = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, clock, null, null, mailing)
                .withAccounts(accounts));
        WebServer first = server;
        try {
            server = other;
            Document withMail = Jsoup.parse(browser().signedIn("salma", "editor password").get("/watches").body());
            assertThat(withMail.select("form.new-watch input[name=email]")).hasSize(1);
            assertThat(withMail.select(".no-mail")).isEmpty();
        } finally {
            server = first;
            other.close();
            mailing.close();
        }
    }

    @Test
    void anotherEditorsWatchIsNotFoundInArabicWithoutTheApisEnglish() throws Exception {
        Watch theirs = watches.create(WatchSpec.of("سيول", "سيول"), "karim");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        for (String path : List.of("/watches/" + theirs.id(), "/watches/999")) {
            HttpResponse<String> r = b.get(path);
            assertThat(r.statusCode()).isEqualTo(404);
            Document page = Jsoup.parse(r.body());
            assertThat(page.selectFirst("main").text()).as(path).contains("الصفحة غير موجودة")
                    .doesNotContainPattern("[A-Za-z]{4,}");
        }
    }

    @Test
    void aWebhookIsSetFromTheFormItsSecretKeptAndAPrivateTargetRefusedToAnEditor() throws Exception {
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(b.get("/watches").body());
        assertThat(page.select("form.new-watch input[name=allow_private]")).as("admins only").isEmpty();
        HttpResponse<String> refused = b.post("/watches", b.form(page, "form.new-watch", "name", "سيول", "query",
                "سيول", "mode", "stories", "email", "", "webhook_url", "http://127.0.0.1:9/hook"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.selectFirst("form.new-watch .form-error").text()).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{4,}");
        assertThat(again.selectFirst("form.new-watch input[name=webhook_url]").attr("value"))
                .isEqualTo("http://127.0.0.1:9/hook");
        assertThat(watches.list()).isEmpty();

        assertThat(b.post("/watches", b.form(page, "form.new-watch", "name", "سيول", "query", "سيول", "mode",
                "stories", "email", "", "webhook_url", "http://93.184.216.34/hook", "webhook_secret", ""))
                .statusCode()).isEqualTo(303);
        Watch w = watches.list().get(0);
        assertThat(w.spec().webhookUrl()).isEqualTo(URI.create("http://93.184.216.34/hook"));
        String secret = w.spec().webhookSecret();
        assertThat(secret).as("a random secret when none is typed").isNotBlank();
        Document mine = Jsoup.parse(b.get("/watches/" + w.id()).body());
        assertThat(mine.selectFirst(".health details code").text()).isEqualTo(secret);

        // Editing without typing a secret keeps it; clearing the address removes the webhook.
        Document list = Jsoup.parse(b.get("/watches").body());
        String form = "#watch-" + w.id() + " form.watch-form";
        assertThat(list.selectFirst(form + " input[name=webhook_url]").attr("value"))
                .isEqualTo("http://93.184.216.34/hook");
        assertThat(b.post("/watches/" + w.id(), b.form(list, form, "name", "سيول", "query", "سيول", "mode", "every",
                "email", "", "webhook_url", "http://93.184.216.35/hook2", "webhook_secret", "")).statusCode())
                .isEqualTo(303);
        assertThat(watches.get(w.id()).orElseThrow().spec().webhookSecret()).isEqualTo(secret);
        assertThat(watches.get(w.id()).orElseThrow().spec().webhookUrl().toString())
                .isEqualTo("http://93.184.216.35/hook2");
        assertThat(b.post("/watches/" + w.id(), b.form(list, form, "name", "سيول", "query", "سيول", "mode", "every",
                "email", "", "webhook_url", "")).statusCode()).isEqualTo(303);
        assertThat(watches.get(w.id()).orElseThrow().spec().webhookUrl()).isNull();
    }

    @Test
    void aBadQueryIsShownInArabicWithWhatWasTyped() throws Exception {
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(b.get("/watches").body());
        HttpResponse<String> r = b.post("/watches", b.form(page, "form.new-watch", "name", "رصد", "query",
                "\"فيضان", "mode", "stories", "email", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(r.body());
        assertThat(again.selectFirst("form.new-watch .form-error").text()).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{4,}");
        assertThat(again.selectFirst("form.new-watch input[name=query]").attr("value")).isEqualTo("\"فيضان");
        assertThat(watches.list()).isEmpty();
    }

    @Test
    void editingPausingAndDeletingGoThroughTheFormsOfTheOwnerOnly() throws Exception {
        Watch mine = watches.create(WatchSpec.of("زلازل", "زلزال"), "salma");
        Watch theirs = watches.create(WatchSpec.of("سيول", "سيول"), "karim");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(b.get("/watches").body());
        assertThat(page.select("li.watch h3").eachText()).containsExactly("زلازل");

        HttpResponse<String> edited = b.post("/watches/" + mine.id(), b.form(page, "#watch-" + mine.id()
                + " form.watch-form", "name", "زلازل تركيا", "query", "زلزال تركيا", "mode", "stories", "email", "",
                "paused", "1"));
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(watches.get(mine.id())).hasValueSatisfying(w -> {
            assertThat(w.query()).isEqualTo("زلزال تركيا");
            assertThat(w.spec().paused()).isTrue();
        });
        String csrf = page.selectFirst("form.new-watch input[name=csrf]").attr("value");
        assertThat(b.post("/watches/" + theirs.id() + "/delete", Map.of("csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(b.post("/watches/" + mine.id() + "/delete", Map.of("csrf", "wrong")).statusCode())
                .isEqualTo(403);
        assertThat(watches.list()).hasSize(2);
        assertThat(b.post("/watches/" + mine.id() + "/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(watches.list()).extracting(Watch::id).containsExactly(theirs.id());
    }

    // review25: «احذف المراقبة» deleted on one click, though deleting an article asks first
    @Test
    void deletingAWatchAsksFirstOnAPageOfItsOwnAndOnlyItsFormDeletes() throws Exception {
        Watch mine = watches.create(WatchSpec.of("زلازل", "زلزال"), "salma");
        Watch theirs = watches.create(WatchSpec.of("سيول", "سيول"), "karim");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document list = Jsoup.parse(b.get("/watches").body());
        assertThat(list.select("form[action$=/delete]")).as("no one-click delete on the list").isEmpty();
        String href = list.selectFirst("#watch-" + mine.id() + " a.delete-watch").attr("href");
        assertThat(href).isEqualTo("/watches/" + mine.id() + "/delete");

        HttpResponse<String> asked = b.get(href);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(watches.list()).as("opening the page deletes nothing").hasSize(2);
        Document confirm = Jsoup.parse(asked.body());
        assertThat(confirm.selectFirst(".confirm-action .target").text()).isEqualTo("زلازل");
        assertThat(confirm.selectFirst(".confirm-action").text()).contains("لا يمكن التراجع");
        assertThat(confirm.selectFirst(".confirm-action a").attr("href")).isEqualTo("/watches#watch-" + mine.id());
        assertThat(b.get("/watches/" + theirs.id() + "/delete").statusCode()).as("another's").isEqualTo(404);

        org.jsoup.nodes.Element form = confirm.selectFirst("form.confirm");
        HttpResponse<String> done = b.post(form.attr("action"), b.form(confirm, "form.confirm"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(watches.list()).extracting(Watch::id).containsExactly(theirs.id());
        assertThat(browser().signedIn("amal", "reader password").get(href).statusCode()).isEqualTo(403);
    }

    @Test
    void aRefusedEditKeepsEverythingTypedInThatWatchsFormAndLeavesTheNewWatchFormEmpty() throws Exception {
        Watch mine = watches.create(WatchSpec.of("زلازل", "زلزال").withEmail("desk@example.org"), "salma");
        CookieBrowser b = browser().signedIn("salma", "editor password");
        Document page = Jsoup.parse(b.get("/watches").body());
        String form = "#watch-" + mine.id() + " form.watch-form";
        HttpResponse<String> r = b.post("/watches/" + mine.id(), b.form(page, form, "name", "زلازل تركيا", "query",
                "زلزال OR", "mode", "daily", "email", "night@example.org", "webhook_url", "https://hooks.example/z",
                "paused", "1"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(r.body());
        assertThat(again.selectFirst(form + " .form-error").text()).isNotBlank();
        assertThat(again.selectFirst(form + " input[name=email]").attr("value")).isEqualTo("night@example.org");
        assertThat(again.selectFirst(form + " input[name=webhook_url]").attr("value"))
                .isEqualTo("https://hooks.example/z");
        assertThat(again.selectFirst(form + " select[name=mode] option[selected]").attr("value")).isEqualTo("daily");
        assertThat(again.selectFirst(form + " input[name=paused]").hasAttr("checked")).isTrue();
        // The edit is not offered again as a new watch: one more click there would have added a second watch.
        assertThat(again.selectFirst("form.new-watch .form-error")).isNull();
        assertThat(again.selectFirst("form.new-watch input[name=name]").attr("value")).isEmpty();
        assertThat(again.selectFirst("form.new-watch input[name=query]").attr("value")).isEmpty();
        assertThat(again.selectFirst("form.new-watch input[name=email]").attr("value")).isEmpty();
        assertThat(watches.get(mine.id()).orElseThrow().spec().email()).isEqualTo("desk@example.org");
    }

    @Test
    void readersAndVisitorsGetNoWatches() throws Exception {
        HttpResponse<String> visitor = browser().get("/watches");
        assertThat(visitor.statusCode()).isEqualTo(303);
        assertThat(visitor.headers().firstValue("location").orElse("")).startsWith("/login");
        assertThat(Jsoup.parse(browser().get("/search?q=" + enc("فيضانات")).body()).select("a.watch-this"))
                .isEmpty();
        CookieBrowser reader = browser().signedIn("amal", "reader password");
        assertThat(reader.get("/watches").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(reader.get("/search?q=" + enc("فيضانات")).body()).select("a.watch-this")).isEmpty();
    }
}
