package org.marsad.bench.accuracy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.bench.Context;
import org.marsad.bench.data.EvalData;
import org.marsad.bench.e2e.MarsadProcess;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.search.analysis.MarsadAnalyzer;

/**
 * Accuracy: search variant recall and cross-outlet retrieval (Marsad's analysis against Lucene's stock
 * ArabicAnalyzer), and the seed page's golden output. Each part needing evaluation data says so when it is absent.
 */
public final class AccuracySection {
    private AccuracySection() {
    }

    public static void run(Context ctx) throws Exception {
        long t0 = System.nanoTime();
        variantRecall(ctx);
        long t1 = System.nanoTime();
        ctx.report().section("variant_recall", "").seconds((t1 - t0) / 1e9);
        retrieval(ctx);
        long t2 = System.nanoTime();
        ctx.report().section("retrieval", "").seconds((t2 - t1) / 1e9);
        seedGolden(ctx);
        ctx.report().section("seed_golden", "").seconds((System.nanoTime() - t2) / 1e9);
    }

    static void variantRecall(Context ctx) throws Exception {
        Section s = ctx.report().section("variant_recall", "Search variant recall");
        List<VariantRecall.Pair> pairs = VariantRecall.bundled();
        Figures f = s.figures();
        f.put("pairs", pairs.size());
        VariantRecall.Result lucene;
        try (ArabicAnalyzer a = new ArabicAnalyzer()) {
            lucene = VariantRecall.evaluate(a, pairs);
        }
        put(f.group("lucene_arabic_analyzer"), lucene);
        VariantRecall.Result marsad;
        try (MarsadAnalyzer a = new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED)) {
            marsad = VariantRecall.evaluate(a, pairs);
        }
        put(f.group("marsad_analyzer"), marsad);
        f.ratio("recall", marsad.recall(), lucene.recall());
        ctx.report().headline(new Headline("search variant recall, bundled list (" + marsad.positives()
                + " pairs written with the stem exceptions)", "recall", marsad.recall(), "Lucene ArabicAnalyzer",
                lucene.recall(), true));
        ctx.report().headline(new Headline("false friends merged (" + marsad.negatives() + " pairs)", "share",
                marsad.falseFriendRate(), "Lucene ArabicAnalyzer", lucene.falseFriendRate(), false));
        s.note("Pairs: bench/src/main/resources/org/marsad/bench/accuracy/variants.tsv (" + lucene.positives()
                + " inflections and spelling variants that must match, " + lucene.negatives()
                + " false friends that must not). A pair matches when every analyzed query term is among the "
                + "document form's terms.");
        s.note("Lucene ArabicAnalyzer misses: " + String.join("; ", lucene.misses()));
        if (!lucene.merged().isEmpty()) {
            s.note("Lucene ArabicAnalyzer merges false friends: " + String.join("; ", lucene.merged()));
        }
        s.note("Marsad analyzer (stemmed field) misses: " + (marsad.misses().isEmpty() ? "none"
                : String.join("; ", marsad.misses())));
        if (!marsad.merged().isEmpty()) {
            s.note("Marsad analyzer merges false friends: " + String.join("; ", marsad.merged()));
        }
        s.note("The bundled list was written together with Marsad's stem exceptions: it is in-sample for Marsad. "
                + "The list drawn from ANT below is not.");
        antVariants(ctx, s);
    }

    /** The second list: pairs drawn from the ANT articles by the fixed procedure of {@link AntVariantPairs}. */
    static void antVariants(Context ctx, Section s) throws Exception {
        if (!ctx.corpus().isReal()) {
            s.note("Pairs drawn from ANT: skipped, " + Context.noEvalData("ant-2018-04 articles"));
            return;
        }
        List<VariantRecall.Pair> pairs = AntVariantPairs.draw(ctx.corpus().articles());
        Figures g = s.figures().group("ant_drawn");
        g.put("pairs", pairs.size());
        VariantRecall.Result lucene;
        try (ArabicAnalyzer a = new ArabicAnalyzer()) {
            lucene = VariantRecall.evaluate(a, pairs);
        }
        VariantRecall.Result marsad;
        try (MarsadAnalyzer a = new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED)) {
            marsad = VariantRecall.evaluate(a, pairs);
        }
        g.group("lucene_arabic_analyzer").put("recall", lucene.recall()).put("found", lucene.found());
        g.group("marsad_analyzer").put("recall", marsad.recall()).put("found", marsad.found());
        g.ratio("recall", marsad.recall(), lucene.recall());
        ctx.report().headline(new Headline("search variant recall, drawn from ANT (" + pairs.size()
                + " pairs, fixed procedure)", "recall", marsad.recall(), "Lucene ArabicAnalyzer", lucene.recall(),
                true));
        s.note("Pairs drawn from ANT (" + pairs.size() + "): the procedure of org.marsad.bench.accuracy."
                + "AntVariantPairs, committed before its first run — Arabic-letter words of every title and body "
                + "(diacritics and tatweel removed); bases of 3+ letters not starting with ال seen 5+ times; forms "
                + "of eight kinds (ال, و, وال, بال, لل, ة→ات, ون/ين, ه/ها/هم) also seen 5+ times; per kind the 25 "
                + "pairs with the highest smaller count. Not checked by hand: a few are coincidences (recall "
                + "ceiling below 1 for both analyzers); no false friends in this list.");
        s.note("ANT-drawn, Lucene ArabicAnalyzer misses: " + (lucene.misses().isEmpty() ? "none"
                : String.join("; ", lucene.misses())));
        s.note("ANT-drawn, Marsad analyzer misses: " + (marsad.misses().isEmpty() ? "none"
                : String.join("; ", marsad.misses())));
    }

    static void put(Figures g, VariantRecall.Result r) {
        g.put("recall", r.recall()).put("found", r.found()).put("positives", r.positives())
                .put("false_friend_rate", r.falseFriendRate()).put("false_friends", r.falseFriends());
    }

    static void retrieval(Context ctx) throws Exception {
        Section s = ctx.report().section("retrieval", "Cross-outlet retrieval MRR@10 (ANT 2018-04)");
        if (ctx.eval().isEmpty() || !ctx.corpus().isReal()
                || !Files.isRegularFile(ctx.eval().get().antNearDupPairs())) {
            s.skip(Context.noEvalData("ant-2018-04 articles and near-duplicate pairs"));
            return;
        }
        List<RetrievalMrr.Task> tasks = RetrievalMrr.tasks(ctx.eval().get().antNearDupPairs(), ctx.corpus());
        Figures f = s.figures();
        f.put("queries", tasks.size()).put("documents", ctx.corpus().articles().size());
        Path dir = ctx.work().resolve("retrieval");
        RetrievalMrr.Result lucene = RetrievalMrr.evaluate(new ArabicAnalyzer(), ctx.corpus(), tasks,
                dir.resolve("lucene"));
        f.group("lucene_arabic_analyzer").put("mrr_at_10", lucene.mrrAt10()).put("recall_at_10", lucene.recallAt10());
        RetrievalMrr.Result marsad = RetrievalMrr.evaluate(new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED),
                ctx.corpus(), tasks, dir.resolve("marsad"));
        f.group("marsad_analyzer").put("mrr_at_10", marsad.mrrAt10()).put("recall_at_10", marsad.recallAt10());
        f.ratio("mrr_at_10", marsad.mrrAt10(), lucene.mrrAt10());
        ctx.report().headline(new Headline("cross-outlet retrieval MRR@10 (" + tasks.size() + " queries)", "MRR",
                marsad.mrrAt10(), "Lucene ArabicAnalyzer", lucene.mrrAt10(), true));
        s.note("Query: one outlet's headline; target: another outlet's copy of the same story (the cross-outlet "
                + "pairs of neardup_pairs_2018-04.tsv, both directions); index: title (boost 2) and body of all "
                + ctx.corpus().articles().size() + " articles; the query's own article is left out of its ranking.");
        s.note("Both analyzers run in the same index layout and query (headline words OR-ed); only the analysis "
                + "differs. Marsad: the stemmed analyzer of marsad-store.");
    }

    static void seedGolden(Context ctx) throws Exception {
        Section s = ctx.report().section("seed_golden", "Seed page golden (marsad extract)");
        if (ctx.eval().isEmpty()) {
            s.skip(Context.noEvalData("seed page and its expected.json"));
            return;
        }
        EvalData eval = ctx.eval().get();
        Path page = eval.seed().resolve("000_380e3a2f51e7f576.txt");
        Path expected = eval.seed().resolve("expected.json");
        if (!Files.isRegularFile(page) || !Files.isRegularFile(expected)) {
            s.skip("no seed page at " + eval.seed());
            return;
        }
        MarsadProcess marsad = new MarsadProcess(ctx.root().resolve("marsad-cli/target/marsad.jar"),
                ctx.work().resolve("seed"));
        if (!marsad.available()) {
            s.skip(marsad.jar() + " is missing (bench/run builds it)");
            return;
        }
        MarsadProcess.Outcome o = marsad.run("extract", 120, "extract", "--format", "jsonl", page.toString());
        if (o.exitCode() != 0) {
            s.skip("`marsad extract` failed: " + o.lastLine());
            return;
        }
        SeedGolden.Result r = SeedGolden.score(
                SeedGolden.gold(Files.readString(expected, StandardCharsets.UTF_8)), SeedGolden.extracted(o.stdout()));
        s.figures().put("expected_articles", r.expectedArticles()).put("extracted_articles", r.extractedArticles())
                .put("fields_right", r.fieldsRight()).put("fields_checked", r.fieldsChecked())
                .put("field_accuracy", r.fieldAccuracy());
        if (!r.wrong().isEmpty()) {
            s.note("Wrong fields (article.field): " + String.join(", ", r.wrong()));
        }
        s.note("In-sample regression check, not accuracy: the seed page was in view while the extractor was built. "
                + "Scored exactly as expected.json says: tags are an exact set (the gold partitions the tag line), "
                + "only article 1's related may add the appended article's title.");
        ctx.report().headline(new Headline("seed golden, fields right (in-sample regression check)", "share",
                r.fieldAccuracy(), null,
                Double.NaN, true));
    }
}
