package org.marsad.bench.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.model.Article;

/**
 * Two or more builds of marsad-store in one JVM, each in its own class loader over its own copy of one archive,
 * searched query by query in turn (the order alternating), one thread, on the thread's CPU clock: a same-run A/B of
 * a search change that the load of the shared machine cannot tilt, against Lucene alone answering the same queries
 * (top 10 ids) in the same loop. Before measuring it says how many of the queries get the same 20 hits, and the
 * same hits with the same snippets and marks, from the first and the last build.
 *
 * <p>The queries, corpus and Lucene baseline are {@link SearchCpu}'s (300 title queries, seed 11; the corpus
 * synthesized with seed 20180401). Each build opens its copy of {@code --data} as the server would, so a build with
 * another index version rebuilds its copy's index first. The JVM's class path must hold this bench and every
 * dependency of marsad-store, but no marsad-store and nothing above it. With {@code --fresh} every warm-up pass and
 * every round asks its own 300 title queries (other seeds): searches that find nothing kept from an earlier one, as
 * a reader's first search of a phrase. A build may be several paths joined by commas: Flyway loads the store's log
 * class by its name, so the Flyway jars go with each build's store, not on the class path. The class path:
 *
 * <pre>
 * cp=$(tr ':' '\n' &lt; bench/target/classpath.txt \
 *     | grep -v 'flyway\|marsad-\(store\|ingest\|web\|server\|solr\|watch\|cli\|accounts\)-' | paste -sd:)
 * java -cp "bench/target/classes:$cp" org.marsad.bench.e2e.StoreAB --eval ../shared/eval \
 *     --data /tmp/cache/archive-5000-.../marsad-data --work /tmp/store-ab --rounds 5 \
 *     main=/tmp/main/marsad-store/target/marsad-store-0.1.0-SNAPSHOT.jar,$flyway branch=marsad-store/target/classes/,$flyway
 * </pre>
 */
public final class StoreAB {
    private StoreAB() {
    }

    public static void main(String[] args) throws Exception {
        HarnessArgs a = HarnessArgs.parseOrExit("store-ab", args, Map.of("--eval", HarnessArgs.Kind.PATH,
                "--data", HarnessArgs.Kind.PATH, "--work", HarnessArgs.Kind.PATH, "--rounds", HarnessArgs.Kind.COUNT,
                "--fresh", HarnessArgs.Kind.FLAG), true);
        Path eval = a.path("--eval", null);
        Path data = a.path("--data", null);
        Path work = a.path("--work", Path.of(System.getProperty("java.io.tmpdir"), "store-ab"));
        int rounds = a.count("--rounds", 5);
        boolean fresh = a.flag("--fresh");
        List<String[]> builds = SideBySide.builds("store-ab", a.words(), data, "STORE_JAR_OR_CLASSES");
        Corpus corpus = Corpus.load(eval == null ? null : new EvalData(eval));
        List<Article> input = Corpus.synthesize(corpus.articles(), 5000, 20180401L);
        List<String> queries = Queries.fromTitles(corpus.articles(), 300, 11L);
        List<Build> sides = new ArrayList<>();
        for (String[] b : builds) {
            Path copy = work.resolve("data-" + b[0]);
            BenchArchive.deleteTree(copy);
            BenchArchive.copyTree(data, copy);
            sides.add(new Build(b[0], b[1], copy));
        }
        try (LuceneBaseline lucene = new LuceneBaseline(work.resolve("lucene"))) {
            lucene.index(input);
            compareAnswers(queries, sides.get(0), sides.get(sides.size() - 1));
            for (int w = 0; w < 3; w++) {
                for (String q : fresh ? Queries.fromTitles(corpus.articles(), 300, 1_000L + w) : queries) {
                    lucene.search(q, 10);
                    for (Build s : sides) {
                        s.search(q, false);
                        s.search(q, true);
                    }
                }
            }
            for (int r = 0; r < rounds; r++) {
                System.out.println(round(r, fresh ? Queries.fromTitles(corpus.articles(), 300, 2_000L + r) : queries,
                        lucene, sides));
            }
        } finally {
            for (Build s : sides) {
                s.close();
            }
        }
    }

    private static String round(int r, List<String> queries, LuceneBaseline lucene, List<Build> sides)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long base = 0;
        long[] api = new long[sides.size()];
        long[] page = new long[sides.size()];
        for (int qi = 0; qi < queries.size(); qi++) {
            String q = queries.get(qi);
            base += SideBySide.luceneCpu(cpu, lucene, q);
            for (int i : SideBySide.turn(sides.size(), qi, r)) {
                long t0 = cpu.getCurrentThreadCpuTime();
                sides.get(i).search(q, false);
                long t1 = cpu.getCurrentThreadCpuTime();
                sides.get(i).search(q, true);
                api[i] += t1 - t0;
                page[i] += cpu.getCurrentThreadCpuTime() - t1;
            }
        }
        double n = queries.size();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "store-ab: round %d, load %s, lucene %.3f ms",
                r + 1, SideBySide.loadAverage(), base / 1e6 / n));
        for (int i = 0; i < sides.size(); i++) {
            line.append(String.format(Locale.ROOT, "; %s api %.3f ms (%.3fx lucene) page %.3f ms (%.3fx)",
                    sides.get(i).name, api[i] / 1e6 / n, (double) base / api[i], page[i] / 1e6 / n,
                    (double) base / page[i]));
        }
        for (int i = 1; i < sides.size(); i++) {
            line.append(String.format(Locale.ROOT, "; %s/%s CPU api %.3f page %.3f", sides.get(i).name,
                    sides.get(0).name, (double) api[i] / api[0], (double) page[i] / page[0]));
        }
        return line.toString();
    }

    private static void compareAnswers(List<String> queries, Build first, Build last) throws Exception {
        int sameIds = 0;
        int same = 0;
        int sameFacets = 0;
        for (String q : queries) {
            // the page's search: every facet's values, counts and order
            if (first.facets(first.search(q, true)).equals(last.facets(last.search(q, true)))) {
                sameFacets++;
            }
            List<String> a = first.shown(first.search(q, false));
            List<String> b = last.shown(last.search(q, false));
            if (ids(a).equals(ids(b))) {
                sameIds++;
            }
            if (a.equals(b)) {
                same++;
            }
        }
        System.out.printf(Locale.ROOT, "store-ab: %s and %s: %d of %d queries get the same 20 hits in the same order, "
                + "%d also the same snippets and marks; %d the same facets on the page%n", first.name, last.name, sameIds,
                queries.size(), same, sameFacets);
    }

    private static List<String> ids(List<String> shown) {
        return shown.stream().map(s -> s.substring(0, s.indexOf('\t'))).toList();
    }

    /** One build of marsad-store and its archive, reached by reflection through its own class loader. */
    private static final class Build implements AutoCloseable {
        final String name;
        private final Object archive;
        private final Method search;
        private final Method close;
        private final Constructor<?> request;
        private final Object relevance;
        private final Object noFacets;
        private final Object allFacets;
        private final Method hits;
        private final Method facets;
        private final Method id;
        private final Method snippet;
        private final Method highlights;

        Build(String name, String store, Path data) throws Exception {
            this.name = name;
            // the store's jar or classes, and what must load beside it (Flyway finds the store's log class by name)
            List<URL> urls = new ArrayList<>();
            for (String part : store.split(",")) {
                urls.add(Path.of(part).toUri().toURL());
            }
            URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), StoreAB.class.getClassLoader());
            Class<?> archiveClass = loader.loadClass("org.marsad.store.Archive");
            Class<?> requestClass = loader.loadClass("org.marsad.search.SearchRequest");
            Class<?> facetClass = loader.loadClass("org.marsad.search.FacetSet");
            archive = SideBySide.openArchive(loader, data);
            search = archiveClass.getMethod("search", requestClass, facetClass);
            close = archiveClass.getMethod("close");
            Constructor<?> eight = null;
            for (Constructor<?> c : requestClass.getConstructors()) {
                if (c.getParameterCount() == 8) {
                    eight = c;
                }
            }
            request = eight;
            relevance = enumValue(loader.loadClass("org.marsad.search.SearchRequest$Sort"), "RELEVANCE");
            noFacets = facetClass.getField("NONE").get(null);
            allFacets = facetClass.getField("ALL").get(null);
            hits = loader.loadClass("org.marsad.search.SearchResults").getMethod("hits");
            facets = loader.loadClass("org.marsad.search.SearchResults").getMethod("facets");
            Class<?> hit = loader.loadClass("org.marsad.search.SearchHit");
            id = hit.getMethod("id");
            snippet = hit.getMethod("snippet");
            highlights = hit.getMethod("highlights");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }

        /** The API's search (20 hits, no facets), or the page's (every facet). */
        Object search(String q, boolean facets) throws Exception {
            return search.invoke(archive, request.newInstance(q, null, null, null, null, relevance, 20, 0),
                    facets ? allFacets : noFacets);
        }

        /** Each hit as one line: id, snippet, marks. */
        List<String> shown(Object results) throws Exception {
            List<String> out = new ArrayList<>();
            for (Object h : (List<?>) hits.invoke(results)) {
                out.add(id.invoke(h) + "\t" + snippet.invoke(h) + "\t" + highlights.invoke(h));
            }
            return out;
        }

        /** Every facet of a page's results, as its values and counts print. */
        String facets(Object results) throws Exception {
            return String.valueOf(facets.invoke(results));
        }

        @Override
        public void close() throws Exception {
            close.invoke(archive);
        }
    }
}
