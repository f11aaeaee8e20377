package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;
import org.marsad.ingest.testsite.Eventually;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.StoredArticle;

/**
 * {@code marsad serve} as the running service, with other commands run beside it from the real jar, as a user in
 * a second terminal would: ingest and sources add reach search over HTTP without restart, a second server refuses,
 * reindex is handed over, a continuous run refuses, and kill -9 loses nothing acknowledged.
 */
class ServeCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** A bound so that a broken server fails the test instead of hanging it; not a performance check. */
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path work;
    private TestSite site;

    @BeforeEach
    void startSite() {
        site = NewsSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    private static long hits(ServerProcess s, String query) throws Exception {
        return JSON.readTree(get(s.url + "api/articles?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .get("total").asLong();
    }

    private static void eventually(String what, Eventually.Check check) throws Exception {
        Eventually.holds(what, DEADLINE, Duration.ofMillis(100), check);
    }

    private Path folder(String name, int n, String topic) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append(ArticleJson.toLine(Article.builder().url("https://" + name + ".example/" + i)
                    .title(topic + " " + i).body(List.of("تفاصيل " + topic + " في الخبر رقم " + i + "."))
                    .source("وكالة " + name).published("2024-05-0" + (1 + i % 9)).language("ar").build()))
                    .append('\n');
        }
        Files.writeString(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void otherCommandsWorkBesideTheRunningServer() throws Exception {
        String data = work.resolve("data").toString();
        try (ServerProcess s = ServerProcess.start(work, "serve", "--data", data, "--port", "0", "--delay", "0")) {
            assertThat(s.err()).contains("polling 0 source(s)");

            // marsad ingest in another terminal: stored by that process, searchable through the server.
            Run ingest = MarsadJar.run(work, "ingest", "--data", data,
                    folder("batch", 12, "افتتاح مهرجان الأفلام").toString());
            assertThat(ingest.exit()).as(ingest.err()).isZero();
            assertThat(ingest.out()).contains("new 12");
            assertThat(ingest.err()).contains("the running server (pid").contains("each searchable as soon as it is indexed; progress: http://").contains("/healthz");
            eventually("the ingested articles are searchable over HTTP", () -> hits(s, "مهرجان الأفلام") == 12);
            assertThat(get(s.url)).contains("افتتاح مهرجان الأفلام");

            // marsad sources add of a loopback feed: the server's own polling brings its articles in.
            Run add = MarsadJar.run(work, "sources", "add", "--data", data, "--name", "المرصد", "--language", "ar",
                    "--feed", site.base() + "/feed.xml", "--allow-private");
            assertThat(add.exit()).as(add.err()).isZero();
            assertThat(add.err()).contains("picks the change up within seconds");
            eventually("the feed's summit article is searchable", () -> hits(s, "قمة عربية طارئة") >= 1);
            assertThat(get(s.url)).contains("قمة عربية طارئة في القاهرة");
            JsonNode health = JSON.readTree(get(s.url + "healthz"));
            assertThat(health.get("poller").get("state").asText()).isEqualTo("running");
            assertThat(health.get("poller").get("sources").asInt()).isEqualTo(1);
            assertThat(get(s.url + "metrics")).contains("marsad_poll_fetches_total").contains("marsad_index_lag");

            Run second = MarsadJar.run(work, "serve", "--data", data, "--port", "0");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.errLines()).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("marsad: a Marsad server (pid ").contains(s.url).endsWith("already owns " + data));

            Run run = MarsadJar.run(work, "run", "--data", data);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().satisfies(l -> assertThat(l).contains("already polls"));

            long stored = JSON.readTree(get(s.url + "api/stats")).get("articles").asLong();
            Run reindex = MarsadJar.run(work, "reindex", "--data", data);
            assertThat(reindex.exit()).as(reindex.err()).isZero();
            assertThat(reindex.out()).startsWith("reindexed " + stored + " articles").contains("by the running server");
            assertThat(hits(s, "مهرجان الأفلام")).isEqualTo(12);
        }
        assertThat(work.resolve("data").resolve("server.json")).as("a stopped server gives the directory up")
                .doesNotExist();
    }

    // review19: SIGTERM (how a service manager stops it) logged nothing, so the log could not tell a clean stop
    // from a crash. It says the stop was heard and that it ended with everything committed.
    @Test
    void sigtermSaysTheServerStoppedWithEverythingCommitted() throws Exception {
        ServerProcess s = ServerProcess.start(work, "serve", "--data", work.resolve("term").toString(), "--port", "0",
                "--delay", "0");

        s.close();

        assertThat(s.process.isAlive()).isFalse();
        assertThat(s.err()).contains("marsad: stopping: finishing the work in hand")
                .contains("marsad: stopped (web server, polling and watches); everything stored is committed, "
                        + "nothing was lost");
    }

    @Test
    void killMinus9LosesNothingAcknowledged() throws Exception {
        Path dir = work.resolve("crash");
        List<String> acknowledged = new ArrayList<>();
        ServerProcess s = ServerProcess.start(work, "serve", "--data", dir.toString(), "--port", "0", "--delay", "0");
        try {
            Run add = MarsadJar.run(work, "sources", "add", "--data", dir.toString(), "--name", "المرصد",
                    "--feed", site.base() + "/feed.xml", "--allow-private");
            assertThat(add.exit()).as(add.err()).isZero();
            Run ingest = MarsadJar.run(work, "ingest", "--data", dir.toString(),
                    folder("wire", 30, "اجتماع وزراء المالية").toString());
            assertThat(ingest.exit()).as(ingest.err()).isZero();
            eventually("the polled and ingested articles are searchable",
                    () -> hits(s, "قمة عربية طارئة") >= 1 && hits(s, "وزراء المالية") == 30);
            JsonNode found = JSON.readTree(get(s.url + "api/articles?limit=100&q="
                    + URLEncoder.encode("قمة OR وزراء", StandardCharsets.UTF_8)));
            found.get("results").forEach(r -> acknowledged.add(r.get("id").asText()));
        } finally {
            s.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(31);

        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.owner()).as("the killed server's locks are gone").isTrue();
            for (String id : acknowledged) {
                assertThat(a.store().get(id)).as("article %s", id).isPresent();
            }
            assertThat(a.index().count()).as("the index agrees with the store after the repair on open")
                    .isEqualTo(a.store().count());
            List<StoredArticle> all = a.store().since(0, 1000);
            assertThat(all).hasSize((int) a.store().count());
        }
        // Whatever it had published is recognised as stale: a new server starts.
        try (ServerProcess again = ServerProcess.start(work, "serve", "--data", dir.toString(), "--port", "0",
                "--no-poll")) {
            assertThat(hits(again, "وزراء المالية")).isEqualTo(30);
            assertThat(JSON.readTree(get(again.url + "healthz")).get("poller").get("state").asText())
                    .isEqualTo("disabled");
        }
    }
}
