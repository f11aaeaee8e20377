package org.marsad.bench.accuracy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.bench.stories.StoriesBench;

/**
 * Near-duplicate precision/recall and story grouping on ANT 2018-04, and the throughput of dedup + clustering, from
 * the stories evaluator ({@code org.marsad.bench.stories.StoriesBench}); its full printout is kept in
 * work/stories.txt and its figures go into the report.
 */
public final class StoriesSection {
    private static final Pattern ALL = Pattern.compile("all silver pairs: precision (\\S+) recall (\\S+)");
    private static final Pattern STRONG = Pattern.compile(
            "strong silver pairs \\([^)]*\\): (\\d+); precision (\\S+) recall (\\S+)");
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) articles, (\\d+) silver pairs, (\\d+) predicted pairs");
    private static final Pattern SAME_STORY = Pattern.compile(
            "cross-outlet silver pairs in the same story: (\\d+) of (\\d+)");
    private static final Pattern THROUGHPUT = Pattern.compile(
            "throughput at ([\\d,]+) articles: (\\d+) articles(/s overall| per CPU-second)");

    private StoriesSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("stories", "Near-duplicates and stories (ANT 2018-04)");
        if (ctx.eval().isEmpty() || !Files.isRegularFile(ctx.eval().get().antNearDupPairs())) {
            s.skip(Context.noEvalData("ant-2018-04"));
            return;
        }
        int size = ctx.size(5_000, 100_000);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            StoriesBench.main(new String[] {"--eval", ctx.eval().get().dir().toString(), "--sizes",
                    Integer.toString(size)});
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        Files.writeString(ctx.work().resolve("stories.txt"), out, StandardCharsets.UTF_8);
        Figures f = s.figures();
        Figures nd = f.group("near_dup");
        Matcher m = COUNTS.matcher(out);
        if (m.find()) {
            nd.put("articles", Long.parseLong(m.group(1))).put("silver_pairs", Long.parseLong(m.group(2)))
                    .put("predicted_pairs", Long.parseLong(m.group(3)));
        }
        m = ALL.matcher(out);
        if (m.find()) {
            double p = Double.parseDouble(m.group(1));
            double r = Double.parseDouble(m.group(2));
            nd.put("precision", p).put("recall", r);
            ctx.report().headline(new Headline("near-duplicate precision (silver pairs)", "P", p, null, Double.NaN,
                    true));
            ctx.report().headline(new Headline("near-duplicate recall (silver pairs)", "R", r, null, Double.NaN,
                    true));
        }
        m = STRONG.matcher(out);
        if (m.find()) {
            nd.group("strong").put("pairs", Long.parseLong(m.group(1)))
                    .put("precision", Double.parseDouble(m.group(2))).put("recall", Double.parseDouble(m.group(3)));
        }
        m = SAME_STORY.matcher(out);
        if (m.find()) {
            long same = Long.parseLong(m.group(1));
            long of = Long.parseLong(m.group(2));
            f.group("stories").put("cross_outlet_pairs_same_story", same).put("cross_outlet_pairs", of)
                    .put("same_story_share", of == 0 ? Double.NaN : (double) same / of);
        }
        m = THROUGHPUT.matcher(out);
        if (m.find()) {
            double aps = Double.parseDouble(m.group(2));
            boolean cpu = m.group(3).contains("CPU");
            Figures t = f.group("throughput");
            // The evaluator may report per CPU-second of its enriching thread (steadier on a shared machine).
            t.put("articles", Long.parseLong(m.group(1).replace(",", ""))).put(cpu ? "articles_per_cpu_s"
                    : "articles_per_s", aps);
            Object lucene = ctx.report().section("ingest_search", "Ingest and search (end to end)").figures()
                    .group("lucene").get("articles_per_s");
            double base = lucene instanceof Number n ? n.doubleValue() : Double.NaN;
            t.put("lucene_indexing_articles_per_s", base);
            t.ratio("articles_per_s", aps, base);
            ctx.report().headline(new Headline("dedup + story clustering (" + size + " articles)",
                    cpu ? "articles/CPU-s" : "articles/s", aps,
                    "Lucene indexing alone", base, true));
        }
        if (f.group("near_dup").isEmpty()) {
            s.note("The stories evaluator printed no figures (see work/stories.txt).");
        }
        s.note("Silver pairs are machine-made (jaccard of 4-grams); precision counts predicted copy pairs found in "
                + "the list. Throughput: incremental dedup + clustering over replicated, perturbed real articles, "
                + "next to the Lucene indexing rate of the end-to-end part for proportion. Full printout: "
                + "work/stories.txt.");
    }
}
