package org.marsad.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.marsad.bench.data.Corpus;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndexing;
import org.marsad.search.SearchRequest;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;

/**
 * Where one SolrCloud search's time goes, on a running collection (e.g. the scale part's, while its workers run):
 * interleaved on queries no cache has seen, {@link SolrIndex#search} end to end, the same request sent raw (with and
 * without {@code distrib.singlePass}), and the same request to one shard alone ({@code distrib=false}: the search
 * work without the fan-out); then the per-round times of the distributed request ({@code debug=track}: term
 * statistics, top ids and facets, stored fields) and the client's snippet step alone.
 *
 * <p>Usage: {@code java -cp BENCH_CLASSPATH org.marsad.bench.e2e.SolrQueryAnatomy ZK NODE_URL CORE ANT_JSONL_GZ N}
 * (NODE_URL like {@code http://127.0.0.1:PORT/solr}, CORE a core on that node such as
 * {@code marsad_shard1_replica_n1}). Prints a table; a diagnosis tool, not a bench part (no baseline).
 */
public final class SolrQueryAnatomy {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String FL = "id,title_stem,source,published,url,body_stem,score,tag,author_text,lang,category";
    private static final String FACETS = "&facet=true&facet.limit=10&facet.mincount=1&facet.sort=count"
            + "&facet.field=source&facet.field=tag&facet.field=month&facet.field=person&facet.field=place"
            + "&facet.field=org&facet.field=date&f.date.facet.limit=-1&f.date.facet.sort=index";

    private SolrQueryAnatomy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: SolrQueryAnatomy ZK NODE_URL CORE ANT_JSONL_GZ N");
            System.exit(2);
        }
        String zk = args[0];
        String node = args[1];
        String core = args[2];
        int n = Integer.parseInt(args[4]);
        List<Article> corpus = Corpus.ant(Path.of(args[3])).articles();
        // Seed 7: queries that neither the scale part (seed 11) nor an earlier probe run put in Solr's caches.
        List<String> fresh = Queries.fromTitles(corpus, 4 * n + 30 + n, 7L);
        String base = node + "/marsad/select";
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("SolrIndex.search (end to end)", null);
        variants.put("raw HTTP, the same request", base + "?rows=10&fl=" + FL + FACETS);
        variants.put("raw HTTP, + distrib.singlePass", base + "?rows=10&distrib.singlePass=true&fl=" + FL + FACETS);
        variants.put("one shard alone (distrib=false)", node + "/" + core + "/select?distrib=false&rows=10&fl=" + FL
                + FACETS);
        List<String> keys = new ArrayList<>(variants.keySet());
        int v = keys.size();
        long[][] wall = new long[v][n];
        long[][] qtime = new long[v][n];
        try (SolrIndex solr = SolrIndex.openReadOnly(SolrTarget.parse(zk), "marsad")) {
            solr.search(request("القدس")); // connections and JIT, on one query
            for (int i = 0; i < v * n; i++) {
                int k = i % v;
                String q = fresh.get(i);
                long t = System.nanoTime();
                if (variants.get(keys.get(k)) == null) {
                    solr.search(request(q));
                    wall[k][i / v] = System.nanoTime() - t;
                } else {
                    JsonNode r = get(variants.get(keys.get(k)) + params(q));
                    wall[k][i / v] = System.nanoTime() - t;
                    qtime[k][i / v] = r.path("responseHeader").path("QTime").asLong() * 1_000_000L;
                }
            }
            for (int k = 0; k < v; k++) {
                System.out.printf("%-34s client %s | Solr QTime %s%n", keys.get(k), pct(wall[k]),
                        k == 0 ? "-" : pct(qtime[k]));
            }
            Map<String, long[]> stages = new LinkedHashMap<>();
            for (int i = 0; i < 30; i++) {
                JsonNode r = get(base + "?rows=10&fl=" + FL + FACETS + "&debug=track" + params(fresh.get(v * n + i)));
                stages.computeIfAbsent("whole request QTime", x -> new long[30])[i] =
                        r.path("responseHeader").path("QTime").asLong() * 1_000_000L;
                for (var st = r.path("debug").path("track").fields(); st.hasNext(); ) {
                    var e = st.next();
                    if (!e.getValue().isObject()) {
                        continue;
                    }
                    long elapsed = 0;
                    long shardQ = 0;
                    for (var sh = e.getValue().fields(); sh.hasNext(); ) {
                        JsonNode x = sh.next().getValue();
                        elapsed = Math.max(elapsed, x.path("ElapsedTime").asLong());
                        shardQ = Math.max(shardQ, x.path("QTime").asLong());
                    }
                    stages.computeIfAbsent(e.getKey() + " round, elapsed", x -> new long[30])[i] = elapsed * 1_000_000L;
                    stages.computeIfAbsent(e.getKey() + " round, shard QTime", x -> new long[30])[i] = shardQ * 1_000_000L;
                }
            }
            stages.forEach((k, a) -> System.out.printf("%-34s %s%n", k, pct(a)));
            long[] snippet = new long[n];
            for (int i = 0; i < n; i++) {
                String q = fresh.get(v * n + 30 + i);
                List<Article> hits = new ArrayList<>();
                for (JsonNode d : get(base + "?rows=10&fl=" + FL + params(q)).path("response").path("docs")) {
                    hits.add(new Article(text(d, "id"), text(d, "url"), text(d, "title_stem"), text(d, "published"),
                            null, text(d, "source"), null, text(d, "lang"), List.of(text(d, "body_stem")), List.of(),
                            List.of(), null, null, null, 0, null));
                }
                Query lucene = ArticleIndexing.query(request(q));
                long t = System.nanoTime();
                ArticleIndexing.snippets(lucene, hits);
                snippet[i] = System.nanoTime() - t;
            }
            System.out.printf("%-34s %s%n", "client snippet step", pct(snippet));
        }
    }

    private static String params(String q) {
        return "&wt=json&sort=score+desc,id+asc&q=" + enc("{!marsad v=$marsad.q}") + "&marsad.q=" + enc(q);
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    private static String text(JsonNode d, String f) {
        JsonNode x = d.path(f);
        if (x.isArray()) {
            x = x.path(0);
        }
        return x.isMissingNode() || x.isNull() ? null : x.asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    private static String pct(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %7.1f  p90 %7.1f  max %7.1f ms", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6);
    }
}
