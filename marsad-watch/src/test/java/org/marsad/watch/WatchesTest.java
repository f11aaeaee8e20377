package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.testing.TestClock;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.MailSender;
import org.marsad.watch.deliver.RetryPolicy;
import org.marsad.watch.deliver.Signature;
import org.marsad.watch.deliver.SmtpSettings;

/**
 * Watches over a real archive (SQLite and Lucene in a temporary directory), with a loopback webhook receiver and a
 * real SMTP server (GreenMail) started inside the test.
 */
class WatchesTest {
    static final String SECRET = "s3cret-key";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Archive archive;
    Receiver receiver;
    GreenMail smtp;
    Watches watches;

    static final Map<String, Article> FIXTURE = Corpus.fixture().stream()
            .collect(java.util.stream.Collectors.toMap(Article::id, a -> a));
    static final Article ORIGINAL = FIXTURE.get("gaza-talks");
    static final Article COPY = FIXTURE.get("gaza-talks-copy");
    static final Article DAIRY = FIXTURE.get("dairy");
    static final String GAZA_QUERY = "\"وقف إطلاق النار\" غزة";

    /** The store's JDBC URL; null for SQLite in the data directory. */
    String storeUrl() throws Exception {
        return null;
    }

    /** Drops what {@link #storeUrl} made. */
    void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        archive = Archive.open(dir, storeUrl());
        receiver = new Receiver();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void close() throws Exception {
        if (watches != null) {
            watches.close();
        }
        archive.close();
        receiver.close();
        smtp.stop();
        dropStore();
    }

    Watches.Settings settings(Clock clock) {
        SmtpSettings mail = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), null, null,
                "marsad@test.example", SmtpSettings.Tls.NONE);
        return Watches.Settings.of(URI.create("http://marsad.test/")).withSmtp(mail)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofSeconds(1))).withClock(clock);
    }

    Watches openWatches() {
        watches = Watches.open(archive, settings(Clock.systemUTC()));
        return watches;
    }

    WatchSpec gazaWatch() {
        return WatchSpec.of("غزة", GAZA_QUERY).withWebhook(receiver.uri(), SECRET, true).withEmail("desk@example.org");
    }

    static void eventually(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    List<Delivery> log(long watchId) {
        return watches.deliveries(watchId, 100);
    }

    @Test
    void watchesAreNumberedOneAfterAnotherWhateverAlertsAndDeliveriesCameBetween() throws Exception {
        Watches w = openWatches();
        w.start();
        Watch first = w.create(gazaWatch(), "editor");
        archive.save(ORIGINAL, null);
        w.articlesStored();
        eventually("the first watch's alert is queued", () -> !log(first.id()).isEmpty());
        Watch second = w.create(WatchSpec.of("ألبان", "ألبان"), "editor");
        assertThat(w.remove(second.id())).isTrue();
        Watch third = w.create(WatchSpec.of("قمح", "قمح"), "editor");

        assertThat(List.of(first.id(), second.id(), third.id())).as("a removed watch's id is not given again")
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void anOriginalAlertsOnceItsCopyAndANonMatchingArticleNeverAndTheReceiverGetsItOnceAfterTwoFailures()
            throws Exception {
        receiver.answer(500, 503);
        Watches w = openWatches();
        w.start();
        Watch watch = w.create(gazaWatch(), "editor");

        archive.save(ORIGINAL, null);
        w.articlesStored();
        archive.save(COPY, null);
        w.articlesStored();
        archive.save(DAIRY, null);
        w.articlesStored();
        assertThat(archive.store().get(COPY.id()).orElseThrow().duplicateOf()).isEqualTo(ORIGINAL.id());

        List<Receiver.Request> got = receiver.await(1, r -> r.answered() == 200, WAIT);
        assertThat(got).hasSize(3);
        Receiver.Request ok = got.get(2);
        assertThat(Signature.verify(SECRET, ok.body(), ok.header("X-Marsad-Signature"))).isTrue();
        assertThat(ok.header("X-Marsad-Signature")).matches("sha256=[0-9a-f]{64}");
        assertThat(Long.parseLong(ok.header("X-Marsad-Timestamp"))).isGreaterThan(1_700_000_000L);
        assertThat(ok.header("Content-Type")).startsWith("application/json");
        assertThat(got.stream().map(r -> r.header("X-Marsad-Delivery")).distinct()).hasSize(1);
        JsonNode body = ArticleJson.mapper().readTree(ok.body());
        assertThat(body.path("event").asText()).isEqualTo("alert");
        assertThat(body.path("watch").path("id").asLong()).isEqualTo(watch.id());
        assertThat(body.path("alerts")).hasSize(1);
        JsonNode alert = body.path("alerts").get(0);
        assertThat(alert.path("reason").asText()).isEqualTo("story");
        assertThat(alert.path("article").path("id").asText()).isEqualTo(ORIGINAL.id());
        assertThat(alert.path("article").path("title").asText()).isEqualTo(ORIGINAL.title());
        assertThat(alert.path("article").path("source").asText()).isEqualTo("الجزيرة");
        assertThat(alert.path("article").path("url").asText()).isEqualTo(ORIGINAL.url());
        assertThat(alert.path("article").path("link").asText()).isEqualTo("http://marsad.test/article/" + ORIGINAL.id());
        assertThat(alert.path("article").path("snippet").asText()).startsWith("استؤنفت في الدوحة");

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        eventually("every article matched and every delivery sent", () -> {
            w.matchNew();
            return archive.store().lastSeq() == 3 && log(watch.id()).stream()
                    .allMatch(d -> d.status() == Delivery.Status.DELIVERED);
        });
        List<Delivery> deliveries = log(watch.id());
        assertThat(deliveries).extracting(Delivery::channel)
                .containsExactlyInAnyOrder(Delivery.Channel.WEBHOOK, Delivery.Channel.EMAIL);
        Delivery hook = deliveries.stream().filter(d -> d.channel() == Delivery.Channel.WEBHOOK).findFirst()
                .orElseThrow();
        assertThat(hook.attempts()).isEqualTo(3);
        assertThat(hook.lastStatus()).isEqualTo(200);
        assertThat(receiver.requests()).hasSize(3);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        assertThat(mails[0].getSubject()).contains("غزة").contains(ORIGINAL.title());
    }

    @Test
    void theMailIsArabicRightToLeftHtmlWithAPlainTextAlternative() throws Exception {
        Watches w = openWatches();
        w.start();
        w.create(WatchSpec.of("زلازل", "زلزال").withEmail("desk@example.org"), null);
        archive.save(FIXTURE.get("quake"), null);
        w.articlesStored();
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getFrom()[0].toString()).isEqualTo("marsad@test.example");
        // Marked as sent by a machine, so that a reader's vacation auto-reply does not answer every alert.
        assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains(FIXTURE.get("quake").title()).contains("http://marsad.test/article/quake");
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains(FIXTURE.get("quake").title())
                .contains("href=\"http://marsad.test/article/quake\"");
    }

    @Test
    void aRestartBeforeSendingLosesNothingAndSendsNothingTwice() throws Exception {
        Watches first = Watches.open(archive, settings(Clock.systemUTC()));
        Watch watch = first.create(gazaWatch(), null);
        archive.save(ORIGINAL, null);
        assertThat(first.matchNew()).isEqualTo(1);
        first.close(); // never started: both deliveries are still queued
        assertThat(receiver.requests()).isEmpty();

        watches = Watches.open(archive, settings(Clock.systemUTC()));
        assertThat(watches.matchNew()).isZero(); // already matched before the restart
        watches.start();
        receiver.await(1, r -> r.answered() == 200, WAIT);
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        eventually("both delivered", () -> log(watch.id()).stream()
                .allMatch(d -> d.status() == Delivery.Status.DELIVERED));
        assertThat(receiver.requests()).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRestartBetweenRetriesLosesNothing() throws Exception {
        receiver.answer(500);
        Watches first = Watches.open(archive, settings(Clock.systemUTC()));
        Watch watch = first.create(WatchSpec.of("غزة", "غزة").withWebhook(receiver.uri(), SECRET, true), null);
        first.start();
        archive.save(ORIGINAL, null);
        first.articlesStored();
        receiver.await(1, r -> r.answered() == 500, WAIT);
        first.close();

        watches = Watches.open(archive, settings(Clock.systemUTC()));
        watches.start();
        List<Receiver.Request> got = receiver.await(1, r -> r.answered() == 200, WAIT);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).header("X-Marsad-Delivery")).isEqualTo(got.get(1).header("X-Marsad-Delivery"));
        eventually("delivered", () -> log(watch.id()).get(0).status() == Delivery.Status.DELIVERED);
        assertThat(log(watch.id()).get(0).attempts()).isEqualTo(2);
    }

    @Test
    void repeatedFailuresPauseTheWebhookWithAReasonAndEditingResumesItWithEveryAlertOfTheOutage()
            throws Exception {
        receiver.answer(500, 500, 500, 500);
        Watches w = openWatches();
        w.start();
        Watch watch = w.create(WatchSpec.of("كل شيء", "غزة OR زلزال").withMode(WatchMode.EVERY)
                .withWebhook(receiver.uri(), SECRET, true), null);
        archive.save(ORIGINAL, null);
        w.articlesStored();
        eventually("paused", () -> w.get(watch.id()).orElseThrow().webhookPaused() != null);
        Watch paused = w.get(watch.id()).orElseThrow();
        assertThat(paused.webhookPaused()).contains("4 failed attempts").contains("HTTP 500");
        Delivery wornOut = log(watch.id()).get(0);
        assertThat(wornOut.status()).isEqualTo(Delivery.Status.HELD);
        assertThat(wornOut.attempts()).isEqualTo(4);
        assertThat(wornOut.lastError()).isEqualTo("HTTP 500");

        archive.save(FIXTURE.get("quake"), null);
        w.articlesStored();
        eventually("the next alert is held", () -> log(watch.id()).size() == 2);
        assertThat(log(watch.id()).get(0).status()).isEqualTo(Delivery.Status.HELD);
        assertThat(receiver.requests()).hasSize(4);

        // The receiver is fixed and the owner resumes the watch: both alerts arrive, the one that ran out of
        // attempts included, so the outage cost the desk nothing.
        w.update(watch.id(), paused.spec());
        List<Receiver.Request> delivered = receiver.await(2, r -> r.answered() == 200, WAIT);
        eventually("both alerts delivered", () -> log(watch.id()).stream()
                .allMatch(d -> d.status() == Delivery.Status.DELIVERED));
        assertThat(delivered.stream().filter(r -> r.answered() == 200).map(WatchesTest::alertedArticle))
                .containsExactlyInAnyOrder(ORIGINAL.id(), "quake");
        assertThat(w.get(watch.id()).orElseThrow().webhookPaused()).isNull();
    }

    // The receiver answers 500 twice, then 200; retries come after 1-2 s, so the outage lasts a few seconds.
    private Watches startedWithAReceiverDownTwice() {
        receiver.answer(500, 500);
        watches = Watches.open(archive, settings(Clock.systemUTC())
                .withRetry(new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(2))));
        watches.start();
        return watches;
    }

    // A receiver that is down is asked once per retry, by the alert that failed first; the alerts queued behind it
    // wait, then go once it answers, each in one attempt.
    @Test
    void alertsQueuedBehindAFailedDeliveryWaitForItsRetryInsteadOfEachTryingTheReceiver() throws Exception {
        Watches w = startedWithAReceiverDownTwice();
        Watch watch = w.create(WatchSpec.of("كل شيء", "غزة OR زلزال OR ألمانيا").withMode(WatchMode.EVERY)
                .withWebhook(receiver.uri(), SECRET, true), null);
        archive.save(ORIGINAL, null);
        w.articlesStored();
        eventually("the first alert failed once", () -> !log(watch.id()).isEmpty()
                && log(watch.id()).get(0).attempts() == 1);
        for (String id : List.of("quake", "germany", "gaza-aid")) {
            archive.save(FIXTURE.get(id), null);
        }
        w.articlesStored();
        eventually("four alerts queued", () -> log(watch.id()).size() == 4);

        eventually("all delivered", () -> log(watch.id()).stream()
                .allMatch(d -> d.status() == Delivery.Status.DELIVERED));
        List<Receiver.Request> got = receiver.requests();
        // the first alert three times (500, 500, 200), then each other alert once
        assertThat(got).hasSize(6);
        assertThat(got.subList(0, 3)).allMatch(r -> alertedArticle(r).equals(ORIGINAL.id()))
                .extracting(Receiver.Request::answered).containsExactly(500, 500, 200);
        assertThat(got.subList(3, 6)).allMatch(r -> r.answered() == 200).extracting(WatchesTest::alertedArticle)
                .containsExactlyInAnyOrder("quake", "germany", "gaza-aid");
        assertThat(log(watch.id()).subList(0, 3)).allMatch(d -> d.attempts() == 1);
    }

    // Two watches sending to one receiver share its queue: while the receiver is down, the second watch's alert
    // waits behind the first watch's failed one instead of meeting the outage on its own.
    @Test
    void twoWatchesSendingToOneReceiverWaitBehindTheFirstFailedDelivery() throws Exception {
        Watches w = startedWithAReceiverDownTwice();
        Watch gaza = w.create(WatchSpec.of("غزة", "غزة").withMode(WatchMode.EVERY)
                .withWebhook(receiver.uri(), SECRET, true), null);
        Watch quake = w.create(WatchSpec.of("زلزال", "زلزال").withMode(WatchMode.EVERY)
                .withWebhook(receiver.uri(), SECRET, true), null);
        archive.save(ORIGINAL, null);
        w.articlesStored();
        eventually("the first watch's alert failed once", () -> !log(gaza.id()).isEmpty()
                && log(gaza.id()).get(0).attempts() == 1);
        archive.save(FIXTURE.get("quake"), null);
        w.articlesStored();
        eventually("the second watch's alert queued", () -> log(quake.id()).size() == 1);

        eventually("both delivered", () -> Stream.of(gaza, quake).flatMap(x -> log(x.id()).stream())
                .allMatch(d -> d.status() == Delivery.Status.DELIVERED));
        List<Receiver.Request> got = receiver.requests();
        // the receiver heard the first alert until it answered, then the second watch's alert once
        assertThat(got).extracting(WatchesTest::alertedArticle)
                .containsExactly(ORIGINAL.id(), ORIGINAL.id(), ORIGINAL.id(), "quake");
        assertThat(got).extracting(Receiver.Request::answered).containsExactly(500, 500, 200, 200);
        assertThat(log(quake.id()).get(0).attempts()).isEqualTo(1);
    }

    static String alertedArticle(Receiver.Request r) {
        try {
            return ArticleJson.mapper().readTree(r.body()).path("alerts").get(0).path("article").path("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A watch whose webhook receiver answered 404 to its first alert, once its channel has paused. */
    private Watch pausedByARefusingReceiver(Watches w) throws Exception {
        receiver.answer(404);
        w.start();
        Watch watch = w.create(WatchSpec.of("زلازل", "زلزال").withWebhook(receiver.uri(), SECRET, true), null);
        archive.save(FIXTURE.get("quake"), null);
        w.articlesStored();
        eventually("paused", () -> w.get(watch.id()).orElseThrow().webhookPaused() != null);
        return watch;
    }

    @Test
    void aRefusedWebhookHoldsTheAlertAndFixingTheAddressSendsIt() throws Exception {
        Watches w = openWatches();
        Watch watch = pausedByARefusingReceiver(w);
        assertThat(w.get(watch.id()).orElseThrow().webhookPaused()).isEqualTo("paused: HTTP 404");
        assertThat(log(watch.id()).get(0).status()).isEqualTo(Delivery.Status.HELD);

        w.update(watch.id(), w.get(watch.id()).orElseThrow().spec());
        receiver.await(1, r -> r.answered() == 200, WAIT);
        eventually("delivered", () -> log(watch.id()).get(0).status() == Delivery.Status.DELIVERED);
    }

    @Test
    void removingAWebhookDropsItsHeldAlertsWithoutPausingAnything() throws Exception {
        Watches w = openWatches();
        Watch watch = pausedByARefusingReceiver(w);

        w.update(watch.id(), WatchSpec.of("زلازل", "زلزال"));
        eventually("dropped", () -> log(watch.id()).get(0).status() == Delivery.Status.FAILED);
        assertThat(log(watch.id()).get(0).lastError()).isEqualTo("the watch has no webhook any more");
        assertThat(w.get(watch.id()).orElseThrow().webhookPaused()).isNull();
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void mailQueuedWhileNoSmtpServerWasSetIsSentOnceTheServerStartsWithOne() throws Exception {
        Watches.Settings withoutMail = Watches.Settings.of(URI.create("http://marsad.test/"))
                .withRetry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofSeconds(1)));
        Watches first = Watches.open(archive, withoutMail);
        first.start();
        Watch watch = first.create(WatchSpec.of("زلازل", "زلزال").withEmail("desk@example.org"), null);
        archive.save(FIXTURE.get("quake"), null);
        first.articlesStored();
        eventually("paused", () -> first.get(watch.id()).orElseThrow().emailPaused() != null);
        assertThat(first.get(watch.id()).orElseThrow().emailPaused()).contains(MailSender.NOT_CONFIGURED);
        assertThat(first.deliveries(watch.id(), 10).get(0).status()).isEqualTo(Delivery.Status.HELD);
        first.close();

        // The administrator sets MARSAD_SMTP_* and restarts the server; nobody edits the watch.
        watches = Watches.open(archive, settings(Clock.systemUTC()));
        watches.start();
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(FIXTURE.get("quake").title());
        eventually("delivered", () -> log(watch.id()).get(0).status() == Delivery.Status.DELIVERED);
        assertThat(watches.get(watch.id()).orElseThrow().emailPaused()).isNull();
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        receiver.answer(new Receiver.Answer(429, "120"));
        Watches w = openWatches();
        w.start();
        Watch watch = w.create(WatchSpec.of("غزة", "غزة").withWebhook(receiver.uri(), SECRET, true), null);
        archive.save(ORIGINAL, null);
        w.articlesStored();
        eventually("one attempt", () -> !log(watch.id()).isEmpty() && log(watch.id()).get(0).attempts() == 1);
        Delivery d = log(watch.id()).get(0);
        assertThat(d.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(d.lastStatus()).isEqualTo(429);
        // The policy's own wait is 20 ms; the receiver asked for 120 s (the policy caps waits at 1 s).
        assertThat(Duration.between(d.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), d.nextAttempt()))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void privateWebhookTargetsNeedTheExplicitFlag() {
        Watches w = openWatches();
        WatchSpec loopback = WatchSpec.of("غزة", "غزة").withWebhook(receiver.uri(), SECRET, false);
        assertThatThrownBy(() -> w.create(loopback, null)).isInstanceOf(WatchException.class)
                .hasMessageContaining("non-public address")
                .satisfies(e -> assertThat(((WatchException) e).field()).isEqualTo("webhook_url"));
        WatchSpec metadata = WatchSpec.of("x", "غزة").withWebhook(URI.create("http://169.254.169.254/"), null, false);
        assertThatThrownBy(() -> w.create(metadata, null)).isInstanceOf(WatchException.class);
        assertThat(w.list()).isEmpty();
    }

    @Test
    void aBadQueryIsRefusedWithTheQueryErrorInEnglishAndArabic() {
        Watches w = openWatches();
        assertThatThrownBy(() -> w.create(WatchSpec.of("x", "(غزة OR"), null)).isInstanceOf(WatchException.class)
                .hasMessage("bad query: OR needs a term after it")
                .satisfies(e -> {
                    WatchException we = (WatchException) e;
                    assertThat(we.field()).isEqualTo("query");
                    assertThat(we.arabic()).startsWith("تعذر فهم الاستعلام");
                });
        assertThatThrownBy(() -> w.create(WatchSpec.of("x", "غزة").withEmail("not an address"), null))
                .isInstanceOf(WatchException.class).hasMessageContaining("not an e-mail address");
        assertThat(w.list()).isEmpty();
    }

    @Test
    void watchesSurviveARestartAndEditingReRegistersTheQuery() {
        Watches first = Watches.open(archive, settings(Clock.systemUTC()));
        Watch made = first.create(WatchSpec.of("لبنان", "لبنان").withMode(WatchMode.EVERY), "editor");
        first.close();

        Watches w = openWatches();
        Watch again = w.get(made.id()).orElseThrow();
        assertThat(again.spec()).isEqualTo(made.spec());
        assertThat(again.owner()).isEqualTo("editor");
        assertThat(again.feedToken()).isEqualTo(made.feedToken());
        archive.save(FIXTURE.get("lebanon-politics"), null);
        assertThat(w.matchNew()).isEqualTo(1);

        w.update(made.id(), again.spec().withQuery("زلازل", "زلزال"));
        archive.save(FIXTURE.get("lebanon-politics").withUrl("https://news.example/lebanon-2").withId(null), null);
        archive.save(FIXTURE.get("quake"), null);
        assertThat(w.matchNew()).isEqualTo(1);
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).extracting(Article::id)
                .containsExactly("quake", "lebanon-politics");
        assertThat(w.feed(made.id(), "wrong")).isEmpty();
        assertThat(w.remove(made.id())).isTrue();
        assertThat(w.list()).isEmpty();
    }

    /**
     * A user who saves what they searched is alerted on what search shows: مستودع in search finds لمستودع (the
     * archive's counts read it as ل + مستودع), and the saved search alerts on a new article writing لمستودع as well.
     * Made-up articles.
     */
    @Test
    void aSavedSearchAlertsOnTheOtherFormsSearchShows() throws Exception {
        for (int i = 0; i < 3; i++) {
            archive.save(Article.builder().url("https://news.example/depot-" + i).title("تفتيش مستودع رقم " + i)
                    .body(List.of("فتش المحققون مستودع الأدوية رقم " + i + ".")).source("الجزيرة")
                    .published("2025-03-0" + (i + 1)).language("ar").build(), null);
        }
        archive.commit();
        Watches w = openWatches();
        Watch made = w.create(WatchSpec.of("مستودع", "مستودع").withMode(WatchMode.EVERY), "editor");
        archive.save(Article.builder().url("https://news.example/depot-new").title("نقل الحبوب لمستودع الميناء")
                .body(List.of("نقلت الشاحنات الحبوب لمستودع الميناء.")).source("الجزيرة").published("2025-03-05")
                .language("ar").build(), null);
        archive.commit();
        assertThat(archive.search(new SearchRequest("مستودع", null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 20, 0)).hits()).extracting(SearchHit::title)
                .contains("نقل الحبوب لمستودع الميناء");
        assertThat(w.matchNew()).isEqualTo(1);
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).extracting(Article::title)
                .containsExactly("نقل الحبوب لمستودع الميناء");
    }

    @Test
    void anUpgradeGivingMatchedArticlesTheirLanguageAlertsNoWatchAgainAndLaterNewsStillAlerts() throws Exception {
        Watches w = openWatches();
        // Imports stored without a language (before V93), matched by a watch made before them.
        Watch before = w.create(WatchSpec.of("لبنان", "لبنان").withMode(WatchMode.EVERY), "editor");
        archive.save(FIXTURE.get("lebanon-politics").withLanguage(null), null);
        archive.save(FIXTURE.get("lebanon-politics").withUrl("https://news.example/lebanon-2").withId(null)
                .withLanguage(null), null);
        assertThat(w.matchNew()).isEqualTo(2);
        Watch since = w.create(WatchSpec.of("لبنان بعد", "لبنان").withMode(WatchMode.EVERY), "editor");
        w.close();
        watches = null;
        // The upgrade: V93 schedules the language pass, which a server makes while it serves.
        archive.store().database().write(tx -> tx.update("DELETE FROM flyway_schema_history WHERE version = '93'"));
        String url = archive.store().database().jdbcUrl();
        archive.close();
        archive = Archive.openServing(dir, url.startsWith("jdbc:sqlite:") ? null : url);
        assertThat(archive.upgradeProgress()).isPresent();
        w = openWatches();
        while (archive.upgradeStep()) {
            // to the end
        }
        assertThat(archive.languagesGiven()).isEqualTo(2);
        assertThat(w.matchNew()).as("stored again with their language, no news: no watch alerts").isZero();
        archive.save(FIXTURE.get("lebanon-politics").withUrl("https://news.example/lebanon-3").withId(null), null);
        assertThat(w.matchNew()).as("news after the upgrade alerts both watches").isEqualTo(2);
        assertThat(w.feed(since.id(), since.feedToken()).orElseThrow()).hasSize(1);
        assertThat(w.feed(before.id(), before.feedToken()).orElseThrow()).hasSize(3);
    }

    @Test
    void aHiddenArticleIsNotMatchedAndLeavesTheWatchFeedUntilUnhidden() {
        Watches w = openWatches();
        Watch made = w.create(WatchSpec.of("لبنان", "لبنان").withMode(WatchMode.EVERY), "editor");
        String first = archive.save(FIXTURE.get("lebanon-politics"), null).id();
        String second = archive.save(FIXTURE.get("lebanon-politics").withUrl("https://news.example/lebanon-2")
                .withId(null), null).id();
        archive.hide(List.of(second), "editor");
        assertThat(w.matchNew()).as("hidden before matching: no alert").isEqualTo(1);
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).extracting(Article::id).containsExactly(first);

        archive.hide(List.of(first), "editor");
        assertThat(w.matchNew()).isZero();
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).as("hidden after its alert").isEmpty();
        archive.unhide(List.of(first));
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).extracting(Article::id).containsExactly(first);
        w.matchNew();
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).as("shown again: not alerted twice")
                .extracting(Article::id).containsExactly(first);
    }

    @Test
    void aWatchFeedStillListsItsNewestExistingMatchesAfterDeletionsAndHiding() {
        Watches w = openWatches();
        Watch made = w.create(WatchSpec.of("زلازل", "زلزال").withMode(WatchMode.EVERY), "editor");
        java.util.Random random = new java.util.Random(20261205L);
        String[] words = {"مدينة", "سكان", "مبان", "شوارع", "فرق", "إنقاذ", "مستشفى", "جسر", "طريق", "مدرسة", "سوق",
                "ميناء", "قرية", "جبل", "وادي", "نهر", "مطار", "محطة", "ملعب", "مسجد", "حديقة", "مصنع", "مخزن"};
        List<String> stored = new java.util.ArrayList<>();
        for (int i = 0; i < Watches.FEED_SIZE + 5; i++) {
            StringBuilder body = new StringBuilder("زلزال");
            for (int k = 0; k < 12; k++) {
                body.append(' ').append(words[random.nextInt(words.length)]).append(' ').append(random.nextInt(10_000));
            }
            stored.add(archive.save(news("https://q.example/" + i, "مصدر " + i, body.toString()), null).id());
        }
        assertThat(w.matchNew()).isEqualTo(stored.size());

        List<String> deleted = List.of(stored.get(10), stored.get(20), stored.get(30), stored.get(40),
                stored.get(stored.size() - 1));
        archive.delete(deleted);
        List<String> hidden = List.of(stored.get(7), stored.get(stored.size() - 2));
        archive.hide(hidden, "editor");

        List<String> expected = new java.util.ArrayList<>(stored);
        expected.removeAll(deleted);
        expected.removeAll(hidden);
        java.util.Collections.reverse(expected);
        expected = expected.subList(0, Math.min(Watches.FEED_SIZE, expected.size()));
        assertThat(w.feed(made.id(), made.feedToken()).orElseThrow()).extracting(Article::id)
                .as("the newest %d matches that still exist, newest first", Watches.FEED_SIZE)
                .containsExactlyElementsOf(expected);
    }

    private static Article news(String url, String source, String body) {
        return Article.builder().url(url).title("أخبار").source(source).published("2025-03-01").language("ar")
                .body(List.of(body)).build();
    }

    @Test
    void aPersonWatchAlertsOnEveryOutletsSpellingOfThePersonAndOnNothingElse() {
        Watches w = openWatches();
        Watch trump = w.create(WatchSpec.of("ترامب", "person:ترامب").withMode(WatchMode.EVERY), null);
        archive.save(news("https://a.example/1", "الجزيرة",
                "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة."), null);
        archive.save(news("https://b.example/2", "اليوم السابع",
                "أعلن الرئيس الأمريكي دونالد ترمب فرض رسوم جمركية على الصين."), null);
        archive.save(news("https://c.example/3", "العربية",
                "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان."), null);
        assertThat(w.matchNew()).isEqualTo(2);
        assertThat(w.feed(trump.id(), trump.feedToken()).orElseThrow()).extracting(Article::url)
                .containsExactlyInAnyOrder("https://a.example/1", "https://b.example/2");

        // Made once the archive knows the person, by a spelling no article uses: it alerts on the next mention.
        Watch guterres = w.create(WatchSpec.of("غوتيريش", "person:جوتيريش").withMode(WatchMode.EVERY), null);
        Watch lebanon = w.create(WatchSpec.of("لبنان", "place:لبنان").withMode(WatchMode.EVERY), null);
        archive.save(news("https://d.example/4", "الشرق",
                "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى ضبط النفس."), null);
        archive.save(news("https://e.example/5", "الشرق", "ارتفعت أسعار اللبن والحليب في الأسواق."), null);
        assertThat(w.matchNew()).isEqualTo(1);
        assertThat(w.feed(guterres.id(), guterres.feedToken()).orElseThrow()).extracting(Article::url)
                .containsExactly("https://d.example/4");
        assertThat(w.feed(lebanon.id(), lebanon.feedToken()).orElseThrow()).isEmpty();
    }

    @Test
    void aWatchOnlyAlertsOnArticlesStoredAfterItWasMade() {
        archive.save(ORIGINAL, null);
        Watches w = openWatches();
        w.create(WatchSpec.of("غزة", "غزة"), null);
        assertThat(w.matchNew()).isZero();
        archive.save(FIXTURE.get("gaza-aid"), null);
        assertThat(w.matchNew()).isEqualTo(1);
    }

    @Test
    void aDailyDigestCollectsTheDaysStoriesAtTheLocalTime() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2025-03-02T03:00:00Z"));
        watches = Watches.open(archive, settings(clock));
        Watch watch = watches.create(WatchSpec.of("موجز", "غزة OR زلزال").withMode(WatchMode.DAILY)
                .withDigest(LocalTime.of(8, 0), ZoneId.of("Asia/Riyadh")).withWebhook(receiver.uri(), SECRET, true),
                null);
        assertThat(watch.nextDigest()).isEqualTo(Instant.parse("2025-03-02T05:00:00Z"));
        archive.save(ORIGINAL, null);
        archive.save(COPY, null);
        archive.save(FIXTURE.get("quake"), null);
        assertThat(watches.matchNew()).isEqualTo(2);
        assertThat(watches.digestsDue()).isZero();
        assertThat(log(watch.id())).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(watches.digestsDue()).isEqualTo(1);
        assertThat(watches.digestsDue()).isZero();
        List<Delivery> deliveries = log(watch.id());
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).kind()).isEqualTo(Delivery.Kind.DIGEST);
        JsonNode payload = ArticleJson.mapper().readTree(deliveries.get(0).payload());
        assertThat(payload.path("event").asText()).isEqualTo("digest");
        assertThat(payload.path("alerts")).extracting(a -> a.path("article").path("id").asText())
                .containsExactly(ORIGINAL.id(), "quake");
        assertThat(watches.get(watch.id()).orElseThrow().nextDigest())
                .isEqualTo(Instant.parse("2025-03-03T05:00:00Z"));
    }

    @Test
    void testingAWatchShowsWhatItWouldHaveAlertedOnInTheLastDays() {
        archive.save(ORIGINAL, null);
        archive.save(COPY, null);
        archive.save(FIXTURE.get("gaza-aid"), null);
        archive.save(FIXTURE.get("undated"), null);
        archive.save(FIXTURE.get("lebanon-politics"), null);
        Clock march4 = Clock.fixed(Instant.parse("2025-03-04T12:00:00Z"), ZoneId.of("UTC"));
        watches = Watches.open(archive, settings(march4));
        Watch stories = watches.create(WatchSpec.of("غزة", "غزة"), null);
        Watches.TestResult r = watches.test(stories.id(), 7).orElseThrow();
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.alerts()).extracting(h -> h.article().id()).containsExactly("gaza-aid", ORIGINAL.id());
        Watch every = watches.create(WatchSpec.of("غزة", "غزة").withMode(WatchMode.EVERY), null);
        assertThat(watches.test(every.id(), 7).orElseThrow().alerts()).hasSize(3);
    }
}
