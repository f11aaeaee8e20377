package org.marsad.bench.accuracy;

import org.marsad.bench.QuickSizes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Report;
import org.marsad.bench.report.Section;
import org.marsad.bench.stories.StoriesBench;

/**
 * Near-duplicates and stories on ANT 2018-04, from the stories evaluator ({@code org.marsad.bench.stories}): near-dup
 * precision/recall against the silver pairs (strong and weak apart), story pair precision and same-event recall
 * against the hand-labelled pairs (dev and held-out splits), the largest story, and the throughput of dedup +
 * clustering next to Lucene indexing the same articles, both in CPU time of one thread. Its full printout is kept in
 * work/stories.txt.
 */
public final class StoriesSection {
    private static final Pattern RULES = Pattern.compile("rules scored: (.*)");
    private static final Pattern ALL = Pattern.compile("all silver pairs: precision (\\S+) recall (\\S+)");
    private static final Pattern STRONG = Pattern.compile(
            "strong silver pairs \\([^)]*\\): (\\d+); precision (\\S+) recall (\\S+)");
    private static final Pattern WEAK = Pattern.compile("weak silver pairs \\(the rest\\): (\\d+); recall (\\S+)");
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) articles, (\\d+) silver pairs, (\\d+) predicted pairs");
    private static final Pattern PAIRS = Pattern.compile("(?m)^\\s*(before \\(TOPICAL rules\\) )?story pairs"
            + " (dev|held-out): (\\d+) labelled, (\\d+) joined;"
            + " pair precision (\\S+) \\[(\\S+), (\\S+)] same-event recall (\\S+) \\[(\\S+), (\\S+)] topic share of"
            + " joined (\\S+); joined pairs outside the sampled universe (\\d+)");
    private static final Pattern LARGEST = Pattern.compile(
            "(?m)^\\s*(before \\(TOPICAL rules\\) )?largest story: (\\d+) articles, share (\\S+) of");
    private static final String BEFORE = "the rules before (single centroid test, 5-day span)";
    private static final Pattern SAME_STORY = Pattern.compile(
            "cross-outlet silver pairs in the same story: (\\d+) of (\\d+)");
    private static final Pattern THROUGHPUT = Pattern.compile(
            "throughput at ([\\d,]+) articles: (\\d+) articles per CPU-second");
    private static final Pattern LUCENE = Pattern.compile(
            "lucene baseline at ([\\d,]+) articles: (\\d+) articles per CPU-second");

    private static final Pattern STAGES = Pattern.compile(
            "stage seconds: reading and enriching (\\S+), quality (\\S+), throughput (\\S+)");

    private StoriesSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("stories", "Near-duplicates and stories (ANT 2018-04)");
        if (ctx.eval().isEmpty() || !Files.isRegularFile(ctx.eval().get().antNearDupPairs())) {
            s.skip(Context.noEvalData("ant-2018-04"));
            return;
        }
        int size = ctx.size(QuickSizes.CORPUS_ARTICLES);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            StoriesBench.main(new String[] {"--eval", ctx.eval().get().dir().toString(), "--sizes",
                    Integer.toString(size), "--held-out"});
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        Files.writeString(ctx.work().resolve("stories.txt"), out, StandardCharsets.UTF_8);
        fill(ctx.report(), s, out, size);
    }

    /** Puts the evaluator's printout into the section's figures and the headline table. */
    static void fill(Report report, Section s, String out, int size) {
        Figures f = s.figures();
        Matcher m = RULES.matcher(out);
        if (m.find()) {
            f.put("rules", m.group(1).strip());
        }
        Figures nd = f.group("near_dup");
        m = COUNTS.matcher(out);
        if (m.find()) {
            nd.put("articles", Long.parseLong(m.group(1))).put("silver_pairs", Long.parseLong(m.group(2)))
                    .put("predicted_pairs", Long.parseLong(m.group(3)));
        }
        m = ALL.matcher(out);
        if (m.find()) {
            double p = Double.parseDouble(m.group(1));
            nd.put("precision", p).put("recall", Double.parseDouble(m.group(2)));
            report.headline(new Headline("near-duplicate precision, silver pairs (ANT; in-sample: rules tuned on it)",
                    "P", p, null, Double.NaN, true));
        }
        m = STRONG.matcher(out);
        if (m.find()) {
            double r = Double.parseDouble(m.group(3));
            nd.group("strong").put("pairs", Long.parseLong(m.group(1)))
                    .put("precision", Double.parseDouble(m.group(2))).put("recall", r);
            report.headline(new Headline("near-duplicate recall, strong silver pairs (ANT; in-sample)", "R", r, null,
                    Double.NaN, true));
        }
        m = WEAK.matcher(out);
        if (m.find()) {
            double r = Double.parseDouble(m.group(2));
            nd.group("weak").put("pairs", Long.parseLong(m.group(1))).put("recall", r);
            report.headline(new Headline("near-duplicate recall, weak silver pairs (ANT; in-sample)", "R", r, null,
                    Double.NaN, true));
        }
        Figures st = f.group("stories");
        // Two passes: the baseline's lines (the rules before) first, so that the headline rows can carry them.
        java.util.Map<String, double[]> before = new java.util.HashMap<>();
        m = PAIRS.matcher(out);
        while (m.find()) {
            boolean base = m.group(1) != null;
            boolean held = m.group(2).equals("held-out");
            Figures g = base ? st.group("before").group(held ? "held_out" : "dev") : st.group(held ? "held_out" : "dev");
            double precision = Double.parseDouble(m.group(5));
            double recall = Double.parseDouble(m.group(8));
            g.put("labelled_pairs", Long.parseLong(m.group(3))).put("joined_labelled_pairs", Long.parseLong(m.group(4)))
                    .put("pair_precision", precision).put("pair_precision_p05", Double.parseDouble(m.group(6)))
                    .put("pair_precision_p95", Double.parseDouble(m.group(7))).put("same_event_recall", recall)
                    .put("same_event_recall_p05", Double.parseDouble(m.group(9)))
                    .put("same_event_recall_p95", Double.parseDouble(m.group(10)))
                    .put("topic_share_of_joined", Double.parseDouble(m.group(11)))
                    .put("joined_outside_universe", Long.parseLong(m.group(12)));
            if (base) {
                before.put(m.group(2), new double[] {precision, recall});
            }
        }
        m = PAIRS.matcher(out);
        while (m.find()) {
            if (m.group(1) == null && m.group(2).equals("held-out")) {
                double[] b = before.getOrDefault("held-out", new double[] {Double.NaN, Double.NaN});
                report.headline(new Headline("story pair precision (ANT held-out, hand labels)", "P",
                        Double.parseDouble(m.group(5)), BEFORE, b[0], true));
                report.headline(new Headline("story same-event recall (ANT held-out, hand labels)", "R",
                        Double.parseDouble(m.group(8)), BEFORE, b[1], true));
            }
        }
        m = LARGEST.matcher(out);
        double largestBefore = Double.NaN;
        double largest = Double.NaN;
        while (m.find()) {
            double share = Double.parseDouble(m.group(3));
            Figures g = m.group(1) != null ? st.group("before") : st;
            g.put("largest_story_articles", Long.parseLong(m.group(2))).put("largest_story_share", share);
            if (m.group(1) != null) {
                largestBefore = share;
            } else {
                largest = share;
            }
        }
        if (!Double.isNaN(largest)) {
            report.headline(new Headline("largest story, share of the archive (ANT)", "share", largest, BEFORE,
                    largestBefore, false));
        }
        m = SAME_STORY.matcher(out);
        if (m.find()) {
            long same = Long.parseLong(m.group(1));
            long of = Long.parseLong(m.group(2));
            st.put("cross_outlet_silver_pairs_same_story", same).put("cross_outlet_silver_pairs", of)
                    .put("silver_same_story_share", of == 0 ? Double.NaN : (double) same / of);
        }
        m = THROUGHPUT.matcher(out);
        Matcher lm = LUCENE.matcher(out);
        if (m.find()) {
            double aps = Double.parseDouble(m.group(2));
            double base = lm.find() ? Double.parseDouble(lm.group(2)) : Double.NaN;
            Figures t = f.group("throughput");
            t.put("articles", Long.parseLong(m.group(1).replace(",", ""))).put("articles_per_cpu_s", aps)
                    .put("lucene_articles_per_cpu_s", base);
            t.ratio("articles_per_cpu_s", aps, base);
            report.headline(new Headline("dedup + story clustering (" + size + " articles)", "articles/CPU-s", aps,
                    "Lucene indexing the same articles", base, true));
        }
        m = STAGES.matcher(out);
        if (m.find()) {
            f.group("steps").group("read_and_enrich").put("wall_s", Double.parseDouble(m.group(1)));
            f.group("steps").group("quality").put("wall_s", Double.parseDouble(m.group(2)));
            f.group("steps").group("throughput").put("wall_s", Double.parseDouble(m.group(3)));
        }
        if (nd.isEmpty()) {
            s.note("The stories evaluator printed no figures (see work/stories.txt).");
        }
        s.note("Near-duplicates: silver pairs are machine-made (jaccard of 4-grams); strong = jaccard >= 0.5 or "
                + "containment >= 0.9, weak = the rest; the dedup rules were developed on this slice (in-sample). "
                + "Stories: hand-labelled cross-outlet pairs, stratified by similarity and by the baseline's decision "
                + "(bench/src/main/resources/org/marsad/bench/stories/LABELLING.md); dev = 1-15 April (rules tuned on "
                + "it), held-out = 16-30 April; [p05, p95] from a stratified bootstrap. Throughput: features + dedup + "
                + "clustering of replicated, perturbed real articles and Lucene (ArabicAnalyzer, in memory) indexing "
                + "the same articles, both in CPU time of the one working thread. Full printout: work/stories.txt.");
    }
}
