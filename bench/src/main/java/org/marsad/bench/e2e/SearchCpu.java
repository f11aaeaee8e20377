package org.marsad.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.model.Article;
import org.marsad.search.FacetSet;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;

/**
 * CPU per search on a built archive, one thread, against Lucene alone answering the same queries (top 10 ids) in
 * the same run: what issue 16's search-over-HTTP gap is made of, without HTTP and without the neighbours' load
 * (each query is timed on the calling thread's CPU clock, so a busy machine slows the run, not the figure).
 *
 * <p>The archive is the load part's ({@link BenchArchive}: the corpus synthesized with seed 20180401, built once
 * into {@code --cache} and copied to {@code --work}); the queries are the load part's ({@link Queries}, seed 11).
 * Two Marsad searches per query, as the routes ask them: the API's (20 hits, no facets) and the search page's
 * (20 hits, every facet). With {@code --ranks FILE} it writes each query's top 20 ids of the API search, one line
 * per query, so that two versions' rankings can be compared ({@code --compare FILE} prints how many queries kept
 * the same top 10 and the mean share of a top 10 kept).
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.marsad.bench.e2e.SearchCpu \
 *     --eval ../shared/eval --articles 5000 --cache /tmp/sc-cache --work /tmp/sc-work --rounds 3
 * </pre>
 */
public final class SearchCpu {
    private SearchCpu() {
    }

    public static void main(String[] args) throws Exception {
        HarnessArgs a = HarnessArgs.parseOrExit("search-cpu", args, Map.of("--eval", HarnessArgs.Kind.PATH,
                "--cache", HarnessArgs.Kind.PATH, "--work", HarnessArgs.Kind.PATH, "--ranks", HarnessArgs.Kind.PATH,
                "--compare", HarnessArgs.Kind.PATH, "--articles", HarnessArgs.Kind.COUNT,
                "--queries", HarnessArgs.Kind.COUNT, "--rounds", HarnessArgs.Kind.COUNT,
                "--index-only", HarnessArgs.Kind.FLAG), false);
        Path eval = a.path("--eval", null);
        Path cache = a.path("--cache", Path.of(System.getProperty("java.io.tmpdir"), "search-cpu-cache"));
        Path work = a.path("--work", Path.of(System.getProperty("java.io.tmpdir"), "search-cpu-work"));
        Path ranks = a.path("--ranks", null);
        Path compare = a.path("--compare", null);
        int articles = a.count("--articles", 5000);
        int queryCount = a.count("--queries", 300);
        int rounds = a.count("--rounds", 3);
        boolean indexOnly = a.flag("--index-only");
        Corpus corpus = Corpus.load(eval == null ? null : new EvalData(eval));
        List<Article> input = Corpus.synthesize(corpus.articles(), articles, 20180401L);
        List<String> queries = Queries.fromTitles(corpus.articles(), queryCount, 11L);
        Path data;
        if (indexOnly) {
            data = indexOf(cache, input);
        } else {
            data = BenchArchive.obtain(cache, input, work.resolve("marsad-data"), null,
                    n -> {
                        if (n % 5000 == 0) {
                            System.err.println("search-cpu: built " + n);
                        }
                    }).data();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] luceneMs = new double[rounds];
        List<String> top = new ArrayList<>();
        double[] apiMs = new double[rounds];
        double[] pageMs = new double[rounds];
        long hits = 0;
        try (LuceneBaseline lucene = new LuceneBaseline(work.resolve("lucene"));
             Searches archive = indexOnly ? Searches.of(LuceneIndex.openReadOnly(data))
                     : Searches.of(Archive.open(data, null))) {
            lucene.index(input);
            for (int w = 0; w < 2; w++) {
                for (String q : queries) {
                    lucene.search(q, 10);
                    archive.search(api(q), FacetSet.NONE);
                    archive.search(api(q), FacetSet.ALL);
                }
            }
            for (int r = 0; r < rounds; r++) {
                // Lucene, API and page take turns query by query, so a slow spell of the machine (or a late
                // compilation) falls on all three alike.
                long base = 0;
                long api = 0;
                long page = 0;
                for (String q : queries) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    lucene.search(q, 10);
                    long c1 = cpu.getCurrentThreadCpuTime();
                    SearchResults res = archive.search(api(q), FacetSet.NONE);
                    long c2 = cpu.getCurrentThreadCpuTime();
                    archive.search(api(q), FacetSet.ALL);
                    long c3 = cpu.getCurrentThreadCpuTime();
                    base += c1 - c0;
                    api += c2 - c1;
                    page += c3 - c2;
                    if (r == 0) {
                        hits += res.total();
                        top.add(String.join(" ", res.hits().stream().map(SearchHit::id).toList()));
                    }
                }
                luceneMs[r] = base / 1e6 / queries.size();
                apiMs[r] = api / 1e6 / queries.size();
                pageMs[r] = page / 1e6 / queries.size();
            }
        }
        System.out.printf(Locale.ROOT, "search-cpu: %d articles, %d queries, %d rounds, load average %s%n",
                input.size(), queries.size(), rounds, loadAverage());
        System.out.printf(Locale.ROOT, "search-cpu: mean total hits %.1f%n", (double) hits / queries.size());
        for (int r = 0; r < rounds; r++) {
            System.out.printf(Locale.ROOT, "search-cpu: round %d CPU ms/query: lucene top-10 ids %.3f, api %.3f "
                    + "(%.3fx lucene), page %.3f (%.3fx lucene)%n", r + 1, luceneMs[r], apiMs[r],
                    luceneMs[r] / apiMs[r], pageMs[r], luceneMs[r] / pageMs[r]);
        }
        if (ranks != null) {
            Files.write(ranks, top, StandardCharsets.UTF_8);
        }
        if (compare != null) {
            compare(Files.readAllLines(compare, StandardCharsets.UTF_8), top);
        }
    }

    /** The searches measured: an archive's, or its search index's alone (no store, no entity names). */
    private interface Searches extends AutoCloseable {
        SearchResults search(SearchRequest r, FacetSet facets);

        static Searches of(Archive a) {
            return new Searches() {
                @Override
                public SearchResults search(SearchRequest r, FacetSet facets) {
                    return a.search(r, facets);
                }

                @Override
                public void close() {
                    a.close();
                }
            };
        }

        static Searches of(LuceneIndex index) {
            return new Searches() {
                @Override
                public SearchResults search(SearchRequest r, FacetSet facets) {
                    return index.search(r, facets);
                }

                @Override
                public void close() {
                    index.close();
                }
            };
        }
    }

    /**
     * A search index of the articles alone, built once into the cache (no store, no enrichment: no entities, so
     * no name variants): a larger archive than the machine has time to enrich.
     */
    private static Path indexOf(Path cache, List<Article> input) throws IOException {
        Path dir = cache.resolve("index-" + input.size());
        Path done = dir.resolve("search-cpu.done");
        if (!Files.exists(done)) {
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                index.clear();
                int n = 0;
                for (Article a : input) {
                    // ids as the store would give them: any unique key does for searching
                    index.put(a.id() != null ? a : a.withId(String.format("a%07d", n)));
                    if (++n % 5000 == 0) {
                        System.err.println("search-cpu: indexed " + n);
                    }
                }
                index.commit("search-cpu", n);
            }
            Files.writeString(done, "done\n");
        }
        return dir;
    }

    private static String loadAverage() throws IOException {
        Path f = Path.of("/proc/loadavg");
        return Files.isReadable(f) ? Files.readString(f).trim() : "unknown";
    }

    private static SearchRequest api(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 20, 0);
    }

    /** How many queries kept their top 10 as it was (same ids, same order), and the mean share of a top 10 kept. */
    static void compare(List<String> before, List<String> after) throws IOException {
        int same = 0;
        double kept = 0;
        int n = Math.min(before.size(), after.size());
        for (int i = 0; i < n; i++) {
            List<String> b = top10(before.get(i));
            List<String> a = top10(after.get(i));
            if (a.equals(b)) {
                same++;
            }
            kept += b.isEmpty() ? 1 : (double) b.stream().filter(a::contains).count() / b.size();
        }
        System.out.printf(Locale.ROOT, "search-cpu: against the ranks file: %d of %d queries keep the same top 10 "
                + "in the same order; mean share of a top 10 kept %.4f%n", same, n, kept / n);
    }

    private static List<String> top10(String line) {
        List<String> ids = line.isBlank() ? List.of() : List.of(line.split(" "));
        return ids.subList(0, Math.min(10, ids.size()));
    }
}
