package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.marsad.store.ArticleStore;
import org.marsad.store.StoredArticle;

/**
 * The running service in one JVM, with "another process" played by a second {@link Archive} on the same directory
 * (its own store connections and a read-only index, as a separate {@code marsad ingest} has): what others store
 * becomes searchable and reaches the listeners; a source added by others is polled without a restart; a second
 * server refuses; a reindex is handed over. The same through real processes: marsad-cli's ServeCommandIT.
 */
class MarsadServerTest {
    /** A bound so that a broken server fails the test instead of hanging it; not a performance check. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private Ownership own;
    private Archive archive;
    private MarsadServer server;
    private final List<StoredArticle> heard = new CopyOnWriteArrayList<>();
    // What searches counted each time the listener heard of newly searchable articles.
    private final List<Long> searchableWhenHeard = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        own = Ownership.claim(dir);
        archive = Archive.open(dir, null);
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        MarsadServer.Options options = new MarsadServer.Options("127.0.0.1", 0, false, true, fetcher,
                new PollLimits(100, 3, 2), Clock.systemUTC(), null, null).withListener(batch -> {
                    heard.addAll(batch);
                    searchableWhenHeard.add(archive.index().count());
                });
        server = MarsadServer.start(own, archive, options, log::add);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
        own.close();
    }

    private static Article article(int i, String title) {
        return Article.builder().url("https://other.example/" + i).title(title)
                .body(List.of("نص الخبر رقم " + i + " عن " + title + " كما نشرته الوكالة."))
                .source("وكالة الأنباء").published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return ArticleJson.mapper().readTree(r.body());
    }

    private String page(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private long hits(String query) throws IOException, InterruptedException {
        return get("/api/articles?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("total").asLong();
    }

    private static void eventually(String what, Eventually.Check check) throws Exception {
        Eventually.holds(what, DEADLINE, Duration.ofMillis(50), check);
    }

    @Test
    void whatAnotherProcessStoresBecomesSearchableAndReachesTheListeners() throws Exception {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new ArticleStore.Incoming(article(i, "افتتاح معرض الكتاب في الرياض"), null));
        }
        try (Archive other = Archive.open(dir, null)) {
            assertThat(other.owner()).as("the server holds the index").isFalse();
            other.save(batch);
            assertThat(other.index().count()).as("the other process only stored").isZero();
        }

        eventually("the articles are found over HTTP", () -> hits("معرض الكتاب") == 5);
        assertThat(page("/")).contains("افتتاح معرض الكتاب في الرياض");
        assertThat(get("/api/stats").get("indexed").asLong()).isEqualTo(5);
        eventually("the listener heard them", () -> heard.size() == 5);
        assertThat(heard).extracting(s -> s.article().url())
                .containsExactlyElementsOf(batch.stream().map(in -> in.article().url()).toList());
        assertThat(heard).allSatisfy(s -> assertThat(s.article().story()).as("enriched before").isNotNull());
        JsonNode health = get("/healthz");
        assertThat(health.get("index").get("lag").asLong()).isZero();
        assertThat(health.get("poller").get("state").asText()).isEqualTo("running");
    }

    @Test
    void aLargeBatchStoredByAnotherProcessBecomesSearchableInPartsEachEnriched() throws Exception {
        int stored = 2 * IndexFollower.CATCH_UP_PART + IndexFollower.CATCH_UP_PART / 2;
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
            batch.add(new ArticleStore.Incoming(article(i, "اجتماع وزراء المالية العرب في القاهرة"), null));
        }
        try (Archive other = Archive.open(dir, null)) {
            // One store transaction: the server meets all of it at once, as after a 'marsad ingest' of a file.
            other.save(batch);
        }

        eventually("the listener heard them all", () -> heard.size() == stored);
        // Each part was searchable (and counted) before the next was enriched, not all at the end.
        assertThat(searchableWhenHeard).containsExactly((long) IndexFollower.CATCH_UP_PART,
                2L * IndexFollower.CATCH_UP_PART, (long) stored);
        assertThat(heard).allSatisfy(s -> assertThat(s.article().story()).as("enriched before").isNotNull());
        assertThat(hits("وزراء المالية")).isEqualTo(stored);
        assertThat(get("/healthz").get("index").get("lag").asLong()).isZero();
    }

    @Test
    void aDeletionByAnotherProcessLeavesTheServersIndexAndPages() throws Exception {
        String kept;
        String gone;
        try (Archive other = Archive.open(dir, null)) {
            kept = other.save(article(1, "افتتاح معرض الكتاب في الرياض"), null).id();
            gone = other.save(article(2, "افتتاح معرض السيارات في جدة"), null).id();
        }
        eventually("both are found over HTTP", () -> hits("افتتاح") == 2);

        try (Archive other = Archive.open(dir, null)) {
            assertThat(other.delete(List.of(gone))).containsExactly(gone);
        }

        eventually("the deleted one is no longer found", () -> hits("افتتاح") == 1);
        assertThat(hits("السيارات")).isZero();
        assertThat(hits("الكتاب")).isEqualTo(1);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve("/article/" + gone)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(page("/article/" + kept)).contains("معرض الكتاب");
        assertThat(get("/healthz").get("index").get("lag").asLong()).isZero();
        assertThat(get("/api/stats").get("indexed").asLong()).isEqualTo(1);
    }

    @Test
    void aSourceAddedByAnotherProcessIsPolledWithoutRestart() throws Exception {
        try (TestSite site = NewsSite.start(); Archive other = Archive.open(dir, null)) {
            new SourceRegistry(other.store().database()).add(new Source("المرصد", null, null, "ar",
                    List.of(site.uri("/feed.xml")), null, null, true, null), Instant.now());

            eventually("the site's summit article is searchable", () -> hits("قمة عربية طارئة") >= 1);
            assertThat(page("/")).contains("قمة عربية طارئة في القاهرة");
            eventually("metrics count the fetches", () -> metric("marsad_poll_fetches_total") > 0);
            // Counted when the source's poll finishes, which may be after its first article is already searchable.
            eventually("metrics count the stored articles", () -> metric("marsad_poll_articles_stored_total") > 0);
            // The poll may still be storing the site's other pages: the lag and the listener catch up shortly.
            eventually("the index has caught up", () -> metric("marsad_index_lag") == 0);
            // A server on its own enriches and indexes what it polls (beside workers it would do neither).
            assertThat(metric("marsad_enriching")).isEqualTo(1.0);
            assertThat(metric("marsad_index_writes_total")).isPositive();
            assertThat(metric("marsad_index_left_to_others_total")).isZero();
            assertThat(get("/healthz").get("poller").get("sources").asInt()).isEqualTo(1);
            eventually("the store listener heard the summit article", () -> heard.stream()
                    .anyMatch(s -> (site.base() + "/news/summit.html").equals(s.article().url())));
        }
    }

    @Test
    void aSourceAnEditorAddsByHomepageThroughTheApiIsPolledAtOnce() throws Exception {
        org.marsad.accounts.Accounts accounts = org.marsad.accounts.Accounts.open(archive.store().database());
        accounts.addUser("salma", org.marsad.accounts.Role.EDITOR, "editor password".toCharArray());
        String token = accounts.addToken("salma", "test").secret();
        try (TestSite site = NewsSite.start()) {
            // A home page linking the fixture site's feed (written for this test).
            site.route("/", TestSite.ok("text/html; charset=utf-8", "<!doctype html><html lang=ar><head>"
                    + "<title>المرصد التجريبي</title><link rel=alternate type=application/rss+xml href=/feed.xml>"
                    + "</head><body></body></html>"));
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(server.url())
                    .resolve("/api/sources")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"homepage\":\"" + site.uri("/")
                            + "\",\"allow_private\":true,\"category\":\"تجريبي\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(ArticleJson.mapper().readTree(added.body()).get("feeds").get(0).asText())
                    .isEqualTo(site.uri("/feed.xml").toString());

            eventually("the site's summit article is searchable", () -> hits("قمة عربية طارئة") >= 1);
            assertThat(hits("category:تجريبي")).isGreaterThanOrEqualTo(1);
            assertThat(page("/")).contains("قمة عربية طارئة في القاهرة");
            eventually("its health shows the poll", () -> get("/api/sources").get("sources").get(0)
                    .get("status").asText().equals("ok"));

            // Poll now: the poller takes it again at once (the feed answers 304 Not Modified this time).
            long fetches = (long) metric("marsad_poll_fetches_total");
            HttpResponse<String> poll = http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(
                    "/api/sources/" + URLEncoder.encode("المرصد التجريبي", StandardCharsets.UTF_8)
                            .replace("+", "%20") + "/poll")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(poll.statusCode()).as(poll.body()).isEqualTo(202);
            eventually("the source is fetched again", () -> metric("marsad_poll_fetches_total") > fetches);
        }
    }

    private double metric(String name) throws IOException, InterruptedException {
        return page("/metrics").lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(name.length() + 1))).orElse(-1.0);
    }

    @Test
    void aSecondServerOnTheDirectoryRefusesNamingTheFirst() {
        assertThatThrownBy(() -> Ownership.claim(dir))
                .isInstanceOf(Ownership.AlreadyOwnedException.class)
                .hasMessageContaining("pid " + ProcessHandle.current().pid())
                .hasMessageContaining(server.url());
        assertThat(Ownership.current(dir)).hasValueSatisfying(i -> assertThat(i.url()).isEqualTo(server.url()));
    }

    @Test
    void aReindexHandedOverIsRunByTheServer() throws Exception {
        try (Archive other = Archive.open(dir, null)) {
            other.save(List.of(new ArticleStore.Incoming(article(1, "نتائج الانتخابات البلدية"), null)));
            ServerRequests requests = new ServerRequests(other.store().database());
            String id = requests.submit(ServerRequests.REINDEX, Instant.now());
            eventually("the reindex finished", () -> requests.get(id).orElseThrow().finished());
            ServerRequests.Request r = requests.get(id).orElseThrow();
            assertThat(r.ok()).isTrue();
            assertThat(r.outcome()).startsWith("reindexed 1 articles");
        }
        assertThat(hits("الانتخابات البلدية")).isEqualTo(1);
    }

    @Test
    void aFailingListenerIsContained() throws Exception {
        server.addListener(articles -> {
            throw new IllegalStateException("listener bug");
        });
        try (Archive other = Archive.open(dir, null)) {
            other.save(List.of(new ArticleStore.Incoming(article(2, "ارتفاع أسعار الذهب"), null)));
        }
        eventually("the first listener still hears", () -> heard.size() == 1);
        BooleanSupplier logged = () -> log.stream().anyMatch(l -> l.contains("listener bug"));
        eventually("the failure is logged", logged::getAsBoolean);
        assertThat(hits("أسعار الذهب")).isEqualTo(1);
    }
}
