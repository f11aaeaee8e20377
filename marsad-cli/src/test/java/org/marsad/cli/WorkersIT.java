package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.CiRequirement;

/**
 * Scaled out, with real processes: a 2-node SolrCloud (a JVM of its own) holding a collection with 2 replicas of
 * each shard, a PostgreSQL store, and two {@code marsad worker}s collecting 500 articles from 10 feeds of a loopback
 * site. One worker is killed (SIGKILL) mid-lease: the other takes its sources over once the lease ends; then one
 * Solr node is stopped mid-ingest, and the other node's replicas take the articles. A web server ({@code serve
 * --no-poll} on the same store and collection) answers searches all along. Every article is stored once and indexed
 * once, and searching the collection, on the command line and through the web server's API, gives what an embedded
 * index built from the same store gives.
 */
class WorkersIT {
    private static final String PG = System.getenv("MARSAD_TEST_PG_URL");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FEEDS = 10;
    private static final int PER_FEED = 50;
    // Words for the seeded article texts (written for this test).
    private static final String[] WORDS = ("مدينة وزير اتفاق سوق نفط مطر مدرسة مستشفى طريق جسر ميناء مصنع حكومة برلمان"
            + " مهرجان منتخب مباراة جامعة طالب معلم فلاح قمح زيتون نخيل بحر نهر جبل صحراء قطار طائرة سفينة مطار"
            + " شركة بنك عملة تجارة تصدير استيراد كهرباء ماء غاز شمس رياح زلزال فيضان حريق إنقاذ مساعدات لاجئ"
            + " انتخابات دستور محكمة قاض محام شرطة جيش حدود سلام هدنة مفاوضات قمة سفير وفد زيارة").split(" ");

    @TempDir
    Path work;
    private String schema;
    private String db;
    private HttpServer site;
    private final List<Process> started = new ArrayList<>();
    private ServerProcess web;

    @BeforeEach
    void storeAndSite() throws Exception {
        CiRequirement.require(PG != null && !PG.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for this test (.ci/run sets it)");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        sql("CREATE SCHEMA " + schema);
        db = PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Articles of one day share one time (about 18 per day over the feeds): the order by date then rests on the
        // score and the id, which both indexes break ties with.
        Random random = new Random(1515);
        for (int f = 0; f < FEEDS; f++) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>موقع " + f + "</title><link>http://127.0.0.1/</link>");
            for (int i = 0; i < PER_FEED; i++) {
                String path = "/s" + f + "/a" + i + ".html";
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                String title = "خبر " + f + "-" + i + " " + WORDS[random.nextInt(WORDS.length)];
                String page = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
                        + title + "</title><meta property=\"article:published_time\" content=\"2024-05-"
                        + String.format("%02d", 1 + i % 28) + "T10:00:00+03:00\"></head>"
                        + "<body><article><h1>" + title + "</h1><p>" + text + "</p><p>" + text.reverse()
                        + "</p></article></body></html>";
                serve(path, "text/html; charset=utf-8", page);
                rss.append("<item><title>").append(title).append("</title><link>http://127.0.0.1:PORT")
                        .append(path).append("</link><pubDate>").append(String.format("%02d", 1 + i % 28))
                        .append(" May 2024 10:00:00 +0300</pubDate></item>");
            }
            rss.append("</channel></rss>");
            String feed = rss.toString();
            site.createContext("/s" + f + "/feed.xml", ex -> {
                byte[] b = feed.replace("PORT", Integer.toString(site.getAddress().getPort()))
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
                ex.close();
            });
        }
        site.start();
    }

    private void serve(String path, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (web != null) {
            web.close();
        }
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (site != null) {
            site.stop(0);
        }
        if (schema != null) {
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void twoWorkersCollectEveryArticleOnceAndOneTakesOverFromAKilledOne() throws Exception {
        try (SolrClusterProcess cloud = SolrClusterProcess.start(work, 2, true)) {
            MarsadJar.Run init = marsad(Map.of(), "solr", "init", "--solr", cloud.zk, "--shards", "2",
                    "--replicas", "2");
            assertThat(init.exit()).as(init.err()).isZero();
            for (int f = 0; f < FEEDS; f++) {
                MarsadJar.Run add = marsad(Map.of("MARSAD_DB_URL", db), "sources", "add", "--data", "w",
                        "--name", "موقع " + f, "--language", "ar", "--allow-private", "--feed",
                        "http://127.0.0.1:" + site.getAddress().getPort() + "/s" + f + "/feed.xml");
                assertThat(add.exit()).as(add.err()).isZero();
            }

            // The web server reads what the workers collect: it polls nothing itself.
            web = ServerProcess.start(work, Map.of("MARSAD_DB_URL", db), "serve", "--data", "web", "--solr",
                    cloud.zk, "--port", "0", "--no-poll");
            Process a = worker(cloud.zk, "A");
            Process b = worker(cloud.zk, "B");
            // A is killed while it holds leases and has stored part of its sources' articles.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (count("SELECT count(*) FROM sources WHERE lease_owner = 'A'") == 0 && a.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            a.destroyForcibly();
            a.waitFor(30, TimeUnit.SECONDS);
            long atKill = count("SELECT count(*) FROM articles");
            assertThat(atKill).as("A was killed before everything was collected").isLessThan(FEEDS * PER_FEED);
            // A Solr node dies too, mid-ingest: every shard has a replica on the other node, so B goes on.
            cloud.stopNode(1);
            assertThat(count("SELECT count(*) FROM articles")).as("B was still collecting when the node died")
                    .isLessThan(FEEDS * PER_FEED);
            // Mid-ingest, one node down, the web server still answers from the collection.
            assertThat(JSON.readTree(SolrServeIT.get(web, "api/articles?limit=1")).get("total").asLong())
                    .isLessThanOrEqualTo(FEEDS * PER_FEED);

            while (count("SELECT count(*) FROM articles") < FEEDS * PER_FEED && b.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(count("SELECT count(*) FROM articles")).as(log("B")).isEqualTo(FEEDS * PER_FEED);
            // Stopped gracefully, B commits the collection and ends its leases.
            b.destroy();
            assertThat(b.waitFor(90, TimeUnit.SECONDS)).isTrue();
            // Every batch reached the collection too (a refused one is logged, and the store keeps the articles).
            assertThat(log("B")).doesNotContain("Error from server").doesNotContain("cannot index");
            // Its last words say what sharing the enrichment with A cost it (the scale bench reads this line).
            assertThat(log("B")).containsPattern("enrichment lock taken [1-9][0-9]* times, waited [0-9.]+ s, held "
                    + "[0-9.]+ s");
            assertThat(count("SELECT count(DISTINCT url) FROM articles")).isEqualTo(FEEDS * PER_FEED);
            assertThat(count("SELECT count(*) FROM articles WHERE url NOT LIKE 'http://127.0.0.1:%'")).isZero();

            // The collection holds each article once, and searches as an embedded index of the same store does.
            for (String q : List.of("", "نفط", "مطر OR فيضان", "\"وزير\" -سلام", "قمة")) {
                JsonNode solr = search(Map.of("MARSAD_DB_URL", db), "--data", "w", "--solr", cloud.zk, q);
                JsonNode embedded = search(Map.of("MARSAD_DB_URL", db), "--data", "embedded", q);
                if (q.isEmpty()) {
                    assertThat(solr.get("total").asLong()).isEqualTo(FEEDS * PER_FEED);
                }
                assertThat(solr.get("total")).as(q).isEqualTo(embedded.get("total"));
                assertThat(sameTimes(solr, q)).as(q).isEqualTo(sameTimes(embedded, q));
                JsonNode api = JSON.readTree(SolrServeIT.get(web, "api/articles?sort=date&limit=50&q="
                        + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)));
                assertThat(api.get("total")).as("web server: " + q).isEqualTo(embedded.get("total"));
                assertThat(sameTimes(api, q)).as("web server: " + q).isEqualTo(sameTimes(embedded, q));
            }

            // Written once: each article reached the collection from the worker that stored it, and no catch-up
            // (the other worker's, the web server's, the searches') sent it again. Node 0 ran throughout and holds
            // a replica of each shard, so its cores saw every document sent. Slack: a batch of A, killed between
            // sending and saying so in the store, is sent again by B.
            long adds = cumulativeAdds(cloud.nodes.get(0));
            assertThat(adds).as("documents sent to the collection").isBetween((long) FEEDS * PER_FEED,
                    (long) FEEDS * PER_FEED + 20);
            // (B left A's articles to A, if A stored any before it was killed.)
            assertThat(log("B")).containsPattern("index writes [1-9][0-9]*, store changes left to the other "
                    + "writers [0-9]+");
            // The web server polls nothing and enriches nothing: it sent not one document, wrote no derived row
            // (it cannot: its archive refuses to open the enrichers), and said so when it started.
            String metrics = SolrServeIT.get(web, "metrics");
            assertThat(metrics).containsPattern("(?m)^marsad_index_writes_total 0(\\.0)?$")
                    .containsPattern("(?m)^marsad_enriching 0(\\.0)?$");
            assertThat(web.err()).contains("the workers enrich what they collect");
        }
    }

    /** Documents the cores of one Solr node indexed since it started (replaced ones included). */
    private static long cumulativeAdds(String node) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(node
                        + "/admin/metrics?group=core&prefix=UPDATE.updateHandler.cumulativeAdds&wt=json")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long sum = 0;
        int cores = 0;
        for (JsonNode core : JSON.readTree(r.body()).path("metrics")) {
            JsonNode m = core.path("UPDATE.updateHandler.cumulativeAdds");
            sum += m.isNumber() ? m.asLong() : m.path("count").asLong();
            cores++;
        }
        assertThat(cores).as("cores on " + node + ": " + r.body()).isEqualTo(2);
        return sum;
    }

    /**
     * The hits in date order, those of one time as a set — in the order of their ids when the query has no words.
     * With words, hits of one time are ordered by score, and scores depend on index statistics that count replaced
     * documents until segments merge: a collection that workers and catch-ups wrote twice scores the same articles a
     * little differently from a fresh embedded index. The last group is left out: the page may cut it anywhere.
     */
    private static List<Object> sameTimes(JsonNode results, String q) {
        if (q.isEmpty()) {
            return new ArrayList<>(ids(results));
        }
        List<Object> out = new ArrayList<>();
        java.util.TreeSet<String> group = new java.util.TreeSet<>();
        String time = null;
        for (JsonNode hit : results.path("results")) {
            String t = hit.path("published").asText();
            if (!t.equals(time) && !group.isEmpty()) {
                out.add(time + " " + group);
                group = new java.util.TreeSet<>();
            }
            time = t;
            group.add(hit.get("id").asText());
        }
        return out;
    }

    private static List<String> ids(JsonNode results) {
        List<String> out = new ArrayList<>();
        for (JsonNode hit : results.path("results")) {
            out.add(hit.get("id").asText());
        }
        return out;
    }

    private JsonNode search(Map<String, String> env, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--json", "--sort", "date", "--limit", "50"));
        all.addAll(List.of(args));
        MarsadJar.Run r = marsad(env, all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private Process worker(String zk, String name) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString(),
                "worker", "--db", db, "--solr", zk, "--name", name, "--lease", "5", "--delay", "0", "--threads", "2");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("worker-" + name + ".log").toFile());
        pb.environment().put("MARSAD_DATA", work.resolve("w-" + name).toString());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private String log(String name) throws java.io.IOException {
        Path f = work.resolve("worker-" + name + ".log");
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }

    private MarsadJar.Run marsad(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        // A bound so that a hung command fails the test instead of stalling it; not a performance check.
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("marsad " + String.join(" ", args) + " did not finish");
        }
        return new MarsadJar.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
