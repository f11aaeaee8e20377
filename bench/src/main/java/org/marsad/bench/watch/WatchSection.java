package org.marsad.bench.watch;

import org.marsad.bench.QuickSizes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.bench.report.Steps;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.model.Article;
import org.marsad.search.ArticleMatching;
import org.marsad.watch.AlertPolicy;
import org.marsad.watch.WatchMode;
import org.marsad.watch.match.WatchMatcher;

/**
 * Watches: matching throughput with 1,000 and 10,000 registered watches (Lucene's monitor, as marsad-watch runs
 * it) against the naive baseline of running every watch's query on a one-document index of each article, in the
 * same run on the same articles; the latency from "article stored" to "webhook received" on loopback; and how
 * {@code stories} mode thins the alerts on ANT 2018-04, scored against the silver near-duplicate pairs.
 */
public final class WatchSection {
    private WatchSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("watches", "Watches (matching, delivery, stories mode)");
        List<Article> corpus = ctx.corpus().articles();
        Steps steps = Steps.of(s);
        throughput(ctx, s, corpus, 1_000);
        steps.done("matching_1000");
        throughput(ctx, s, corpus, 10_000);
        steps.done("matching_10000");
        DeliveryLatency.run(ctx, s, corpus);
        steps.done("delivery");
        storiesMode(ctx, s, corpus, steps);
        s.note("Throughput is articles matched per CPU-second of the matching thread (steadier than wall time on a "
                + "shared machine); the same articles and the same compiled queries feed both sides, and the sets of "
                + "matching watches are compared article by article (mismatches must be 0). Queries are made from "
                + "the corpus's own headlines (seeded): in-sample.");
    }

    private static void throughput(Context ctx, Section s, List<Article> corpus, int watches) {
        List<String> queries = WatchQueries.make(corpus, watches, 12);
        int monitorArticles = Math.min(corpus.size(), ctx.size(QuickSizes.WATCH_ARTICLES));
        int baselineArticles = Math.min(monitorArticles, Math.max(20, ctx.size(200_000, 1_000_000) / watches));
        List<Article> sample = new ArrayList<>(corpus.subList(corpus.size() - monitorArticles, corpus.size()));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Set<Long>> monitorHits = new ArrayList<>();
        double monitorRate;
        try (WatchMatcher m = new WatchMatcher()) {
            long r0 = mx.getCurrentThreadCpuTime();
            Map<Long, String> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                all.put((long) i, queries.get(i));
            }
            m.registerAll(all);
            double registerMs = (mx.getCurrentThreadCpuTime() - r0) / 1e6;
            for (Article a : sample.subList(0, Math.min(20, sample.size()))) {
                m.match(a); // warm-up
            }
            long c0 = mx.getCurrentThreadCpuTime();
            for (Article a : sample) {
                monitorHits.add(m.match(a));
            }
            monitorRate = sample.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
            s.figures().group("matching_" + watches).put("register_cpu_ms", registerMs);
        }
        List<Query> compiled = queries.stream().map(WatchMatcher::compile).toList();
        List<Set<Long>> naiveHits = new ArrayList<>();
        for (Article a : sample.subList(0, Math.min(5, sample.size()))) {
            naive(a, compiled); // warm-up
        }
        long c0 = mx.getCurrentThreadCpuTime();
        for (Article a : sample.subList(0, baselineArticles)) {
            naiveHits.add(naive(a, compiled));
        }
        double naiveRate = baselineArticles / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        int mismatches = 0;
        long matches = 0;
        for (int i = 0; i < baselineArticles; i++) {
            if (!naiveHits.get(i).equals(monitorHits.get(i))) {
                mismatches++;
            }
            matches += naiveHits.get(i).size();
        }
        Figures f = s.figures().group("matching_" + watches);
        f.put("watches", watches).put("articles", monitorArticles).put("baseline_articles", baselineArticles)
                .put("articles_per_cpu_s", monitorRate).put("naive_articles_per_cpu_s", naiveRate)
                .put("matches_per_article", baselineArticles == 0 ? 0 : (double) matches / baselineArticles)
                .put("mismatches", mismatches);
        f.ratio("articles_per_cpu_s", monitorRate, naiveRate);
        ctx.report().headline(new Headline(String.format(Locale.ROOT, "watch matching, %,d watches", watches),
                "articles/CPU-s", monitorRate, "every query on a one-document index", naiveRate, true));
    }

    /** The baseline: a one-document index of the article and every watch's query run on it. */
    static Set<Long> naive(Article a, List<Query> queries) {
        MemoryIndex mi = MemoryIndex.fromDocument(ArticleMatching.document(a), ArticleMatching.analyzer());
        Set<Long> hits = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            if (mi.search(queries.get(i)) > 0) {
                hits.add((long) i);
            }
        }
        return hits;
    }

    /**
     * Stories mode on ANT: the articles in publication order are enriched as the archive does (copies, stories),
     * matched against watches made from the headlines, and alerted in {@code every} and {@code stories} mode. The
     * silver near-duplicate pairs (strong ones: jaccard ≥ 0.5 or containment ≥ 0.9) group republished copies;
     * precision = alerts that are the first alert of their copy group for that watch (a second alert for a
     * republished copy is a miss), recall = copy groups among the matching articles that got an alert (a group
     * folded into an already alerted story of other articles is not alerted).
     */
    private static void storiesMode(Context ctx, Section s, List<Article> corpus, Steps steps) throws IOException {
        if (ctx.eval().isEmpty() || !Files.isRegularFile(ctx.eval().get().antNearDupPairs())
                || !ctx.corpus().isReal()) {
            s.note("stories mode: skipped, " + Context.noEvalData("ant-2018-04"));
            return;
        }
        List<Article> ordered = new ArrayList<>(corpus);
        ordered.sort(Comparator.comparing(a -> a.published() == null ? "" : a.published()));
        Enricher enricher = new Enricher();
        List<Article> enriched = new ArrayList<>();
        for (Article a : ordered) {
            Enrichment e = enricher.enrich(ArticleFeatures.of(a, java.time.Instant.EPOCH));
            enriched.add(a.withEnrichment(e.duplicateOf(), e.story()));
        }
        steps.done("stories_mode_enrich");
        Map<String, String> group = copyGroups(ctx.eval().get().antNearDupPairs());
        int watches = 200;
        List<String> queries = WatchQueries.make(corpus, watches, 99);
        long matched = 0;
        long alerts = 0;
        long firstOfGroup = 0;
        long groupsMatched = 0;
        long groupsAlerted = 0;
        long storiesMatched = 0;
        try (WatchMatcher m = new WatchMatcher()) {
            Map<Long, String> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                all.put((long) i, queries.get(i));
            }
            m.registerAll(all);
            List<AlertPolicy.Memory> histories = new ArrayList<>();
            List<Set<String>> groupsWithAlert = new ArrayList<>();
            List<Set<String>> groupsWithMatch = new ArrayList<>();
            List<Set<String>> storiesWithMatch = new ArrayList<>();
            for (int i = 0; i < watches; i++) {
                histories.add(new AlertPolicy.Memory());
                groupsWithAlert.add(new HashSet<>());
                groupsWithMatch.add(new HashSet<>());
                storiesWithMatch.add(new HashSet<>());
            }
            for (Article a : enriched) {
                String g = group.getOrDefault(a.id(), a.id());
                for (long id : m.match(a)) {
                    int w = (int) id;
                    matched++;
                    groupsWithMatch.get(w).add(g);
                    storiesWithMatch.get(w).add(AlertPolicy.storyOf(a));
                    if (histories.get(w).offer(WatchMode.STORIES, false, a).isPresent()) {
                        alerts++;
                        if (groupsWithAlert.get(w).add(g)) {
                            firstOfGroup++;
                        }
                    }
                }
            }
            for (int i = 0; i < watches; i++) {
                groupsMatched += groupsWithMatch.get(i).size();
                groupsAlerted += groupsWithAlert.get(i).size();
                storiesMatched += storiesWithMatch.get(i).size();
            }
        }
        steps.done("stories_mode_match");
        double precision = alerts == 0 ? Double.NaN : (double) firstOfGroup / alerts;
        double recall = groupsMatched == 0 ? Double.NaN : (double) groupsAlerted / groupsMatched;
        Figures f = s.figures().group("stories_mode");
        f.put("watches", watches).put("articles", enriched.size()).put("alerts_every", matched)
                .put("alerts_stories", alerts).put("stories_matched", storiesMatched)
                .put("copy_groups_matched", groupsMatched)
                .put("articles_per_story", storiesMatched == 0 ? Double.NaN : (double) matched / storiesMatched)
                .put("alerts_per_story", storiesMatched == 0 ? Double.NaN : (double) alerts / storiesMatched)
                .put("precision", precision).put("recall", recall);
        f.ratio("alerts", alerts, matched);
        ctx.report().headline(new Headline("stories mode: alerts vs matching articles (ANT, 200 watches)", "alerts",
                alerts, "mode every (one per article)", matched, false));
        ctx.report().headline(new Headline("stories mode precision (no repeat alert for a copy)", "P", precision,
                null, Double.NaN, true));
        ctx.report().headline(new Headline("stories mode recall (copy groups alerted)", "R", recall, null,
                Double.NaN, true));
    }

    /** Connected groups of the strong silver pairs: article id → the group's smallest id. */
    static Map<String, String> copyGroups(Path pairs) throws IOException {
        Map<String, String> parent = new HashMap<>();
        for (String line : Files.readAllLines(pairs)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("jaccard_4gram") || f.length < 6) {
                continue;
            }
            double jaccard = Double.parseDouble(f[0]);
            double containment = Double.parseDouble(f[1]);
            if (jaccard >= 0.5 || containment >= 0.9) {
                union(parent, f[3], f[5]);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet()) {
            out.put(id, find(parent, id));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
