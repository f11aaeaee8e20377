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
import org.marsad.search.FacetSet;
import org.marsad.search.SearchRequest;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrCollections;
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
    private static final String LISTS = "&facet=true&facet.limit=10&facet.mincount=1&facet.sort=count"
            + "&facet.field=source&facet.field=tag&facet.field=month&facet.field=person&facet.field=place"
            + "&facet.field=org";
    private static final String FACETS = "&facet=true&facet.limit=10&facet.mincount=1&facet.sort=count"
            + "&facet.field=source&facet.field=tag&facet.field=month&facet.field=person&facet.field=place"
            + "&facet.field=org&facet.field=date&f.date.facet.limit=-1&f.date.facet.sort=index";

    private SolrQueryAnatomy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || args.length > 7) {
            System.err.println("usage: SolrQueryAnatomy ZK NODE_URL CORE ANT_JSONL_GZ N [CLUSTER_PID [FILL]]");
            System.exit(2);
        }
        String clusterPid = args.length > 5 && !args[5].equals("-") ? args[5] : null;
        String zk = args[0];
        String node = args[1];
        String core = args[2];
        int n = Integer.parseInt(args[4]);
        List<Article> corpus = Corpus.ant(Path.of(args[3])).articles();
        if (args.length > 6) {
            corpus = corpus.subList(0, Math.min(Integer.parseInt(args[6]), corpus.size()));
            fill(zk, corpus);
        }
        // Seed 7: queries that neither the scale part (seed 11) nor an earlier probe run put in Solr's caches.
        List<String> fresh = Queries.fromTitles(corpus, 10 * n + 30, 7L);
        String base = node + "/marsad/select";
        String shard = node + "/" + core + "/select?distrib=false&rows=10&fl=" + FL;
        // Before/after pairs of the facets asked for (FacetSet): every facet, as every search asked before; every
        // facet but the day facet (the search page's lists); none (feeds, the API without facet parameters).
        Map<String, FacetSet> variants = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        variants.put("SolrIndex.search, every facet", FacetSet.ALL);
        variants.put("SolrIndex.search, source+tag", FacetSet.of("source", "tag"));
        variants.put("SolrIndex.search, no facets", FacetSet.NONE);
        raw.put("raw + singlePass, every facet", base + "?rows=10&distrib.singlePass=true&fl=" + FL + FACETS);
        raw.put("raw + singlePass, no date facet", base + "?rows=10&distrib.singlePass=true&fl=" + FL + LISTS);
        raw.put("raw + singlePass, no facets", base + "?rows=10&distrib.singlePass=true&fl=" + FL);
        raw.put("one shard, every facet", shard + FACETS);
        raw.put("one shard, no date facet", shard + LISTS);
        raw.put("one shard, no facets", shard);
        List<String> keys = new ArrayList<>(variants.keySet());
        keys.addAll(raw.keySet());
        int v = keys.size();
        long[][] wall = new long[v][n];
        long[][] qtime = new long[v][n];
        long[] cpu = new long[v];
        try (SolrIndex solr = SolrIndex.openReadOnly(SolrTarget.parse(zk), "marsad")) {
            solr.search(request("القدس")); // connections and JIT, on one query
            for (int i = 0; i < v * n; i++) {
                int k = i % v;
                String q = fresh.get(i);
                long c = clusterCpu(clusterPid);
                long t = System.nanoTime();
                if (variants.containsKey(keys.get(k))) {
                    solr.search(request(q), variants.get(keys.get(k)));
                    wall[k][i / v] = System.nanoTime() - t;
                } else {
                    JsonNode r = get(raw.get(keys.get(k)) + params(q));
                    wall[k][i / v] = System.nanoTime() - t;
                    qtime[k][i / v] = r.path("responseHeader").path("QTime").asLong() * 1_000_000L;
                }
                cpu[k] += clusterCpu(clusterPid) - c;
            }
            for (int k = 0; k < v; k++) {
                System.out.printf("%-34s client %s | Solr QTime %s | cluster CPU %s%n", keys.get(k), pct(wall[k]),
                        variants.containsKey(keys.get(k)) ? "-" : pct(qtime[k]),
                        clusterPid == null ? "-" : String.format("%.1f ms/search", cpu[k] * 10.0 / n));
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

    /** Creates the collection {@code marsad} (2 shards) and indexes the corpus's first {@code count} articles. */
    private static void fill(String zk, List<Article> corpus) {
        try (SolrCluster c = SolrCluster.connect(SolrTarget.parse(zk))) {
            SolrCollections.init(c, "marsad", 2, 1);
            try (SolrIndex index = SolrIndex.on(c, "marsad")) {
                index.clear();
                for (Article a : corpus) {
                    index.put(a);
                }
                index.commit(null, 0);
                System.out.printf("indexed %,d articles%n", index.count());
            }
        }
    }

    /** The CPU time, in clock ticks (1/100 s), of the process running the cluster's nodes; 0 when not given. */
    private static long clusterCpu(String pid) throws java.io.IOException {
        if (pid == null) {
            return 0;
        }
        String stat = java.nio.file.Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
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
