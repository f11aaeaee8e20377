package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.poll.PollLimits;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.Eventually;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.Watches;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.RetryPolicy;
import org.marsad.watch.deliver.Signature;
import org.marsad.watch.deliver.SmtpSettings;

/**
 * Watches on the running service, composed as {@code marsad serve} composes them (the server's listener wakes
 * them; their feeds are served by its web server): articles brought in by the server's own polling of a loopback
 * news site, and a republished copy stored by another process, give exactly the expected deliveries to a loopback
 * webhook receiver (which fails twice first) and to a real SMTP server; a restart in between loses nothing.
 */
class ServerWatchesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SECRET = "server-secret";

    @TempDir
    Path dir;
    private GreenMail smtp;
    private HttpServer receiver;
    private final List<byte[]> accepted = new ArrayList<>();
    private final List<String> signatures = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>(List.of(500, 500));
    private int requests;

    private Ownership own;
    private Archive archive;
    private Watches watches;
    private MarsadServer server;

    @BeforeEach
    void receivers() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int status;
            synchronized (accepted) {
                requests++;
                status = answers.isEmpty() ? 200 : answers.poll();
                if (status == 200) {
                    accepted.add(body);
                    signatures.add(ex.getRequestHeaders().getFirst("X-Marsad-Signature"));
                }
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopAll() {
        stopServer();
        receiver.stop(0);
        smtp.stop();
    }

    private void startServer() {
        own = Ownership.claim(dir);
        archive = Archive.open(dir, null);
        SmtpSettings mail = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), null, null, "marsad@test.example",
                SmtpSettings.Tls.NONE);
        watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")).withSmtp(mail)
                .withRetry(new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(1))));
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        MarsadServer.Options options = new MarsadServer.Options("127.0.0.1", 0, false, true, fetcher,
                new PollLimits(100, 3, 2), Clock.systemUTC(), null, null)
                .withListener(articles -> watches.articlesStored()).withWeb(c -> c.withWatches(watches));
        server = MarsadServer.start(own, archive, options, line -> { });
        watches.useBaseUrl(URI.create(server.url()));
        watches.start();
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            watches.close();
            archive.close();
            own.close();
            server = null;
        }
    }

    private int accepted() {
        synchronized (accepted) {
            return accepted.size();
        }
    }

    @Test
    void pollingBringsOneAlertForTheOriginalNoneForItsCopyOrOtherNewsAndARestartLosesNothing() throws Exception {
        startServer();
        Watch watch = watches.create(WatchSpec.of("القمة", "قمة القاهرة")
                .withWebhook(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), SECRET,
                        true).withEmail("desk@example.org"), "editor");
        pollCopyAndRestart(watch.id());
    }

    /**
     * The "done when", through the API: the watch is made with {@code POST /api/watches} by a user's token
     * (an admin: a loopback webhook needs {@code allow_private}), and its delivery log read back the same way.
     */
    @Test
    void aWatchCreatedThroughTheApiAlertsOnceByWebhookAndMail() throws Exception {
        startServer();
        Accounts accounts = Accounts.open(archive.store().database());
        accounts.addUser("desk", Role.ADMIN, "desk password".toCharArray());
        String token = accounts.addToken("desk", "alerts").secret();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> made = api("POST", "/api/watches", token, "{\"name\":\"القمة\",\"query\":\"قمة القاهرة\","
                + "\"mode\":\"stories\",\"webhook_url\":\"" + hook + "\",\"webhook_secret\":\"" + SECRET + "\","
                + "\"allow_private\":true,\"email\":\"desk@example.org\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode w = ArticleJson.mapper().readTree(made.body());
        assertThat(w.path("owner").asText()).isEqualTo("desk");
        assertThat(w.path("webhook_secret_set").asBoolean()).isTrue();
        assertThat(w.has("webhook_secret")).as("a secret the caller chose is not echoed").isFalse();
        long id = w.path("id").asLong();

        pollCopyAndRestart(id);

        JsonNode log = ArticleJson.mapper().readTree(api("GET", "/api/watches/" + id + "/deliveries", token, null)
                .body());
        assertThat(log.path("deliveries").findValuesAsText("status")).containsExactly("delivered", "delivered");
        assertThat(log.path("deliveries").findValuesAsText("channel")).containsExactlyInAnyOrder("webhook", "email");
        assertThat(ArticleJson.mapper().readTree(api("GET", "/api/watches/" + id, token, null).body())
                .path("last_alert").isNull()).isFalse();
    }

    private HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                .header("Authorization", "Bearer " + token).method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * With watch {@code watchId} registered: the server polls a loopback news site (the summit report matches, the
     * other articles do not), the webhook fails twice, the server restarts, the webhook then succeeds; another
     * process stores a republished copy. Exactly one webhook alert (signed) and one mail arrive.
     */
    private void pollCopyAndRestart(long watchId) throws Exception {
        try (TestSite site = NewsSite.start()) {
            try (Archive other = Archive.open(dir, null)) {
                new SourceRegistry(other.store().database()).add(new Source("المرصد", null, null, "ar",
                        List.of(site.uri("/feed.xml")), null, null, true, null), Instant.now());
            }
            Eventually.holds("the summit article is polled in and alerted, the receiver failing twice first",
                    DEADLINE, Duration.ofMillis(20), () -> {
                        synchronized (accepted) {
                            return requests >= 1;
                        }
                    });
            // Restart while the webhook is failing: what is queued survives.
            stopServer();
            startServer();
            Eventually.holds("the webhook gets the alert after the restart", DEADLINE, Duration.ofMillis(20),
                    () -> accepted() == 1);
            assertThat(smtp.waitForIncomingEmail(DEADLINE.toMillis(), 1)).isTrue();

            // Another process stores a republished copy of the summit report: the server follows, the watch stays
            // quiet (stories mode).
            Article summit = archive.store().latest(100, 0).stream()
                    .filter(a -> a.url().equals(site.base() + "/news/summit.html")).findFirst().orElseThrow();
            try (Archive other = Archive.open(dir, null)) {
                other.save(summit.withId(null).withUrl("https://copy.example/summit").withEnrichment(null, null)
                        .withFetchedAt(null), null);
            }
            Eventually.holds("the copy is matched", DEADLINE, Duration.ofMillis(20),
                    () -> archive.store().count() > 0 && watches.matchNew() == 0
                            && archive.store().get(copyId(archive)).map(a -> a.duplicateOf() != null).orElse(false));
        }

        assertThat(accepted()).isEqualTo(1);
        JsonNode body = ArticleJson.mapper().readTree(accepted.get(0));
        assertThat(Signature.verify(SECRET, accepted.get(0), signatures.get(0))).isTrue();
        assertThat(body.path("alerts")).hasSize(1);
        assertThat(body.path("alerts").get(0).path("article").path("title").asText())
                .isEqualTo("قمة عربية طارئة في القاهرة");
        // Links point at the server that queued the alert (port 0: the first run's port).
        assertThat(body.path("alerts").get(0).path("article").path("link").asText())
                .matches("http://127\\.0\\.0\\.1:\\d+/article/\\w+");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        List<Delivery> log = watches.deliveries(watchId, 10);
        assertThat(log).hasSize(2).allMatch(d -> d.status() == Delivery.Status.DELIVERED);
        assertThat(log.stream().filter(d -> d.channel() == Delivery.Channel.WEBHOOK).findFirst().orElseThrow()
                .attempts()).isEqualTo(3);
    }

    private static String copyId(Archive archive) {
        return archive.store().latest(100, 0).stream().filter(a -> "https://copy.example/summit".equals(a.url()))
                .map(Article::id).findFirst().orElse("none");
    }
}
