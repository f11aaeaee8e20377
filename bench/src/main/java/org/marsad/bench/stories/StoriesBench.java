package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.marsad.bench.data.EvalData;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.dedup.NearDuplicateIndex;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;

/**
 * Measures near-duplicate detection and story clustering on the ANT April 2018 slice: precision and recall of
 * near-duplicate pairs against the slice's silver pairs, the story size distribution, and the throughput and
 * memory of incremental dedup + clustering on synthetic archives made by replicating real articles with
 * perturbations.
 *
 * <p>Usage: {@code StoriesBench [--eval DIR] [--sizes 100000,1000000] [--show N] [--members N] [--diagnose]
 * [--held-out] [--held-out-2] [--held-out-3] [--held-out-4] [--held-out-5] [--held-out-6] [--held-out-7] [--held-out-8]
 * [--held-out-9] [--held-out-10] [--held-out-11] [--held-out-12] [--held-out-13] [--held-out-14] [--held-out-15]
 * [--held-out-16] [--held-out-17] [--held-out-18] [--held-out-19] [--held-out-20] [--held-out-21]
 * [--held-out-22] [--held-out-23] [--held-out-24]
 * [--held-out-5-today] [--diagnose-splits S,...] [--gate FILE]}: the
 * labelled story pairs are scored on the dev split only unless a held-out split is asked for
 * ({@code --held-out}: the first held-out
 * sample; {@code --held-out-2}: the second, larger one; {@code --held-out-3}: the third; {@code --held-out-4}: the
 * fourth, drawn from the whole month; {@code --held-out-5}: the fifth, drawn from the whole month with the old rules'
 * decision as a stratum too, for the next final look at issue 20's rules and scored only by the lead;
 * {@code --held-out-6}: the sixth, drawn the same way with new seeds, which no rule was tuned on, scored once by the
 * lead with the frozen rules; {@code --held-out-7}: the seventh, drawn the same way with new seeds after the
 * sixth was tuned on, scored once by the lead with the rules frozen at 13:40 UTC on 2026-12-05;
 * {@code --held-out-8}: the eighth, drawn the same way with new seeds and read in full by two independent readers,
 * scored once by the lead with the rules frozen at 16:50 UTC on 2026-12-05 with reader A's labels, reader B's and the
 * pairs both labelled alike; {@code --held-out-9}: the ninth, drawn the same way with new seeds and read by two
 * readers under the rulings settled for it, scored the same way once by the lead with the rules frozen at 19:50 UTC;
 * {@code --held-out-10}: the tenth, drawn the same way with new seeds and its used-up cells merged into a neighbour,
 * read by two readers, scored the same way once by the lead with the rules frozen at 22:45 UTC;
 * {@code --held-out-11}: the eleventh, drawn the same way with new seeds and a floor on thin cells, read by two
 * readers, scored the same way once by the lead with the rules frozen at 01:30 UTC on 2026-12-06;
 * {@code --held-out-12}: the twelfth, drawn with the eleventh's design and new seeds, read by two readers, scored
 * the same way once by the lead with the rules frozen at 04:10 UTC on 2026-12-06;
 * {@code --held-out-13}: the thirteenth, drawn with the twelfth's design and new seeds, read by two readers under
 * rulings 1-26, scored the same way once by the lead with the rules frozen at 06:55 UTC on 2026-12-06;
 * {@code --held-out-14}: the fourteenth, drawn with the thirteenth's design and new seeds, read by two readers under
 * rulings 1-28, scored the same way once by the lead with the rules frozen at 09:09 UTC on 2026-12-06;
 * {@code --held-out-15}: the fifteenth, drawn with the fourteenth's design and new seeds, read by two readers under
 * rulings 1-30, scored the same way once by the lead with the rules frozen at 15:15 UTC on 2026-12-06;
 * {@code --held-out-16}: the sixteenth, drawn with the fifteenth's design and new seeds, read by two readers under
 * rulings 1-32, scored once by the lead with the join gate frozen at 18:09 UTC on 2026-12-06 (and main's rules);
 * {@code --held-out-17}: the seventeenth, drawn with the sixteenth's design and new seeds but stratified by the
 * archive's decision as shipped (the rules joined through the shipped join gate) instead of the rules' alone, read by
 * two readers under rulings 1-35, scored once by the lead with the join gate frozen at 21:07 UTC on 2026-12-06 (and
 * main's shipped gate, and the rules alone);
 * {@code --held-out-18}: the eighteenth, drawn with the seventeenth's design (stratified by the archive's decision as
 * shipped) and new seeds, read by two readers under rulings 1-37, scored once (branch stories22, 2026-12-07) with the memory-feature gate
 * frozen at 03:21 UTC (and main's shipped gate);
 * {@code --held-out-19}: the nineteenth, drawn with the eighteenth's design (stratified by the archive's decision as
 * shipped) and new seeds, read by two readers under rulings 1-39, scored once by the lead on 2026-12-07 (main's shipped gate alone: the
 * candidate frozen for it on branch stories23 was none);
 * {@code --held-out-20}: the twentieth, drawn with the nineteenth's design (stratified by the archive's decision as
 * shipped) and new seeds, read by two readers under rulings 1-42, scored once by the lead on 2026-12-07 (main's shipped gate alone: branches stories24
 * and stories25 froze no candidate);
 * {@code --held-out-21}: the twenty-first, drawn with the twentieth's design (stratified by the archive's decision as
 * shipped) and new seeds, read by two readers under rulings 1-42 and the ones fixed for it, scored once by the lead on
 * 2026-12-07 (main's shipped gate alone: branch stories26 froze no candidate);
 * {@code --held-out-22}: the twenty-second, drawn with the twenty-first's design (stratified by the archive's decision
 * as shipped) and new seeds, read by two readers under rulings 1-46 and the ones fixed for it, scored once by the lead on
 * 2026-12-07 (main's shipped gate alone and branch stories28's frozen toll-update switch, which decided alike);
 * {@code --held-out-23}: the twenty-third, drawn with the twenty-second's design (stratified by the archive's decision
 * as shipped, its gate's toll-update switch on) and new seeds, read by two readers under rulings 1-50 and the ones fixed
 * for it, scored once by the lead on 2026-12-07 (main's shipped gate alone: branches stories30 and stories31 froze no
 * candidate);
 * {@code --held-out-24}: the twenty-fourth, drawn with the twenty-third's design (stratified by the archive's decision
 * as shipped, its gate's toll-update switch on) and new seeds, read by two readers under rulings 1-54 and the ones fixed
 * for it, scored once by the lead on 2026-12-07 (main's shipped gate alone: branches stories34, stories35 and stories36
 * froze no candidate);
 * {@code --held-out-5-today}: the fifth's pairs with the labels of their blind relabelling under the rulings of the
 * ninth and tenth samples, its agreement with the first reading and the pairs both readings label alike; LABELLING.md).
 * The evaluation directory is
 * {@code --eval}, else $MARSAD_EVAL_DIR, else ../shared/eval beside the working directory. Without the data it
 * prints a note and exits 0. The dedup and story rules can be varied for exploration with the system properties
 * {@code dedup.jaccard}, {@code dedup.containment}, {@code dedup.ratio} and {@code story.threshold}. The story rules'
 * stories join through the archive's join gate, as the archive's do: the shipped one
 * ({@link JoinGate#forArchive()}), or none with {@code -Dstory.gate=off} (the rules alone); {@code --gate FILE} hands
 * another gate written by {@code JoinGateBench --write} to the clusterer instead. The TOPICAL baseline never joins
 * through a gate.
 */
public final class StoriesBench {
    /**
     * The labelled samples a {@code --held-out...} flag asks to score, by flag, as their split names: the first two
     * samples, then every {@link HeldOutSample} by its number.
     */
    private static final Map<String, String> HELD_OUT_FLAGS = heldOutFlags();

    private StoriesBench() {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            // A wrong argument is the caller's mistake: one line, exit 2 (usage), no stack trace.
            System.err.println("stories bench: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException {
        Path eval = EvalData.locate(Path.of(""), System.getenv("MARSAD_EVAL_DIR"))
                .map(d -> d.dir().resolve("ant-2018-04")).orElse(Path.of("..", "shared", "eval", "ant-2018-04"));
        List<Integer> sizes = List.of(100_000, 1_000_000);
        int show = 0;
        int members = 0;
        List<String> diagnose = List.of();
        Set<String> heldOut = new HashSet<>();
        JoinGate gate = JoinGate.forArchive().orElse(null);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]).resolve("ant-2018-04");
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).filter(s -> !s.isBlank())
                        .map(Integer::parseInt).toList();
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--members" -> members = Integer.parseInt(args[++i]);
                case "--diagnose" -> diagnose = List.of("dev");
                case "--diagnose-splits" -> diagnose = StoryDiagnosis.splits(args[++i]);
                case "--gate" -> gate = gate(Path.of(args[++i]));
                default -> {
                    String split = HELD_OUT_FLAGS.get(args[i]);
                    if (split == null) {
                        throw new IllegalArgumentException("unknown argument: " + args[i]);
                    }
                    heldOut.add(split);
                }
            }
        }
        Path corpus = eval.resolve("ant_v2.1_2018-04.jsonl.gz");
        Path pairs = eval.resolve("neardup_pairs_2018-04.tsv");
        if (!Files.isReadable(corpus) || !Files.isReadable(pairs)) {
            System.out.println("stories bench: skipped, evaluation data not found at " + eval);
            return;
        }
        long t0 = System.nanoTime();
        List<Article> articles = withFiguresAndEntities(inTimeOrder(corpus));
        long t1 = System.nanoTime();
        quality(articles, pairs, show, members, heldOut, diagnose, gate);
        long t2 = System.nanoTime();
        for (int n : sizes) {
            if (n > 0) {
                throughput(articles, n, gate);
                luceneThroughput(articles, n);
            }
        }
        // Where the evaluator's time goes (bench/run --quick keeps a five-minute budget): wall seconds per stage.
        System.out.printf(Locale.ROOT, "stage seconds: reading and enriching %.1f, quality %.1f, throughput %.1f%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    }

    /** The corpus's articles in the order the bench replays them: by time, then id. */
    static List<Article> inTimeOrder(Path corpus) throws IOException {
        List<Article> articles = new ArrayList<>(AntCorpus.read(corpus));
        Map<String, Long> times = new HashMap<>();
        for (Article a : articles) {
            times.put(a.id(), ArticleFeatures.of(a, Instant.EPOCH).time());
        }
        articles.sort(Comparator.comparing((Article a) -> times.get(a.id())).thenComparing(Article::id));
        return articles;
    }

    /**
     * The articles as the archive enriches them before their stories are decided: figures found in their text, then
     * entities tagged and resolved in time order (an in-memory resolver, as a fresh archive's).
     */
    static List<Article> withFiguresAndEntities(List<Article> articles) throws IOException {
        // Tagging takes minutes on a shared machine: exploration runs may keep the enriched articles in a scratch
        // file (-Dstory.cache=FILE, read when present; never shipped).
        String cache = System.getProperty("story.cache");
        if (cache != null && Files.isReadable(Path.of(cache))) {
            List<Article> out = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(cache))) {
                out.add(org.marsad.model.ArticleJson.parse(line));
            }
            return out;
        }
        long t0 = System.nanoTime();
        List<Article> out = tagged(articles);
        System.out.printf(Locale.ROOT, "figures and entities of %d articles in %.0f s%n", out.size(),
                (System.nanoTime() - t0) / 1e9);
        if (cache != null) {
            Files.write(Path.of(cache), out.stream().map(org.marsad.model.ArticleJson::toLine).toList());
        }
        return out;
    }

    /**
     * The articles with the figures found in their text and their entities tagged and resolved in the order given
     * (a fresh in-memory resolver), never from or to the cache.
     */
    static List<Article> tagged(List<Article> articles) {
        org.marsad.enrich.entities.EntityStage stage = new org.marsad.enrich.entities.EntityStage(
                org.marsad.arabic.entities.EntityTagger.defaults(), new org.marsad.enrich.entities.EntityResolver());
        // Figures and mentions depend on the article alone (EntityStage.mentions is pure), so they are found on every
        // core; resolving them changes the resolver, so that stays on this thread in time order, as the archive's
        // saving thread does: the articles are the same as tagging one by one, in about half the wall time on two
        // cores (the stories part is the longest serial stretch of bench/run --quick).
        List<Article> withFigures = articles.parallelStream()
                .map(org.marsad.enrich.figures.ArticleFigures::enrich).toList();
        List<List<org.marsad.enrich.entities.Mention>> mentions = withFigures.parallelStream()
                .map(stage::mentions).toList();
        List<Article> out = new ArrayList<>(articles.size());
        for (int i = 0; i < withFigures.size(); i++) {
            out.add(stage.resolve(withFigures.get(i), mentions.get(i)).article());
        }
        return out;
    }

    /** Marks the baseline's lines: the story rules before (StoryRules.TOPICAL) on the same articles. */
    static final String BEFORE = "before (TOPICAL rules) ";

    static DedupRules rules() {
        DedupRules d = DedupRules.DEFAULT;
        return new DedupRules(Double.parseDouble(System.getProperty("dedup.jaccard", "" + d.jaccard())),
                Double.parseDouble(System.getProperty("dedup.containment", "" + d.containment())),
                Double.parseDouble(System.getProperty("dedup.ratio", "" + d.lengthRatio())),
                d.minShingles(), d.bands(), d.rows(), d.maxChain());
    }

    static StoryRules storyRules() {
        StoryRules d = StoryRules.DEFAULT;
        return d.toBuilder().threshold(num("story.threshold", d.threshold()))
                .cohesion(num("story.cohesion", d.cohesion()))
                .window(hours("story.windowHours", d.window())).span(hours("story.spanHours", d.span()))
                .keyTermIdf(num("story.keyTermIdf", d.keyTermIdf()))
                .withoutKeyTerm(num("story.withoutKeyTerm", d.withoutKeyTerm()))
                .genericDays((int) num("story.genericDays", d.genericDays()))
                .genericShare(num("story.genericShare", d.genericShare()))
                .genericSpan(hours("story.genericSpanHours", d.genericSpan()))
                .evidenceShare(num("story.evidenceShare", d.evidenceShare()))
                .evidenceWindow(hours("story.evidenceHours", d.evidenceWindow()))
                .evidenceThreshold(num("story.evidenceThreshold", d.evidenceThreshold()))
                .evidenceCohesion(num("story.evidenceCohesion", d.evidenceCohesion()))
                .waiverWindow(hours("story.waiverHours", d.waiverWindow()))
                .waiverCosine(num("story.waiverCosine", d.waiverCosine()))
                .evidenceSameDay(Boolean.parseBoolean(System.getProperty("story.evidenceSameDay",
                        "" + d.evidenceSameDay())))
                .previewsApart(Boolean.parseBoolean(System.getProperty("story.previewsApart", "" + d.previewsApart())))
                .statementGap(hours("story.statementHours", d.statementGap()))
                .recurringGap(hours("story.recurringHours", d.recurringGap()))
                .subjectCosine(num("story.subjectCosine", d.subjectCosine()))
                .headlineKeys((int) num("story.headlineKeys", d.headlineKeys()))
                .headlineWindow(hours("story.headlineHours", d.headlineWindow()))
                .headlineThreshold(num("story.headlineThreshold", d.headlineThreshold()))
                .closeCosine(num("story.closeCosine", d.closeCosine()))
                .closeCohesion(num("story.closeCohesion", d.closeCohesion()))
                .foldNames(Boolean.parseBoolean(System.getProperty("story.foldNames", "" + d.foldNames())))
                .copiesOnStoryDays(Boolean.parseBoolean(System.getProperty("story.copiesOnStoryDays",
                        "" + d.copiesOnStoryDays())))
                .frames(StoryRules.Frames.valueOf(System.getProperty("story.frames", d.frames().name())))
                .unframedOnSimilarity(Boolean.parseBoolean(System.getProperty("story.unframedOnSimilarity",
                        "" + d.unframedOnSimilarity())))
                .sportActs(Boolean.parseBoolean(System.getProperty("story.sportActs", "" + d.sportActs())))
                .unknownThreshold(num("story.unknownThreshold", d.unknownThreshold()))
                .memberActs(Boolean.parseBoolean(System.getProperty("story.memberActs", "" + d.memberActs())))
                .leadActs(Boolean.parseBoolean(System.getProperty("story.leadActs", "" + d.leadActs())))
                .leadQuotes(Boolean.parseBoolean(System.getProperty("story.leadQuotes", "" + d.leadQuotes())))
                .storyLeadActs(Boolean.parseBoolean(System.getProperty("story.storyLeadActs",
                        "" + d.storyLeadActs())))
                .otherSenses(Boolean.parseBoolean(System.getProperty("story.otherSenses", "" + d.otherSenses())))
                .happeningFirst(Boolean.parseBoolean(System.getProperty("story.happeningFirst",
                        "" + d.happeningFirst())))
                .build();
    }

    /** A duration set in hours by a system property (fractions allowed), else the given one. */
    private static java.time.Duration hours(String property, java.time.Duration fallback) {
        return java.time.Duration.ofMinutes((long) (60 * num(property, fallback.toMinutes() / 60.0)));
    }

    private static double num(String property, double fallback) {
        return Double.parseDouble(System.getProperty(property, String.valueOf(fallback)));
    }

    private static Map<String, String> heldOutFlags() {
        Map<String, String> flags = new HashMap<>(Map.of("--held-out", "heldout", "--held-out-2",
                FreshPairSampler.SPLIT));
        for (HeldOutSample sample : HeldOutSample.ALL) {
            flags.put(sample.flag(), sample.design().split());
            if (sample.relabelledFlag() != null) {
                flags.put(sample.relabelledFlag(), sample.relabelledSplit());
            }
        }
        return Map.copyOf(flags);
    }

    /**
     * Every member of the {@code n} largest stories (largest first, ties by story id), each in time order with its
     * minute, outlet, id and headline: what a reader needs to judge a story one event or a topic member by member
     * (issue 20's closing note), and, with a large {@code n}, every story decision of the run in a form two runs can
     * be compared by.
     */
    private static void printMembers(List<Article> articles, Map<String, ArticleFeatures> feats,
                                     Map<String, Enrichment> out, List<Story> stories, int n) {
        if (n <= 0) {
            return;
        }
        Map<String, List<Article>> byStory = new HashMap<>();
        for (Article a : articles) {
            byStory.computeIfAbsent(out.get(a.id()).story(), x -> new ArrayList<>()).add(a);
        }
        stories.stream().filter(s -> s.articles() > 1)
                .sorted(Comparator.comparingInt(Story::articles).reversed().thenComparing(Story::id)).limit(n)
                .forEach(s -> {
                    List<Article> m = new ArrayList<>(byStory.get(s.id()));
                    m.sort(Comparator.comparingLong((Article a) -> feats.get(a.id()).time())
                            .thenComparing(Article::id));
                    System.out.println("  === members " + s.id() + " (" + m.size() + ")");
                    for (Article a : m) {
                        System.out.println("      " + Instant.ofEpochSecond(feats.get(a.id()).time()).toString()
                                .substring(0, 16) + " " + a.source() + " " + a.id() + ": " + a.title());
                    }
                });
    }

    /**
     * The join gate of a file written by {@code JoinGateBench --write}.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or is not a gate
     */
    static JoinGate gate(Path file) {
        try {
            return JoinGate.read(Files.readString(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the join gate " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /** The enricher whose stories the bench scores: the rules asked for, joined through the gate when one is given. */
    static Enricher scored(JoinGate gate) {
        return new Enricher(rules(), storyRules(), gate);
    }

    private static void quality(List<Article> articles, Path pairsFile, int show, int listed,
                                Set<String> heldOut, List<String> diagnose, JoinGate gate)
            throws IOException {
        Enricher e = scored(gate);
        List<StoryPairs.Pair> diagnosed = StoryDiagnosis.pairsOf(diagnose);
        Map<String, List<StoryPairs.Pair>> laterOf = StoryDiagnosis.byLaterArticle(diagnosed, articles);
        Map<String, Map<StoryPairs.Pair, String>> standings = new HashMap<>();
        Map<String, ArticleFeatures> feats = new HashMap<>();
        Map<String, Enrichment> out = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        // Features depend on the article alone: found on every core. The baseline's pass (the rules before) reads
        // the same features into an Enricher of its own, so it runs on a second thread beside this one's pass; its
        // lines are printed after this pass's, as before (the stories part is the longest serial stretch of
        // bench/run --quick).
        List<ArticleFeatures> inOrder = articles.parallelStream().map(a -> ArticleFeatures.of(a, Instant.EPOCH))
                .toList();
        Enricher before = new Enricher(rules(), StoryRules.TOPICAL);
        Map<String, Enrichment> beforeOut = new HashMap<>(); // filled by the second thread, read after get()
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> baseline = second.submit(() -> {
            for (ArticleFeatures f : inOrder) {
                beforeOut.put(f.id(), before.enrich(f));
            }
        });
        second.shutdown();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            byId.put(a.id(), a);
            ArticleFeatures f = inOrder.get(i);
            feats.put(a.id(), f);
            if (!diagnose.isEmpty()) {
                standings.put(a.id(), StoryDiagnosis.standings(a.id(), f, laterOf, out, e.clusterer()));
            }
            Enrichment r = e.enrich(f);
            out.put(a.id(), r);
        }
        // Groups of copies: an original with everything that points at it (repoints included).
        Map<String, String> root = new HashMap<>();
        for (Enrichment r : out.values()) {
            root.put(r.id(), e.duplicates().originalOf(r.id()) == null ? r.id() : e.duplicates().originalOf(r.id()));
        }
        Set<String> predicted = new HashSet<>();
        Map<String, List<String>> groups = new HashMap<>();
        root.forEach((id, r) -> groups.computeIfAbsent(r, x -> new ArrayList<>()).add(id));
        for (List<String> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    predicted.add(key(g.get(i), g.get(j)));
                }
            }
        }
        List<String[]> silver = new ArrayList<>();
        for (String line : Files.readAllLines(pairsFile)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("jaccard_4gram")) {
                continue;
            }
            silver.add(f);
        }
        Set<String> silverKeys = new HashSet<>();
        for (String[] f : silver) {
            silverKeys.add(key(f[3], f[5]));
        }
        long tp = predicted.stream().filter(silverKeys::contains).count();
        System.out.println("rules scored: " + rules() + "; " + storyRules() + (gate == null ? "" : "; " + gate));
        System.out.printf(Locale.ROOT, "near-duplicates on ANT 2018-04: %d articles, %d silver pairs, %d predicted pairs%n",
                articles.size(), silverKeys.size(), predicted.size());
        System.out.printf(Locale.ROOT, "  all silver pairs: precision %.3f recall %.3f%n",
                (double) tp / Math.max(1, predicted.size()), (double) tp / Math.max(1, silverKeys.size()));
        double[][] bands = {{0.9, 1.01}, {0.7, 0.9}, {0.5, 0.7}, {0.3, 0.5}, {0.0, 0.3}};
        for (double[] b : bands) {
            int n = 0;
            int hit = 0;
            for (String[] f : silver) {
                double j = Double.parseDouble(f[0]);
                if (j >= b[0] && j < b[1]) {
                    n++;
                    if (predicted.contains(key(f[3], f[5]))) {
                        hit++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  silver jaccard_4gram in [%.1f, %.1f): %d pairs, recall %.3f%n",
                    b[0], Math.min(1, b[1]), n, (double) hit / Math.max(1, n));
        }
        Set<String> strong = new HashSet<>();
        for (String[] f : silver) {
            if (Double.parseDouble(f[0]) >= 0.5 || Double.parseDouble(f[1]) >= 0.9) {
                strong.add(key(f[3], f[5]));
            }
        }
        long tpStrong = predicted.stream().filter(strong::contains).count();
        System.out.printf(Locale.ROOT,
                "  strong silver pairs (jaccard >= 0.5 or containment >= 0.9): %d; precision %.3f recall %.3f%n",
                strong.size(), (double) tpStrong / Math.max(1, predicted.size()),
                (double) tpStrong / Math.max(1, strong.size()));
        Set<String> weak = new HashSet<>(silverKeys);
        weak.removeAll(strong);
        long tpWeak = predicted.stream().filter(weak::contains).count();
        System.out.printf(Locale.ROOT, "  weak silver pairs (the rest): %d; recall %.3f%n", weak.size(),
                (double) tpWeak / Math.max(1, weak.size()));
        // Stories.
        int sameStory = 0;
        int cross = 0;
        for (String[] f : silver) {
            if (f[2].equals("cross_outlet")) {
                cross++;
                if (out.get(f[3]).story().equals(out.get(f[5]).story())) {
                    sameStory++;
                }
            }
        }
        List<Story> stories = e.clusterer().all();
        storyPairs(articles, feats, out, stories, heldOut, "");
        // The baseline, measured the same way on the same input: the rules before stories were told from topics.
        try {
            baseline.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the baseline's stories were made", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException("the baseline's stories failed: " + ex.getCause(), ex.getCause());
        }
        storyPairs(articles, feats, beforeOut, before.clusterer().all(), heldOut, BEFORE);
        for (String split : diagnose) {
            StoryDiagnosis.print(diagnosed, split, byId, feats, out, beforeOut, standings);
            StoryDiagnosis.evidence(diagnosed, split, articles, feats);
        }
        TreeMap<Integer, Integer> dist = new TreeMap<>();
        int multiOutlet = 0;
        for (Story s : stories) {
            int b = s.articles() >= 20 ? 20 : s.articles() >= 10 ? 10 : s.articles() >= 5 ? 5 : s.articles();
            dist.merge(b, 1, Integer::sum);
            if (s.outlets().size() > 1) {
                multiOutlet++;
            }
        }
        System.out.printf(Locale.ROOT, "stories: %d for %d articles; %d carried by 2+ outlets; sizes %s"
                + " (1,2,3,4 exact; 5 = 5-9, 10 = 10-19, 20 = 20+)%n", stories.size(), articles.size(), multiOutlet, dist);
        System.out.printf(Locale.ROOT, "  cross-outlet silver pairs in the same story: %d of %d (%.3f)%n",
                sameStory, cross, (double) sameStory / Math.max(1, cross));
        stories.stream().sorted(Comparator.comparingInt(Story::articles).reversed()).limit(12).forEach(s ->
                System.out.printf(Locale.ROOT, "  story %s: %d articles, %d outlets, %s .. %s: %s%n", s.id(),
                        s.articles(), s.outlets().size(), s.firstSeen(), s.lastSeen(), s.title()));
        if (show > 0) {
            // The largest stories' headlines (at most 12 each, spread over the story), to judge event or topic.
            Map<String, List<String>> heads = new HashMap<>();
            for (Article a : articles) {
                heads.computeIfAbsent(out.get(a.id()).story(), x -> new ArrayList<>())
                        .add(java.time.Instant.ofEpochSecond(feats.get(a.id()).time()).toString().substring(0, 10)
                                + " " + a.source() + ": " + a.title());
            }
            stories.stream().sorted(Comparator.comparingInt(Story::articles).reversed()).limit(10).forEach(s -> {
                List<String> m = heads.get(s.id());
                System.out.println("  --- largest " + s.id() + " (" + m.size() + ")");
                int step = Math.max(1, m.size() / 12);
                for (int i = 0; i < m.size(); i += step) {
                    System.out.println("      " + m.get(i));
                }
            });
        }
        printMembers(articles, feats, out, stories, listed);
        if (show > 0) {
            Map<String, List<String>> members = new TreeMap<>();
            for (Article a : articles) {
                members.computeIfAbsent(out.get(a.id()).story(), x -> new ArrayList<>())
                        .add(a.source() + ": " + a.title());
            }
            List<List<String>> multi = new ArrayList<>(members.values().stream().filter(m -> m.size() > 1).toList());
            java.util.Collections.shuffle(multi, new Random(11));
            System.out.println("sample of stories with 2+ articles:");
            for (List<String> m : multi.subList(0, Math.min(show, multi.size()))) {
                System.out.println("  --- " + m.size() + " articles");
                m.stream().limit(6).forEach(t -> System.out.println("      " + t));
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        List<String[]> missed = silver.stream().filter(f -> !predicted.contains(key(f[3], f[5]))).toList();
        for (String[] f : missed) {
            ArticleFeatures a = feats.get(f[3]);
            ArticleFeatures b = feats.get(f[5]);
            NearDuplicateIndex.PairCheck c = a.time() >= b.time() ? NearDuplicateIndex.explain(rules(), a, b)
                    : NearDuplicateIndex.explain(rules(), b, a);
            boolean similar = c.jaccard() >= rules().jaccard() || c.containment() >= rules().containment()
                    && c.lengthRatio() >= rules().lengthRatio();
            reasons.merge(c.copy() ? "copy by pair (missed by LSH or grouping)" : !similar
                    ? "below similarity thresholds" : c.differentFigures()
                    ? "refused: different figures" : c.missingAnchor() ? "refused: missing headline word"
                    : "?", 1, Integer::sum);
            if (similar && !c.copy() && show > 0) {
                System.out.printf(Locale.ROOT, "  refused: j=%.2f c=%.2f r=%.2f fig=%s anchor=%s %s %s | %s | %s%n",
                        c.jaccard(), c.containment(), c.lengthRatio(), c.differentFigures(), c.missingAnchor(),
                        f[3], f[5], f[8], f[9]);
            }
        }
        System.out.println("  silver pairs not predicted, by reason: " + reasons);
        if (show > 0) {
            Random r = new Random(7);
            List<String[]> shuffled = new ArrayList<>(missed);
            java.util.Collections.shuffle(shuffled, r);
            System.out.println("sample of silver pairs not predicted:");
            for (String[] f : shuffled.subList(0, Math.min(show, shuffled.size()))) {
                ArticleFeatures a = feats.get(f[3]);
                ArticleFeatures b = feats.get(f[5]);
                NearDuplicateIndex.PairCheck c = a.time() >= b.time() ? NearDuplicateIndex.explain(rules(), a, b)
                        : NearDuplicateIndex.explain(rules(), b, a);
                System.out.printf(Locale.ROOT, "  silver j=%s c=%s; ours j=%.2f c=%.2f r=%.2f fig=%s anchor=%s %s %s | %s | %s%n",
                        f[0], f[1], c.jaccard(), c.containment(), c.lengthRatio(), c.differentFigures(),
                        c.missingAnchor(), f[3], f[5], f[8], f[9]);
            }
            List<String> extra = new ArrayList<>(predicted.stream().filter(k -> !silverKeys.contains(k)).sorted().toList());
            java.util.Collections.shuffle(extra, r);
            System.out.println("sample of predicted pairs not in silver (" + extra.size() + "):");
            for (int i = 0; i < show && i < extra.size(); i++) {
                String[] k = extra.get(i).split(" ");
                System.out.printf("  %s %s | %s | %s%n", k[0], k[1], byId.get(k[0]).title(), byId.get(k[1]).title());
            }
        }
    }

    /**
     * Pair precision and same-event recall against the hand-labelled pairs (LABELLING.md), and the largest story as
     * a share of the articles. The held-out splits are scored only when asked (once per rule set, at the end).
     */
    /**
     * Joined cross-outlet pairs outside the first sample's universe (farther apart than its time gap, or less similar
     * than its floor and not a low pair the baseline joined), split as the first sample is: {before 16 April (dev),
     * from then on (held-out 1)}. Shared with {@link JoinGateBench} so that both count them the same way.
     */
    static long[] firstSampleOutside(java.util.Collection<List<ArticleFeatures>> stories, ReferenceSimilarity ref,
                                     StoryPairs labels) {
        long[] outside = new long[2];
        for (List<ArticleFeatures> m : stories) {
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    ArticleFeatures a = m.get(i);
                    ArticleFeatures b = m.get(j);
                    if (a.source() == null || a.source().equals(b.source())) {
                        continue;
                    }
                    boolean inside = Math.abs(a.time() - b.time()) <= PairSampler.MAX_GAP
                            && (ref.of(a.id(), b.id()) >= PairSampler.UNIVERSE_FLOOR
                            || labels.baselineJoinedLow(a.id(), b.id()));
                    if (!inside) {
                        outside[Math.min(a.time(), b.time()) < PairSampler.HELD_OUT_FROM ? 0 : 1]++;
                    }
                }
            }
        }
        return outside;
    }

    private static void storyPairs(List<Article> articles, Map<String, ArticleFeatures> feats,
                                   Map<String, Enrichment> out, List<Story> stories, Set<String> asked,
                                   String prefix) {
        // Samples 3 and 4 are pooled with the earlier ones when those are asked for too (below).
        boolean heldOut = asked.contains("heldout");
        boolean heldOut2 = asked.contains(FreshPairSampler.SPLIT);
        boolean heldOut3 = asked.contains(HeldOutSample.THIRD.design().split());
        StoryPairs labels = StoryPairs.load();
        List<ArticleFeatures> fs = articles.stream().map(a -> feats.get(a.id())).toList();
        ReferenceSimilarity ref = new ReferenceSimilarity(fs);
        Map<String, List<ArticleFeatures>> members = new HashMap<>();
        for (ArticleFeatures f : fs) {
            members.computeIfAbsent(out.get(f.id()).story(), k -> new ArrayList<>()).add(f);
        }
        long[] outsideFirst = firstSampleOutside(members.values(), ref, labels);
        long outsideDev = outsideFirst[0];
        long outsideHeld = outsideFirst[1];
        java.util.function.BiPredicate<String, String> joined = (a, b) -> out.get(a).story().equals(out.get(b).story());
        List<StoryPairs.Score> scores = new ArrayList<>();
        scores.add(printScore(prefix, "dev", labels.score("dev", joined, outsideDev)));
        if (heldOut) {
            scores.add(printScore(prefix, "held-out", labels.score("heldout", joined, outsideHeld)));
        }
        if (heldOut2) {
            StoryPairs second = StoryPairs.loadSecond();
            scores.add(printScore(prefix, "held-out 2", second.score(FreshPairSampler.SPLIT, joined,
                    outsideOfSample(members.values(), ref, second))));
        }
        if (scores.size() > 1) {
            // The samples stand for different universes (dev: 1-15 April; both held-out samples: 16-30 April, drawn
            // differently), so their pairs are not pooled: the plain mean of the splits' figures is what tuning on
            // all of them together looks at.
            System.out.printf(Locale.ROOT, "  %sstory pairs, mean of %d splits: pair precision %.3f same-event recall"
                            + " %.3f%n", prefix, scores.size(),
                    scores.stream().mapToDouble(StoryPairs.Score::precision).average().orElse(Double.NaN),
                    scores.stream().mapToDouble(StoryPairs.Score::recall).average().orElse(Double.NaN));
        }
        if (heldOut3) {
            // Scored after the mean of the first three, never in it (its first scoring was the final look of
            // 2026-12-05); since then all four samples are in-sample and also scored pooled.
            StoryPairs third = HeldOutSample.THIRD.load();
            long outside3 = outsideOfSample(members.values(), ref, third);
            printScore(prefix, "held-out 3", third.score(ThirdPairSampler.SPLIT, joined, outside3));
            if (heldOut && heldOut2) {
                // Pooled: dev for 1-15 April, the three held-out samples each at a third for 16-30 April.
                StoryPairs second = StoryPairs.loadSecond();
                long outside2 = outsideOfSample(members.values(), ref, second);
                // In a fixed order, so that the bootstrap draws the same resamples every run.
                Map<StoryPairs, List<String>> samples = new java.util.LinkedHashMap<>();
                samples.put(labels, List.of("dev", "heldout"));
                samples.put(second, List.of(FreshPairSampler.SPLIT));
                samples.put(third, List.of(ThirdPairSampler.SPLIT));
                StoryPairs pooled = StoryPairs.pooled(samples,
                        Map.of("dev", 1.0, "heldout", 1 / 3.0, FreshPairSampler.SPLIT, 1 / 3.0,
                                ThirdPairSampler.SPLIT, 1 / 3.0));
                printScore(prefix, "pooled (dev + held-out 1-3 at 1/3 each)", pooled.score(StoryPairs.POOLED,
                        joined, Math.round(outsideDev + (outsideHeld + outside2 + outside3) / 3.0)));
            }
        }
        if (asked.contains(HeldOutSample.FOURTH.design().split())) {
            // Also apart from the mean: the final look at issue 20 (whole month, so its own range of days).
            StoryPairs fourth = HeldOutSample.FOURTH.load();
            ThirdPairSampler.Design d = HeldOutSample.FOURTH.design();
            long outside4 = outsideOfSample(members.values(), ref, fourth, d.from(), d.until());
            printScore(prefix, "held-out 4", fourth.score(d.split(), joined, outside4));
            if (heldOut && heldOut2 && heldOut3) {
                // All five samples pooled (all scored, so in-sample): two estimates of the whole month at half
                // weight each, the first four pooled as above (dev for 1-15 April, held-out 1-3 for 16-30 April)
                // and held-out 4 (drawn from the whole month).
                StoryPairs second = StoryPairs.loadSecond();
                StoryPairs third = HeldOutSample.THIRD.load();
                long outside2 = outsideOfSample(members.values(), ref, second);
                long outside3 = outsideOfSample(members.values(), ref, third);
                Map<StoryPairs, List<String>> samples = new java.util.LinkedHashMap<>();
                samples.put(labels, List.of("dev", "heldout"));
                samples.put(second, List.of(FreshPairSampler.SPLIT));
                samples.put(third, List.of(ThirdPairSampler.SPLIT));
                samples.put(fourth, List.of(d.split()));
                Map<String, Double> scale = Map.of("dev", 0.5, "heldout", 1 / 6.0, FreshPairSampler.SPLIT, 1 / 6.0,
                        ThirdPairSampler.SPLIT, 1 / 6.0, d.split(), 0.5);
                Map<String, Long> outsideBySplit = new java.util.LinkedHashMap<>();
                outsideBySplit.put("dev", outsideDev);
                outsideBySplit.put("heldout", outsideHeld);
                outsideBySplit.put(FreshPairSampler.SPLIT, outside2);
                outsideBySplit.put(ThirdPairSampler.SPLIT, outside3);
                outsideBySplit.put(d.split(), outside4);
                // Leave one sample out: a rule change kept only where it gains on the other four is then judged on
                // the fifth, which it was not chosen on (the per-sample lines above are the left-out figures).
                printPooled(prefix, "pooled five (dev, held-out 1-3, held-out 4)", "pooled without ", samples, scale,
                        outsideBySplit, joined);
            }
        }
        for (HeldOutSample sample : HeldOutSample.ALL) {
            // From the fifth on, each sample is scored on its own (held-out 5 for the final look at issue 20; 6 and 7,
            // which no rule was tuned on when drawn, once by the lead with the frozen rules): drawn with both rule
            // sets' decisions, so its low list holds what either joined, over its own days (the whole month).
            ThirdPairSampler.Design d = sample.design();
            if (sample.number() >= 5 && asked.contains(d.split())) {
                StoryPairs pairs = sample.load();
                long outside = outsideOfSample(members.values(), ref, pairs, d.from(), d.until());
                printScore(prefix, "held-out " + sample.number(), pairs.score(d.split(), joined, outside));
                if (sample.secondReader() != null) {
                    // Read by two readers: the sample's labels are the first's; the second's and the pairs both
                    // labelled alike show how much the figures rest on one reader's close calls.
                    printAgreement(prefix, "held-out " + sample.number() + " readers A and B",
                            sample.readerAgreement());
                    printScore(prefix, "held-out " + sample.number() + " reader B",
                            sample.loadSecondReader().score(d.split(), joined, outside));
                    printScore(prefix, "held-out " + sample.number() + " both readers agree",
                            sample.loadAgreed().score(d.split(), joined, outside));
                }
            }
            if (sample.relabelled() != null && asked.contains(sample.relabelledSplit())) {
                // The same pairs, cells and weights labelled again under later rulings: read beside the sample's own
                // line (ask for both flags), it shows how much of a fall between samples the rulings alone produce.
                StoryPairs today = sample.loadRelabelled();
                long outside = outsideOfSample(members.values(), ref, today, d.from(), d.until());
                String name = "held-out " + sample.number();
                printScore(prefix, name + " relabelled today", today.score(d.split(), joined, outside));
                printAgreement(prefix, name + " first reading and today", sample.relabelAgreement());
                printScore(prefix, name + " both readings agree",
                        sample.loadStableUnderRelabelling().score(d.split(), joined, outside));
            }
        }
        if (heldOut && heldOut2 && heldOut3) {
            // All samples pooled (each scored once, so in-sample since): estimates of the whole month at equal
            // weight, the first four samples pooled as one (dev for 1-15 April, held-out 1-3 for 16-30 April) and
            // each whole-month sample from the fourth on. Pooled six ends at the sixth; pooled seven adds the seventh,
            // pooled eight the eighth, and so on.
            List<HeldOutSample> six = List.of(HeldOutSample.FOURTH, HeldOutSample.FIFTH, HeldOutSample.SIXTH);
            if (six.stream().allMatch(x -> asked.contains(x.design().split()))) {
                printWholeMonthPool(prefix, "six", six, labels, outsideDev, outsideHeld, members.values(), ref,
                        joined);
                // Each later sample asked for adds one pool: seven, eight, ... up to the newest scored.
                List<HeldOutSample> pool = new ArrayList<>(six);
                for (HeldOutSample next : HeldOutSample.ALL.subList(HeldOutSample.ALL.indexOf(HeldOutSample.SEVENTH),
                        HeldOutSample.ALL.size())) {
                    if (!asked.contains(next.design().split())) {
                        break;
                    }
                    pool.add(next);
                    printWholeMonthPool(prefix, POOL_NAMES.get(next.number() - 7), List.copyOf(pool), labels,
                            outsideDev, outsideHeld, members.values(), ref, joined);
                }
            }
        }
        Story largest = stories.stream().max(Comparator.comparingInt(Story::articles)).orElseThrow();
        System.out.printf(Locale.ROOT, "  %slargest story: %d articles, share %.4f of %d articles%n", prefix,
                largest.articles(),
                (double) largest.articles() / articles.size(), articles.size());
    }

    /** The names of the pools from the seventh sample on, as the bench prints them ("pooled seven"). */
    private static final List<String> POOL_NAMES = List.of("seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one",
            "twenty-two", "twenty-three", "twenty-four");

    /** One line: how far two readings of the same pairs agree (share labelled alike, Cohen's kappa). */
    private static void printAgreement(String prefix, String what, LabelAgreement agreement) {
        System.out.printf(Locale.ROOT, "  %sstory pairs %s: %d of %d labelled alike (%.3f), Cohen's kappa %.3f%n",
                prefix, what, agreement.agreed(), agreement.pairs(), agreement.agreement(), agreement.kappa());
    }

    /**
     * Joined cross-outlet pairs of a held-out sample's time range (earlier article on 16-30 April) that lie outside
     * its universe: more than 7 days apart, or below the similarity floor and not on the sample's list of pairs the
     * rules it was drawn against joined there (the second and the third held-out samples are drawn this way, each
     * with its own list).
     */
    static long outsideOfSample(java.util.Collection<List<ArticleFeatures>> stories, ReferenceSimilarity ref,
                                StoryPairs sample) {
        return outsideOfSample(stories, ref, sample, PairSampler.HELD_OUT_FROM, Long.MAX_VALUE);
    }

    /**
     * Joined cross-outlet pairs whose earlier article is in [from, until) (epoch seconds: the days a sample was drawn
     * from) that lie outside the sample's universe, as {@link #outsideOfSample(java.util.Collection,
     * ReferenceSimilarity, StoryPairs)} tells it.
     */
    static long outsideOfSample(java.util.Collection<List<ArticleFeatures>> stories, ReferenceSimilarity ref,
                                StoryPairs sample, long from, long until) {
        long outside = 0;
        for (List<ArticleFeatures> m : stories) {
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    ArticleFeatures a = m.get(i);
                    ArticleFeatures b = m.get(j);
                    long earlier = Math.min(a.time(), b.time());
                    if (a.source() == null || a.source().equals(b.source()) || earlier < from || earlier >= until) {
                        continue;
                    }
                    boolean inside = Math.abs(a.time() - b.time()) <= PairSampler.MAX_GAP
                            && (ref.of(a.id(), b.id()) >= PairSampler.UNIVERSE_FLOOR
                            || sample.baselineJoinedLow(a.id(), b.id()));
                    outside += inside ? 0 : 1;
                }
            }
        }
        return outside;
    }

    /**
     * Prints the pool of the first four samples (as one estimate) and the given whole-month samples, each estimate at
     * an equal share, named "pooled N", then leave-one-split-out pools ("pooled N without S").
     */
    private static void printWholeMonthPool(String prefix, String count, List<HeldOutSample> wholeMonth,
                                            StoryPairs labels, long outsideDev, long outsideHeld,
                                            java.util.Collection<List<ArticleFeatures>> stories,
                                            ReferenceSimilarity ref,
                                            java.util.function.BiPredicate<String, String> joined) {
        double share = 1.0 / (wholeMonth.size() + 1);
        StoryPairs second = StoryPairs.loadSecond();
        StoryPairs third = HeldOutSample.THIRD.load();
        Map<StoryPairs, List<String>> samples = new java.util.LinkedHashMap<>();
        samples.put(labels, List.of("dev", "heldout"));
        samples.put(second, List.of(FreshPairSampler.SPLIT));
        samples.put(third, List.of(ThirdPairSampler.SPLIT));
        Map<String, Double> scale = new HashMap<>(Map.of("dev", share, "heldout", share / 3,
                FreshPairSampler.SPLIT, share / 3, ThirdPairSampler.SPLIT, share / 3));
        Map<String, Long> outsideBySplit = new java.util.LinkedHashMap<>();
        outsideBySplit.put("dev", outsideDev);
        outsideBySplit.put("heldout", outsideHeld);
        outsideBySplit.put(FreshPairSampler.SPLIT, outsideOfSample(stories, ref, second));
        outsideBySplit.put(ThirdPairSampler.SPLIT, outsideOfSample(stories, ref, third));
        StringBuilder numbers = new StringBuilder();
        for (HeldOutSample sample : wholeMonth) {
            ThirdPairSampler.Design d = sample.design();
            StoryPairs pairs = sample.load();
            samples.put(pairs, List.of(d.split()));
            scale.put(d.split(), share);
            outsideBySplit.put(d.split(), outsideOfSample(stories, ref, pairs, d.from(), d.until()));
            numbers.append(numbers.isEmpty() ? "" : ", ").append(sample.number());
        }
        String each = wholeMonth.size() == 3 ? "a quarter" : "1/" + (wholeMonth.size() + 1);
        printPooled(prefix, "pooled " + count + " (dev + held-out 1-3, held-out " + numbers + " at " + each
                + " each)", "pooled " + count + " without ", samples, scale, outsideBySplit, joined);
    }

    /**
     * Prints the samples' pairs pooled at the given scale, then the pool of the others with each split left out in
     * turn (a rule change is kept only where the other samples gain; the left-out sample's own line above is the
     * figure it was not chosen on). Joined pairs outside the samples' universes count at the same scale.
     */
    private static void printPooled(String prefix, String name, String withoutName,
                                    Map<StoryPairs, List<String>> samples, Map<String, Double> scale,
                                    Map<String, Long> outsideBySplit,
                                    java.util.function.BiPredicate<String, String> joined) {
        printScore(prefix, name, StoryPairs.pooled(samples, scale).score(StoryPairs.POOLED, joined,
                Math.round(scaledOutside(outsideBySplit, scale, null))));
        for (String left : outsideBySplit.keySet()) {
            Map<StoryPairs, List<String>> others = new java.util.LinkedHashMap<>();
            samples.forEach((sample, splits) -> {
                List<String> kept = splits.stream().filter(s -> !s.equals(left)).toList();
                if (!kept.isEmpty()) {
                    others.put(sample, kept);
                }
            });
            printScore(prefix, withoutName + left, StoryPairs.pooled(others, scale).score(StoryPairs.POOLED, joined,
                    Math.round(scaledOutside(outsideBySplit, scale, left))));
        }
    }

    /** The joined pairs outside the splits' universes at the pool's scale, one split (or none) left out. */
    private static double scaledOutside(Map<String, Long> outsideBySplit, Map<String, Double> scale, String left) {
        double sum = 0;
        for (Map.Entry<String, Long> o : outsideBySplit.entrySet()) {
            sum += o.getKey().equals(left) ? 0 : o.getValue() * scale.get(o.getKey());
        }
        return sum;
    }

    private static StoryPairs.Score printScore(String prefix, String split, StoryPairs.Score s) {
        System.out.printf(Locale.ROOT, "  %sstory pairs %s: %d labelled, %d joined; pair precision %.3f [%.3f, %.3f]"
                        + " same-event recall %.3f [%.3f, %.3f] topic share of joined %.3f; joined pairs outside the"
                        + " sampled universe %d%n", prefix, split, s.labelled(), s.joinedLabelled(), s.precision(),
                s.precisionLow(), s.precisionHigh(), s.recall(), s.recallLow(), s.recallHigh(), s.topicShare(),
                s.outside());
        return s;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /**
     * Incremental dedup + clustering over n synthetic articles: real articles replayed in time order, each replica
     * shifted by a month per round, with a third of its words replaced from the corpus vocabulary (new texts that
     * keep the corpus's word statistics) or, for one replica in ten, lightly edited (a true near-copy). Stories join
     * through {@code gate}, as the archive's do (null: the rules alone).
     */
    private static void throughput(List<Article> base, int n, JoinGate gate) {
        List<String> vocab = vocabulary(base);
        long heapBefore = usedHeap();
        Enricher e = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, gate);
        Random rnd = new Random(42);
        long featureNanos = 0;
        long enrichNanos = 0;
        int dups = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long perturbNanos = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Article a = base.get(i % base.size());
            int round = i / base.size();
            long p0 = mx.getCurrentThreadCpuTime();
            Article synthetic = round == 0 ? a : perturb(a, round, rnd, vocab);
            long f0 = mx.getCurrentThreadCpuTime();
            perturbNanos += f0 - p0;
            ArticleFeatures f = ArticleFeatures.of(synthetic, Instant.EPOCH);
            long f1 = mx.getCurrentThreadCpuTime();
            Enrichment r = e.enrich(f);
            long f2 = mx.getCurrentThreadCpuTime();
            featureNanos += f1 - f0;
            enrichNanos += f2 - f1;
            if (r.duplicateOf() != null) {
                dups++;
            }
            if ((i + 1) % 100_000 == 0 && i + 1 < n) {
                System.out.printf(Locale.ROOT, "  ... %,d articles: %.0f articles per CPU-second so far; structures"
                        + " %.0f MB%n", i + 1, (i + 1) / ((featureNanos + enrichNanos) / 1e9), e.memoryBytes() / 1e6);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (featureNanos + enrichNanos) / 1e9;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "throughput at %,d articles: %.0f articles per CPU-second (features %.0f µs,"
                        + " dedup+clustering %.0f µs per article, CPU time of the one enriching thread; wall clock"
                        + " %.0f s on a shared machine, synthesis included); %,d copies, %,d stories; heap retained"
                        + " %.0f MB (estimate by structure %.0f MB)%n",
                n, n / cpuSecs, featureNanos / 1e3 / n, enrichNanos / 1e3 / n, secs, dups, e.clusterer().size(),
                (heapAfter - heapBefore) / 1e6, e.memoryBytes() / 1e6);
    }

    /**
     * The baseline for the throughput row, measured the same way on the same input: Lucene alone (stock
     * ArabicAnalyzer, in-memory directory, merges in the indexing thread) indexing the same synthetic articles
     * (regenerated from the same seed), in CPU time of the one thread, synthesis excluded.
     */
    private static void luceneThroughput(List<Article> base, int n) throws IOException {
        List<String> vocab = vocabulary(base);
        Random rnd = new Random(42);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        org.apache.lucene.index.IndexWriterConfig cfg = new org.apache.lucene.index.IndexWriterConfig(
                new org.apache.lucene.analysis.ar.ArabicAnalyzer())
                .setMergeScheduler(new org.apache.lucene.index.SerialMergeScheduler());
        try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir, cfg)) {
            for (int i = 0; i < n; i++) {
                Article a = base.get(i % base.size());
                int round = i / base.size();
                Article synthetic = round == 0 ? a : perturb(a, round, rnd, vocab);
                long c0 = mx.getCurrentThreadCpuTime();
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                d.add(new org.apache.lucene.document.StringField("id", synthetic.id(),
                        org.apache.lucene.document.Field.Store.YES));
                d.add(new org.apache.lucene.document.TextField("title", String.valueOf(synthetic.title()),
                        org.apache.lucene.document.Field.Store.YES));
                d.add(new org.apache.lucene.document.TextField("body", synthetic.bodyText(),
                        org.apache.lucene.document.Field.Store.NO));
                w.addDocument(d);
                cpu += mx.getCurrentThreadCpuTime() - c0;
            }
            long c0 = mx.getCurrentThreadCpuTime();
            w.commit();
            cpu += mx.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf(Locale.ROOT, "lucene baseline at %,d articles: %.0f articles per CPU-second (the same"
                + " articles indexed by Lucene alone: ArabicAnalyzer, in-memory, merges in the one thread)%n", n,
                n / (cpu / 1e9));
    }

    private static List<String> vocabulary(List<Article> base) {
        List<String> vocab = new ArrayList<>();
        for (Article a : base) {
            for (String p : a.body()) {
                for (String w : p.split("\\s+")) {
                    vocab.add(w);
                }
            }
        }
        return vocab;
    }

    private static Article perturb(Article a, int round, Random rnd, List<String> vocab) {
        boolean nearCopy = rnd.nextInt(10) == 0;
        double p = nearCopy ? 0.03 : 0.33;
        List<String> body = new ArrayList<>();
        for (String para : a.body()) {
            String[] ws = para.split("\\s+");
            for (int i = 0; i < ws.length; i++) {
                if (rnd.nextDouble() < p) {
                    ws[i] = vocab.get(rnd.nextInt(vocab.size()));
                }
            }
            body.add(String.join(" ", ws));
        }
        Instant t = Instant.ofEpochSecond(ArticleFeatures.of(a, Instant.EPOCH).time()).plusSeconds(round * 31L * 86400);
        return Article.builder().id(a.id() + "-" + round).title(a.title()).source(a.source())
                .published(t.atOffset(java.time.ZoneOffset.UTC).toString()).body(body).build();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
