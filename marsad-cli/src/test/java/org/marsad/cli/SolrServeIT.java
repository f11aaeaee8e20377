package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/**
 * The index chosen by {@code --solr} in the real jar: the same articles ingested into an embedded archive and, with
 * {@code --solr}, into one whose index is a 2-shard collection of a 2-node SolrCloud (started in a JVM of its own);
 * {@code marsad search} and {@code marsad serve} on both give the same results — the JSON API, the web UI's search
 * page, entity filters with other spellings included.
 */
class SolrServeIT {
    @TempDir
    static Path work;

    static SolrClusterProcess cloud;

    // Sentences with names in two spellings (ترامب/ترمب, غالانت/جالانت, غوتيريش/جوتيريس), places and an organisation,
    // so that the tagger finds entities and the archive knows variants. Written for this test.
    private static final String[] SENTENCES = {
        "قال الرئيس الأمريكي دونالد ترامب إن المفاوضات مستمرة.",
        "وأكد ترمب في مؤتمر صحفي أن الاتفاق قريب.",
        "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.",
        "وطالب جوتيريس بوقف إطلاق النار في غزة.",
        "أعلن وزير الدفاع الإسرائيلي يوآف غالانت توسيع العمليات.",
        "وقال جالانت إن الجيش مستعد على الحدود مع لبنان.",
        "ارتفعت أسعار النفط في الأسواق العالمية اليوم.",
        "وتراجعت الأسواق بعد قرار خفض الإنتاج.",
        "افتتح مهرجان السينما في القاهرة دورته الجديدة.",
        "فاز منتخب المغرب على ضيفه في مباراة ودية.",
        "وقالت منظمة الصحة العالمية إن الوضع الإنساني في غزة خطير.",
        "وعرض وزير المالية مشروع الميزانية على البرلمان."};
    private static final String[] SOURCES = {"الجزيرة", "العربية", "هسبريس"};

    static final List<String> QUERIES = List.of("النفط", "لبنان", "غزة", "ترامب", "ترمب", "جالانت",
            "person:ترامب", "person:ترمب", "person:غوتيريش", "person:جوتيريس", "person:\"يوآف غالانت\"",
            "place:لبنان", "place:غزة", "org:\"الأمم المتحدة\"", "غزة OR لبنان", "النفط -الأسواق", "\"أسعار النفط\"",
            "الأسواق source:الجزيرة", "");

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void cluster() throws Exception {
        cloud = SolrClusterProcess.start(work, 2);
        MarsadJar.Run init = MarsadJar.run(work, "solr", "init", "--solr", cloud.zk, "--shards", "2");
        assertThat(init.exit()).as(init.err()).isZero();

        Path jsonl = work.resolve("articles.jsonl");
        Files.writeString(jsonl, String.join("\n", articles(20261204L, 60)) + "\n", StandardCharsets.UTF_8);
        MarsadJar.Run a = MarsadJar.run(work, "ingest", "--data", "embedded", jsonl.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        MarsadJar.Run b = MarsadJar.run(work, "ingest", "--data", "cluster", "--solr", cloud.zk, jsonl.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        // The Solr archive has no embedded index: its articles went to the collection.
        assertThat(work.resolve("cluster/index")).doesNotExist();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    /**
     * Seeded articles as JSON Lines, not in the order of their ids, four at each time and often with the same
     * sentences: equal times and equal scores, which both indexes order by id.
     */
    static List<String> articles(long seed, int n) {
        Random r = new Random(seed);
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> body = new ArrayList<>();
            for (int s = 0, k = 2 + r.nextInt(3); s < k; s++) {
                body.add(SENTENCES[r.nextInt(SENTENCES.length)]);
            }
            String first = body.get(0);
            String title = String.join(" ", List.of(first.split(" ")).subList(0, 5));
            Article a = Article.builder().url("https://example.org/news/" + i).title(title)
                    .published(String.format("2024-03-%02dT%02d:00:00+03:00", 1 + i / 12, i % 12 / 4 * 6))
                    .source(SOURCES[r.nextInt(SOURCES.length)]).language("ar").body(body).build();
            list.add(a);
        }
        return list.stream().map(a -> ArticleJson.toNode(a).toString()).toList();
    }

    @Test
    void searchOnTheCommandLineIsTheSame() throws Exception {
        for (String q : List.of("person:ترمب", "غزة OR لبنان", "النفط")) {
            MarsadJar.Run a = MarsadJar.run(work, "search", "--data", "embedded", "--json", "--limit", "50", q);
            MarsadJar.Run b = MarsadJar.run(work, "search", "--data", "cluster", "--solr", cloud.zk, "--json",
                    "--limit", "50", q);
            assertThat(a.exit()).as(a.err()).isZero();
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(withoutScores(JSON.readTree(b.out()))).as("search %s", q)
                    .isEqualTo(withoutScores(JSON.readTree(a.out())));
        }
    }

    @Test
    void serveOnSolrShowsWhatTheEmbeddedArchiveShows() throws Exception {
        try (ServerProcess embedded = ServerProcess.start(work, "serve", "--data", "embedded", "--port", "0",
                "--no-poll");
             ServerProcess solr = ServerProcess.start(work, "serve", "--data", "cluster", "--solr", cloud.zk,
                     "--port", "0", "--no-poll")) {
            // The banner names the index the server searches.
            assertThat(solr.err()).contains("(index: collection " + org.marsad.solr.SolrCollections.DEFAULT_COLLECTION
                    + " at ");
            assertThat(embedded.err()).doesNotContain("(index: collection");
            int withHits = 0;
            for (String q : QUERIES) {
                for (String sort : List.of("relevance", "date")) {
                    String params = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&sort=" + sort;
                    JsonNode a = JSON.readTree(get(embedded, "api/articles?limit=50&" + params));
                    JsonNode b = JSON.readTree(get(solr, "api/articles?limit=50&" + params));
                    assertThat(withoutScores(b)).as("/api/articles?%s", params).isEqualTo(withoutScores(a));
                    withHits += a.get("total").asLong() > 0 ? 1 : 0;

                    Document pa = Jsoup.parse(get(embedded, "search?" + params));
                    Document pb = Jsoup.parse(get(solr, "search?" + params));
                    assertThat(pb.select("ol.hits").outerHtml()).as("/search?%s", params)
                            .isEqualTo(pa.select("ol.hits").outerHtml());
                    assertThat(pb.select("main").text()).as("/search?%s", params).isEqualTo(pa.select("main").text());
                }
            }
            // The comparison is about something: most queries find articles, entity filters among them.
            assertThat(withHits).isGreaterThan(QUERIES.size());
            // ... and about ties: hits sharing a time in the newest-first list, hits sharing a score by relevance.
            assertThat(repeated(JSON.readTree(get(embedded, "api/articles?limit=50&sort=date")), "published"))
                    .isTrue();
            assertThat(repeated(JSON.readTree(get(embedded, "api/articles?limit=50&q="
                    + URLEncoder.encode("النفط", StandardCharsets.UTF_8))), "score")).isTrue();
            JsonNode persons = JSON.readTree(get(solr, "api/articles?q=" + URLEncoder.encode("person:جوتيريس",
                    StandardCharsets.UTF_8)));
            assertThat(persons.get("total").asLong()).isPositive();
            // A page of results beyond the first, and the Solr server's own index state.
            String page = "q=" + URLEncoder.encode("غزة OR لبنان", StandardCharsets.UTF_8) + "&limit=5&offset=5";
            assertThat(withoutScores(JSON.readTree(get(solr, "api/articles?" + page))))
                    .isEqualTo(withoutScores(JSON.readTree(get(embedded, "api/articles?" + page))));
        }
        // The Solr server searched the collection: it made no embedded index, and held the writer lock.
        assertThat(work.resolve("cluster/index")).doesNotExist();
        assertThat(work.resolve("cluster/solr.lock")).exists();
    }

    /** Whether two neighbouring hits have the same value of the field. */
    static boolean repeated(JsonNode results, String field) {
        JsonNode hits = results.path("results");
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).get(field).equals(hits.get(i - 1).get(field))) {
                return true;
            }
        }
        return false;
    }

    static String get(ServerProcess server, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    // Scores are sums of floats computed on different nodes: the order and everything shown must agree, the last
    // bits of a score need not.
    static JsonNode withoutScores(JsonNode results) {
        JsonNode copy = results.deepCopy();
        for (JsonNode hit : copy.path("results")) {
            ((ObjectNode) hit).remove("score");
        }
        return copy;
    }
}
