package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.marsad.bench.data.EvalData;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.story.HeadlineWords;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * Trains the learned join gate ({@link JoinGate}) on the labelled story pairs and estimates it honestly: each
 * labelled pair's later article is described against the earlier article's story at the moment the clusterer
 * (today's rules) decides it, by the clusterer's own feature code; a weighted L2 logistic regression (the strata
 * weights of the samples) is trained on same event against the rest. Leave one sample out: trained on every scored
 * sample but one ({@link #SAMPLES}: dev, held-out 1 to {@link #NEWEST}), the gate is run through the actual
 * clusterer over the whole corpus and the left-out sample is scored with the bench's pair precision and recall,
 * beside today's rules and the rules before (TOPICAL) in the same run. The left-out samples' figures are also pooled
 * as StoriesBench pools them (each fold's decisions for its own sample's pairs), and the threshold is chosen on these
 * out-of-sample figures.
 *
 * <p>A sample newer than {@link #NEWEST} is never loaded here: it is sealed until the lead scores it.
 *
 * <p>Usage: {@code JoinGateBench [--eval DIR] [--thresholds 0.3,0.4,...] [--lambda L]
 * [--write FILE --threshold T]}. {@code --write} trains on all the samples and writes the gate file
 * (byte-identical for the same articles, labels and settings). {@code -Dstory.cache=FILE} keeps the tagged
 * articles between runs, as for StoriesBench.
 */
public final class JoinGateBench {
    /**
     * The newest sample trained and scored on: every sample up to it is in-sample for tuning (each was scored once
     * and diagnosed since); a newer one is sealed for its one scoring and must never teach the gate.
     */
    static final int NEWEST = 24;
    /** The whole-month samples (the fourth to {@link #NEWEST}), in draw order. */
    static final List<HeldOutSample> WHOLE_MONTH = HeldOutSample.ALL.stream()
            .filter(s -> s.number() >= 4 && s.number() <= NEWEST).toList();
    /** The samples' splits, in the order they were drawn: the first four, then every whole-month sample. */
    static final List<String> SAMPLES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("dev", "heldout", FreshPairSampler.SPLIT, ThirdPairSampler.SPLIT),
            WHOLE_MONTH.stream().map(s -> s.design().split())).toList();
    /** The default L2 penalty (on standardized weights, per unit of example weight). */
    static final double LAMBDA = 0.01;
    /** Where the gate decides (exploration: -Dgate.mode=veto). */
    static final JoinGate.Mode MODE = JoinGate.Mode.valueOf(System.getProperty("gate.mode", "decide")
            .toUpperCase(Locale.ROOT));
    /** The similarity floor below which the gate is not asked (centroid, average link; -Dgate.floor=0.2,0.15). */
    static final double[] FLOOR = java.util.Arrays.stream(System.getProperty("gate.floor", "0.2,0.15").split(","))
            .mapToDouble(Double::parseDouble).toArray();
    /**
     * The features a gate weighs: {@code base} ({@link JoinGate#FEATURES}, the twenty of the gate shipped before the
     * event features), {@code event} (the default: the thirty with {@link JoinGate#EVENT_FEATURES}) or {@code memory}
     * (the thirty-seven, the story's memory of its members too) or {@code kind} (the thirty-nine, the article's kind
     * against the story's too), {@code preview} (all of {@link JoinGate#ALL_FEATURES}, {@code preview_wide_differs}
     * too) or {@code base+preview} (the twenty and {@code preview_wide_differs}, the features between weighing 0);
     * -Dgate.features=base|event|memory|kind|preview|base+preview.
     */
    static final int FEATURE_COUNT = width(System.getProperty("gate.features", "event"));

    /** The number of features a named set weighs: base, event, memory or kind. */
    static int width(String set) {
        return switch (set) {
            case "base" -> JoinGate.WIDTHS.get(0);
            case "event" -> JoinGate.WIDTHS.get(1);
            case "memory" -> JoinGate.WIDTHS.get(2);
            case "kind" -> JoinGate.WIDTHS.get(3);
            case "preview", "base+preview" -> JoinGate.WIDTHS.get(4);
            default -> throw new IllegalArgumentException("-Dgate.features must be base, event, memory, kind, preview"
                    + " or base+preview, not " + set);
        };
    }
    /**
     * Features left out of training (weight 0), e.g. -Dgate.drop=log_members: exploration. Under
     * {@code -Dgate.features=base+preview} (issue 20, branch stories29) every feature between the twenty and
     * {@code preview_wide_differs} is left out too: the shipped twenty and the preview feature alone.
     */
    static final List<String> DROP = dropped(System.getProperty("gate.features", "event"),
            System.getProperty("gate.drop", ""));

    /** The features a named set and a -Dgate.drop list leave out of training ({@link #DROP}). */
    static List<String> dropped(String set, String list) {
        return java.util.stream.Stream.concat(
                java.util.Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isBlank()),
                set.equals("base+preview")
                        ? JoinGate.ALL_FEATURES.subList(JoinGate.WIDTHS.get(0), JoinGate.WIDTHS.get(3)).stream()
                        : java.util.stream.Stream.<String>empty()).distinct().toList();
    }
    /**
     * Training rounds: 1 trains on the features each labelled pair has when today's rules replay the corpus; 2 (the
     * default) then replays the corpus with that first gate and trains again on the features the pairs have in the
     * gate's own replay, where the gate will be used (its stories, not the rules', are what an article meets).
     */
    static final int ROUNDS = Integer.getInteger("gate.rounds", 2);
    /**
     * Hand-set readings switched on in every gate this bench trains and replays (issue 20, branch stories28):
     * {@code -Dgate.switches=unframed_bar,toll_updates} ({@link JoinGate.Switch}); by default the shipped gate's
     * (toll_updates since held-out 22), so the baseline is the shipped setup; {@code -Dgate.switches=} for none. The
     * first round trains on the rules' replay, which no switch touches; every later round and every fold's replay has
     * them on, and a gate written with {@code --write} carries them.
     */
    static final java.util.Set<JoinGate.Switch> SWITCHES = switchesAsked();

    /** The switches -Dgate.switches names; a name no switch has is the caller's mistake: one line, exit 2. */
    private static java.util.Set<JoinGate.Switch> switchesAsked() {
        try {
            return switches(System.getProperty("gate.switches", String.join(",", JoinGate.shipped()
                    .map(g -> g.switches().stream().map(JoinGate.Switch::written).toList())
                    .orElse(java.util.List.of()))));
        } catch (IllegalArgumentException e) {
            System.err.println("join gate bench: " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    /**
     * The switches of a comma-separated list of their written names. A candidate's switch pruned from main (bench
     * README, stories37) is refused with the names there are: its run is repeated from the commit its section names.
     */
    static java.util.Set<JoinGate.Switch> switches(String list) {
        java.util.Set<JoinGate.Switch> on = java.util.EnumSet.noneOf(JoinGate.Switch.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            JoinGate.Switch s = java.util.Arrays.stream(JoinGate.Switch.values())
                    .filter(w -> w.written().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown switch " + name.strip() + " (there are "
                            + java.util.Arrays.stream(JoinGate.Switch.values()).map(JoinGate.Switch::written).toList()
                            + "; a pruned one runs from the commit its bench README section names)"));
            on.add(s);
        }
        return on;
    }
    /** The threshold of the first-round gate whose replay the second round learns from (-Dgate.round1=0.5). */
    static final double ROUND1_THRESHOLD = Double.parseDouble(System.getProperty("gate.round1", "0.5"));
    /** Largest story allowed for the gate to ship on, as a share of the articles (issue 20: 0.5%). */
    static final double LARGEST_SHARE = 0.005;
    /**
     * Boosted trees on top of the logistic model (0, the default: none, a purely logistic gate):
     * {@code -Dgate.trees=N} fits N depth-two trees to what the logistic model leaves
     * ({@link TreeBooster}); {@code -Dgate.treeRate}, {@code -Dgate.treeLeaf} (the least share of the weight in a leaf)
     * and {@code -Dgate.treeL2} tune them; {@code -Dgate.treeBase=prior} starts the trees from the base rate
     * instead of the logistic model (a gate of trees alone).
     */
    static final TreeBooster.Settings TREES = new TreeBooster.Settings(Integer.getInteger("gate.trees", 0),
            Double.parseDouble(System.getProperty("gate.treeRate", "0.1")),
            Double.parseDouble(System.getProperty("gate.treeLeaf", "0.02")),
            Double.parseDouble(System.getProperty("gate.treeL2", "0.001")));
    /** Where the trees start: {@code logistic} (the default) or {@code prior}. */
    static final boolean TREES_ON_PRIOR = System.getProperty("gate.treeBase", "logistic").equals("prior");
    /**
     * The sides of the headline-word block ({@link HeadlineWords#SIDES}) a gate learns, e.g.
     * {@code -Dgate.words=article,story}; none by default (a gate of the dense features alone, trained as before).
     */
    static final List<String> WORD_SIDES = List.of(System.getProperty("gate.words", "").split(",")).stream()
            .filter(x -> !x.isBlank()).peek(x -> {
                if (!HeadlineWords.SIDES.contains(x)) {
                    throw new IllegalArgumentException("-Dgate.words takes sides among " + HeadlineWords.SIDES
                            + ", not " + x);
                }
            }).toList();
    /** A headline word on a side is in the block when at least this many training pairs have it there. */
    static final int WORD_FLOOR = Integer.getInteger("gate.wordFloor", 20);
    /**
     * The L2 penalties the block's weights may take (raw 0/1 features, per unit of example weight); which one is
     * chosen by an inner split of the training samples alone ({@link #WORD_GROUPS}), never on a left-out sample.
     */
    static final double[] WORD_LAMBDAS = java.util.Arrays.stream(System.getProperty("gate.wordLambdas",
            "0.001,0.003,0.01,0.03").split(",")).mapToDouble(Double::parseDouble).toArray();
    /** The inner split: training samples dealt in draw order into this many groups, each left out once. */
    static final int WORD_GROUPS = Integer.getInteger("gate.wordGroups", 3);

    /** Strata weights raised to this power (1: as drawn; exploration only). */
    static final double WEIGHT_POWER = Double.parseDouble(System.getProperty("gate.weightPower", "1"));

    private JoinGateBench() {
    }

    /** A trained gate's model: the logistic part and the trees added to its log-odds (none for a logistic gate). */
    record Fitted(LogisticTrainer.Model logistic, List<JoinGate.Tree> trees, HeadlineWords words) {
        Fitted(LogisticTrainer.Model logistic, List<JoinGate.Tree> trees) {
            this(logistic, trees, HeadlineWords.NONE);
        }

        JoinGate gate(double threshold) {
            return new JoinGate(logistic.weights(), logistic.intercept(), threshold, MODE, FLOOR[0], FLOOR[1], trees,
                    words, SWITCHES);
        }

        double probability(double[] x) {
            return gate(0.5).probability(x);
        }
    }

    /**
     * One labelled example: its sample, pair, features against the earlier article's story, label, and the headline
     * stems of the later article and of the story ({@link HeadlineWords#terms}) for the headline-word block.
     */
    record Example(String sample, StoryPairs.Pair pair, double[] x, boolean event, boolean weighed,
                   List<String> articleTerms, List<String> storyTerms) {
    }

    public static void main(String[] args) throws IOException {
        Path eval = EvalData.locate(Path.of(""), System.getenv("MARSAD_EVAL_DIR"))
                .map(d -> d.dir().resolve("ant-2018-04")).orElse(Path.of("..", "shared", "eval", "ant-2018-04"));
        double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7};
        double lambda = LAMBDA;
        Path write = null;
        double threshold = Double.NaN;
        String screen = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]).resolve("ant-2018-04");
                case "--thresholds" -> thresholds = java.util.Arrays.stream(args[++i].split(","))
                        .mapToDouble(Double::parseDouble).toArray();
                case "--lambda" -> lambda = Double.parseDouble(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--screen" -> screen = args[++i];
                default -> {
                    System.err.println("join gate bench: unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (write != null && Double.isNaN(threshold)) {
            System.err.println("join gate bench: --write needs --threshold (chosen on the out-of-sample figures)");
            System.exit(2);
        }
        Path corpus = eval.resolve("ant_v2.1_2018-04.jsonl.gz");
        if (!Files.isReadable(corpus)) {
            System.out.println("join gate bench: skipped, evaluation data not found at " + eval);
            return;
        }
        List<Article> articles = StoriesBench.withFiguresAndEntities(StoriesBench.inTimeOrder(corpus));
        List<ArticleFeatures> feats = new ArrayList<>();
        for (Article a : articles) {
            feats.add(ArticleFeatures.of(a, Instant.EPOCH));
        }
        Map<String, StoryPairs> samples = samples();
        List<Example> examples = examples(feats, samples, null);
        if (screen != null) {
            screen(examples, screen, lambda, feats);
            return;
        }
        if (write != null) {
            JoinGate gate = trainRounds(feats, samples, examples, null, lambda).gate(threshold);
            Files.writeString(write, gate.write(header(examples, lambda, threshold)), StandardCharsets.UTF_8);
            System.out.println("join gate written to " + write + ": " + gate);
            return;
        }
        System.out.printf(Locale.ROOT, "%d labelled pairs, %d same event; %d weighed by a gate (%d same event); mode %s,"
                        + " floor %s, weight power %s, lambda %s, features %d, dropped %s, rounds %d (round-1 threshold %s),"
                        + " switches %s%n",
                examples.size(), examples.stream().filter(Example::event).count(),
                examples.stream().filter(Example::weighed).count(),
                examples.stream().filter(x -> x.weighed() && x.event()).count(), MODE,
                java.util.Arrays.toString(FLOOR), WEIGHT_POWER, lambda, FEATURE_COUNT, DROP, ROUNDS, ROUND1_THRESHOLD,
                SWITCHES);
        crossValidate(feats, samples, examples, thresholds, lambda);
    }

    /** The scored samples by split, in {@link #SAMPLES} order (dev and held-out 1 share the first file). */
    static Map<String, StoryPairs> samples() {
        Map<String, StoryPairs> out = new LinkedHashMap<>();
        StoryPairs first = StoryPairs.load();
        out.put("dev", first);
        out.put("heldout", first);
        out.put(FreshPairSampler.SPLIT, StoryPairs.loadSecond());
        out.put(ThirdPairSampler.SPLIT, HeldOutSample.THIRD.load());
        for (HeldOutSample s : WHOLE_MONTH) {
            out.put(s.design().split(), s.load());
        }
        return out;
    }

    /**
     * The weight of each split's pairs in the pooled figure, as StoriesBench's "pooled N": the first four samples as
     * one estimate of the month (dev for 1-15 April, held-out 1-3 at a third each for 16-30 April) and each
     * whole-month sample as another, every estimate at an equal share.
     */
    static Map<String, Double> poolScale() {
        double share = 1.0 / (WHOLE_MONTH.size() + 1);
        Map<String, Double> scale = new LinkedHashMap<>();
        scale.put("dev", share);
        scale.put("heldout", share / 3);
        scale.put(FreshPairSampler.SPLIT, share / 3);
        scale.put(ThirdPairSampler.SPLIT, share / 3);
        for (HeldOutSample s : WHOLE_MONTH) {
            scale.put(s.design().split(), share);
        }
        return scale;
    }

    /**
     * The samples' pairs pooled ({@link #poolScale}), scored with each split's own decisions: {@code storyOf} gives,
     * per split, the story of every article in the replay that split is scored on (a fold's replay for the
     * out-of-sample figure, one replay for all splits otherwise), and {@code outside} the joined pairs outside that
     * split's universe in it.
     */
    static StoryPairs.Score pooled(Map<String, StoryPairs> samples, Map<String, Map<String, String>> storyOf,
                                   Map<String, Long> outside) {
        Map<String, Double> scale = poolScale();
        // In StoriesBench's order (one entry per file, its splits), so that the bootstrap draws the same resamples.
        Map<StoryPairs, List<String>> files = new LinkedHashMap<>();
        Map<String, String> splitOf = new HashMap<>();
        double outsideScaled = 0;
        for (String split : SAMPLES) {
            files.computeIfAbsent(samples.get(split), k -> new ArrayList<>()).add(split);
            for (StoryPairs.Pair p : samples.get(split).pairs()) {
                if (p.split().equals(split) && splitOf.put(StoryPairs.key(p.a(), p.b()), split) != null) {
                    throw new IllegalStateException("pair " + StoryPairs.key(p.a(), p.b()) + " is in two samples");
                }
            }
            outsideScaled += outside.get(split) * scale.get(split);
        }
        BiPredicate<String, String> joined = (a, b) -> {
            Map<String, String> s = storyOf.get(splitOf.get(StoryPairs.key(a, b)));
            return s.get(a).equals(s.get(b));
        };
        return StoryPairs.pooled(files, scale).score(StoryPairs.POOLED, joined, Math.round(outsideScaled));
    }

    /**
     * Replays the corpus under today's rules and, as each labelled pair's later article arrives, takes its features
     * against the story of the earlier one (the decision the gate will make).
     */
    static List<Example> examples(List<ArticleFeatures> feats, Map<String, StoryPairs> samples, JoinGate gate) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < feats.size(); i++) {
            rank.put(feats.get(i).id(), i);
        }
        Map<String, List<String[]>> laterOf = new HashMap<>();
        List<StoryPairs.Pair> all = new ArrayList<>();
        List<String> sampleOf = new ArrayList<>();
        for (String name : SAMPLES) {
            for (StoryPairs.Pair p : samples.get(name).pairs()) {
                if (!p.split().equals(name)) {
                    continue;
                }
                String later = rank.get(p.a()) > rank.get(p.b()) ? p.a() : p.b();
                String earlier = later.equals(p.a()) ? p.b() : p.a();
                laterOf.computeIfAbsent(later, k -> new ArrayList<>())
                        .add(new String[] {earlier, String.valueOf(all.size())});
                all.add(p);
                sampleOf.add(name);
            }
        }
        double[][] xs = new double[all.size()][];
        boolean[] weighed = new boolean[all.size()];
        List<List<String>> articleTerms = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
        List<List<String>> storyTerms = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
        Enricher e = new Enricher(StoriesBench.rules(), StoryRules.DEFAULT, gate);
        for (ArticleFeatures f : feats) {
            for (String[] pe : laterOf.getOrDefault(f.id(), List.of())) {
                int i = Integer.parseInt(pe[1]);
                xs[i] = e.clusterer().features(f, e.storyOf(pe[0])).orElseThrow();
                weighed[i] = e.clusterer().mayJoin(f, e.storyOf(pe[0]));
                articleTerms.set(i, HeadlineWords.terms(f.title()));
                storyTerms.set(i, HeadlineWords.terms(e.clusterer().headline(e.storyOf(pe[0])).orElse(null)));
            }
            e.enrich(f);
        }
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(new Example(sampleOf.get(i), all.get(i), xs[i], all.get(i).label() == StoryPairs.Label.EVENT,
                    weighed[i], articleTerms.get(i), storyTerms.get(i)));
        }
        return out;
    }

    /**
     * Trains in {@link #ROUNDS} rounds on every sample but the left-out one (null: all): the first on the rules'
     * replay, each further one on the replay of the gate the round before trained (at {@link #ROUND1_THRESHOLD}),
     * so that the gate learns from the decisions it will itself be asked. The left-out sample's pairs are never
     * trained on in any round.
     */
    static Fitted trainRounds(List<ArticleFeatures> feats, Map<String, StoryPairs> samples,
                              List<Example> rulesExamples, String leftOut, double lambda) {
        Fitted m = train(rulesExamples, leftOut, lambda);
        for (int round = 2; round <= ROUNDS; round++) {
            m = train(examples(feats, samples, m.gate(ROUND1_THRESHOLD)), leftOut, lambda);
        }
        return m;
    }

    /**
     * Trains on every example but those of the left-out sample (null: all). Each sample's strata weights are scaled
     * to sum to its number of pairs, so that a sample counts by its size whatever universe it was drawn from.
     */
    static Fitted train(List<Example> examples, String leftOut, double lambda) {
        return train(examples, leftOut, lambda, FEATURE_COUNT, DROP, TREES);
    }

    /** As {@link #train(List, String, double)}, on the first {@code features} features less those dropped. */
    static Fitted train(List<Example> examples, String leftOut, double lambda, int features, List<String> drop,
                        TreeBooster.Settings trees) {
        // Only the decisions the gate will be asked about: a story close enough for the rules' loosest bar (and, as
        // a veto, one the rules let the article join).
        List<Example> in = examples.stream().filter(x -> !x.sample().equals(leftOut) && x.weighed()
                && (MODE == JoinGate.Mode.DECIDE ? x.x()[0] >= FLOOR[0] && x.x()[1] >= FLOOR[1]
                : x.x()[JoinGate.FEATURES.indexOf("rules_pass")] > 0)).toList();
        Map<String, Double> total = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Example x : in) {
            total.merge(x.sample(), Math.pow(x.pair().weight(), WEIGHT_POWER), Double::sum);
            count.merge(x.sample(), 1, Integer::sum);
        }
        double[][] xs = new double[in.size()][];
        boolean[] ys = new boolean[in.size()];
        double[] ws = new double[in.size()];
        for (int i = 0; i < in.size(); i++) {
            Example x = in.get(i);
            xs[i] = java.util.Arrays.copyOf(x.x(), features);
            for (String d : drop) {
                xs[i][JoinGate.ALL_FEATURES.indexOf(d)] = 0;
            }
            ys[i] = x.event();
            ws[i] = Math.pow(x.pair().weight(), WEIGHT_POWER) * count.get(x.sample()) / total.get(x.sample());
        }
        if (!WORD_SIDES.isEmpty() && trees.trees() == 0) {
            return trainWords(in, xs, ys, ws, lambda);
        }
        LogisticTrainer.Model logistic;
        if (TREES_ON_PRIOR && trees.trees() > 0) {
            double pos = 0;
            double all = 0;
            for (int i = 0; i < ws.length; i++) {
                pos += ys[i] ? ws[i] : 0;
                all += ws[i];
            }
            logistic = new LogisticTrainer.Model(new double[features], JoinGate.written(Math.log(pos / (all - pos))));
        } else {
            logistic = new LogisticTrainer(lambda).fit(xs, ys, ws);
        }
        if (trees.trees() == 0) {
            return new Fitted(logistic, List.of());
        }
        double[] base = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, logistic.probability(xs[i])));
            base[i] = Math.log(p / (1 - p));
        }
        return new Fitted(logistic, new TreeBooster(trees).fit(xs, ys, ws, base));
    }

    /**
     * Trains the dense features and the headline-word block ({@link #WORD_SIDES}) jointly. The block's vocabulary is
     * every stem on a learned side in at least {@link #WORD_FLOOR} of these (training) pairs; its penalty is the one
     * of {@link #WORD_LAMBDAS} with the least weighted log loss over an inner split of these pairs' samples (dealt
     * in draw order into {@link #WORD_GROUPS} groups, each fitted on the others and scored), then the model is fitted
     * on all of them. The dense features keep their penalty {@code lambda}.
     */
    static Fitted trainWords(List<Example> in, double[][] xs, boolean[] ys, double[] ws, double lambda) {
        Map<String, Integer> seen = new HashMap<>();
        for (Example x : in) {
            HeadlineWords.forEach(x.articleTerms(), x.storyTerms(), (side, term) -> {
                if (WORD_SIDES.contains(side)) {
                    seen.merge(side + "\t" + term, 1, Integer::sum);
                }
            });
        }
        List<String> vocabulary = seen.entrySet().stream().filter(v -> v.getValue() >= WORD_FLOOR)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> at = new HashMap<>();
        for (String v : vocabulary) {
            at.put(v, at.size());
        }
        int[][] active = new int[in.size()][];
        for (int i = 0; i < in.size(); i++) {
            List<Integer> on = new ArrayList<>();
            HeadlineWords.forEach(in.get(i).articleTerms(), in.get(i).storyTerms(), (side, term) -> {
                Integer k = at.get(side + "\t" + term);
                if (k != null) {
                    on.add(k);
                }
            });
            active[i] = on.stream().mapToInt(Integer::intValue).toArray();
        }
        List<String> trained = SAMPLES.stream().filter(s -> in.stream().anyMatch(x -> x.sample().equals(s))).toList();
        int[] group = new int[in.size()];
        for (int i = 0; i < in.size(); i++) {
            group[i] = trained.indexOf(in.get(i).sample()) % WORD_GROUPS;
        }
        double best = Double.NaN;
        double bestLoss = Double.POSITIVE_INFINITY;
        StringBuilder losses = new StringBuilder();
        for (double l : WORD_LAMBDAS) {
            double loss = 0;
            for (int g = 0; g < WORD_GROUPS; g++) {
                final int gg = g;
                int[] fit = java.util.stream.IntStream.range(0, in.size()).filter(i -> group[i] != gg).toArray();
                WordBlockTrainer.Model m = new WordBlockTrainer(lambda, l).fit(pick(xs, fit), pick(active, fit),
                        vocabulary.size(), pickBools(ys, fit), pickDoubles(ws, fit));
                for (int i = 0; i < in.size(); i++) {
                    if (group[i] == g) {
                        double z = m.logOdds(xs[i], active[i]);
                        double mz = ys[i] ? -z : z;
                        loss += ws[i] * (mz > 0 ? mz + Math.log1p(Math.exp(-mz)) : Math.log1p(Math.exp(mz)));
                    }
                }
            }
            losses.append(String.format(Locale.ROOT, " %s: %.5f", l, loss / java.util.Arrays.stream(ws).sum()));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = l;
            }
        }
        WordBlockTrainer.Model m = new WordBlockTrainer(lambda, best).fit(xs, active, vocabulary.size(), ys, ws);
        Map<String, Map<String, Double>> words = new HashMap<>();
        for (int k = 0; k < vocabulary.size(); k++) {
            String[] st = vocabulary.get(k).split("\t");
            words.computeIfAbsent(st[0], x -> new HashMap<>()).put(st[1], m.words()[k]);
        }
        System.out.printf(Locale.ROOT, "    words: %d in the block (sides %s, floor %d); inner log loss%s; lambda %s%n",
                vocabulary.size(), WORD_SIDES, WORD_FLOOR, losses, best);
        return new Fitted(new LogisticTrainer.Model(m.weights(), m.intercept()), List.of(), new HeadlineWords(words));
    }

    private static double[][] pick(double[][] a, int[] at) {
        return java.util.Arrays.stream(at).mapToObj(i -> a[i]).toArray(double[][]::new);
    }

    private static int[][] pick(int[][] a, int[] at) {
        return java.util.Arrays.stream(at).mapToObj(i -> a[i]).toArray(int[][]::new);
    }

    private static boolean[] pickBools(boolean[] a, int[] at) {
        boolean[] out = new boolean[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = a[at[i]];
        }
        return out;
    }

    private static double[] pickDoubles(double[] a, int[] at) {
        return java.util.Arrays.stream(at).mapToDouble(i -> a[i]).toArray();
    }

    /**
     * A quick look at feature sets before the replays: leave one sample out on the labelled pairs alone (one training
     * round, on the rules' replay; no clustering), each left-out sample's weighed pairs above the floor scored by its
     * fold's model. Prints per set the out-of-fold weighted log loss and, at a few thresholds, the pair-level share of
     * same-event pairs among those admitted and of same-event pairs admitted (strata weights, each sample scaled to its
     * size). Not the bench's figure (no story is formed): only to choose which sets deserve the replays.
     *
     * @param sets {@code name=base|event[-feature+feature...][@lambda][#trees[/rate[/leaf share]]];...}
     */
    private static void screen(List<Example> examples, String sets, double lambda, List<ArticleFeatures> feats) {
        Map<String, ArticleFeatures> byId = new HashMap<>();
        feats.forEach(f -> byId.put(f.id(), f));
        for (String set : sets.split(";")) {
            String[] nv = set.split("=", 2);
            String[] specTrees = nv[1].split("#");
            TreeBooster.Settings trees = TREES;
            if (specTrees.length > 1) {
                String[] t = specTrees[1].split("/");
                trees = new TreeBooster.Settings(Integer.parseInt(t[0]),
                        t.length > 1 ? Double.parseDouble(t[1]) : TREES.rate(),
                        t.length > 2 ? Double.parseDouble(t[2]) : TREES.minLeaf(), TREES.l2());
            }
            String[] specLambda = specTrees[0].split("@");
            double setLambda = specLambda.length > 1 ? Double.parseDouble(specLambda[1]) : lambda;
            String[] parts = specLambda[0].split("-");
            int count = width(parts[0]);
            List<String> drop = parts.length > 1 ? List.of(parts[1].split("\\+")) : List.of();
            double[] ts = {0.4, 0.5, 0.54, 0.6, 0.7};
            double[] tp = new double[ts.length];
            double[] fp = new double[ts.length];
            double pos = 0;
            double loss = 0;
            double total = 0;
            for (String fold : SAMPLES) {
                Fitted m = train(examples, fold, setLambda, count, drop, trees);
                List<Example> out = examples.stream().filter(x -> x.sample().equals(fold) && x.weighed()
                        && x.x()[0] >= FLOOR[0] && x.x()[1] >= FLOOR[1]).toList();
                double sum = out.stream().mapToDouble(x -> x.pair().weight()).sum();
                for (Example x : out) {
                    double w = x.pair().weight() * out.size() / sum;
                    double[] z = java.util.Arrays.copyOf(x.x(), count);
                    for (String d : drop) {
                        z[JoinGate.ALL_FEATURES.indexOf(d)] = 0;
                    }
                    double p = Math.min(1 - 1e-9, Math.max(1e-9, m.probability(z)));
                    loss -= w * Math.log(x.event() ? p : 1 - p);
                    if (Boolean.getBoolean("gate.diagnose") && (p >= 0.54) != x.event()) {
                        ArticleFeatures a = byId.get(x.pair().a());
                        ArticleFeatures b = byId.get(x.pair().b());
                        StringBuilder on = new StringBuilder();
                        for (int k = 0; k < x.x().length; k++) {
                            if (x.x()[k] != 0) {
                                on.append(String.format(Locale.ROOT, " %s=%.2f", JoinGate.ALL_FEATURES.get(k), x.x()[k]));
                            }
                        }
                        System.out.printf(Locale.ROOT, "diagnose %s %s %s w=%.1f p=%.2f h=%.0f | %s | %s |%s%n", nv[0],
                                x.event() ? "MISSED" : "WRONG", x.pair().label(), w, p,
                                Math.abs(a.time() - b.time()) / 3600.0, a.title(), b.title(), on);
                    }
                    total += w;
                    pos += x.event() ? w : 0;
                    for (int k = 0; k < ts.length; k++) {
                        if (p >= ts[k]) {
                            if (x.event()) {
                                tp[k] += w;
                            } else {
                                fp[k] += w;
                            }
                        }
                    }
                }
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "screen %s: log loss %.4f;", nv[0],
                    loss / total));
            for (int k = 0; k < ts.length; k++) {
                b.append(String.format(Locale.ROOT, " %.2f: %.3f / %.3f;", ts[k], tp[k] / (tp[k] + fp[k]),
                        tp[k] / pos));
            }
            System.out.println(b);
        }
    }

    /** The figures of one run on every sample: per split, and pooled. */
    record Figures(Map<String, StoryPairs.Score> bySplit, StoryPairs.Score pooled, int largest) {
        double meanPrecision() {
            return bySplit.values().stream().mapToDouble(StoryPairs.Score::precision).average().orElse(Double.NaN);
        }

        double meanRecall() {
            return bySplit.values().stream().mapToDouble(StoryPairs.Score::recall).average().orElse(Double.NaN);
        }
    }

    /** One replay scored on every sample (in-sample for whatever was tuned on them). */
    private static Figures scoreRun(Result r, List<ArticleFeatures> feats, Map<String, StoryPairs> samples,
                                    ReferenceSimilarity ref, String name) {
        Map<String, StoryPairs.Score> bySplit = new LinkedHashMap<>();
        Map<String, Map<String, String>> storyOf = new HashMap<>();
        Map<String, Long> outside = new HashMap<>();
        for (String s : SAMPLES) {
            StoryPairs.Score score = score(s, samples.get(s), r.out(), feats, ref);
            bySplit.put(s, score);
            storyOf.put(s, r.out());
            outside.put(s, score.outside());
            System.out.printf(Locale.ROOT, "%s, %s: %s; largest story %d%n", name, s, brief(score), r.largest());
        }
        StoryPairs.Score pooled = pooled(samples, storyOf, outside);
        System.out.printf(Locale.ROOT, "%s, pooled: %s; largest story %d%n", name, brief(pooled), r.largest());
        return new Figures(bySplit, pooled, r.largest());
    }

    private static void crossValidate(List<ArticleFeatures> feats, Map<String, StoryPairs> samples,
                                      List<Example> examples, double[] thresholds, double lambda) {
        ReferenceSimilarity ref = new ReferenceSimilarity(feats);
        Figures rules = scoreRun(run(feats, StoryRules.DEFAULT, null), feats, samples, ref, "today's rules");
        Figures topical = scoreRun(run(feats, StoryRules.TOPICAL, null), feats, samples, ref, "before (TOPICAL)");
        // The gate the archive ships, in the same run: in-sample for every sample it was trained on.
        JoinGate.shipped().ifPresent(g -> scoreRun(run(feats, StoryRules.DEFAULT, g), feats, samples, ref,
                "shipped gate (in-sample for its training samples)"));
        // Per threshold: each fold's out-of-sample score of its left-out sample, the stories of that fold's replay
        // (for the pool), its outside count and its largest story.
        Map<Double, Map<String, StoryPairs.Score>> gated = new LinkedHashMap<>();
        Map<Double, Map<String, Map<String, String>>> storyOf = new LinkedHashMap<>();
        Map<Double, Map<String, Long>> outside = new LinkedHashMap<>();
        Map<Double, Map<String, Integer>> largest = new LinkedHashMap<>();
        for (String fold : SAMPLES) {
            Fitted m = trainRounds(feats, samples, examples, fold, lambda);
            System.out.printf(Locale.ROOT, "gate trained without %s: intercept %.3f weights %s; %d trees%n", fold,
                    m.logistic().intercept(), named(m.logistic().weights()), m.trees().size());
            if (!m.words().isEmpty()) {
                System.out.println("    words, most negative / most positive: " + extremes(m.words(), 12));
            }
            for (double t : thresholds) {
                JoinGate gate = m.gate(t);
                Result r = run(feats, StoryRules.DEFAULT, gate);
                StoryPairs.Score s = score(fold, samples.get(fold), r.out(), feats, ref);
                gated.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(fold, s);
                storyOf.computeIfAbsent(t, k -> new HashMap<>()).put(fold, r.out());
                outside.computeIfAbsent(t, k -> new HashMap<>()).put(fold, s.outside());
                largest.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(fold, r.largest());
                System.out.printf(Locale.ROOT, "  threshold %.2f, %s (out of sample): %s; largest story %d%n", t,
                        fold, brief(s), r.largest());
                risingTolls(examples, fold, r, feats);
                if (Boolean.getBoolean("gate.census")) {
                    WrongJoins.print(fold, samples.get(fold), s, poolScale().get(fold), r, examples, feats, ref, gate);
                }
                if (Boolean.getBoolean("gate.missed")) {
                    missed(examples, fold, r, feats, gate, t);
                }
                if (Boolean.getBoolean("gate.pieces")) {
                    NoHappeningPairs.print(fold, samples.get(fold), s, poolScale().get(fold), r, feats);
                }
                if (Boolean.getBoolean("gate.frames")) {
                    FrameConflicts.print(fold, samples.get(fold), r, FrameConflicts.byId(feats), poolScale().get(fold));
                }
                if (Boolean.getBoolean("gate.diagnose")) {
                    examples.stream().filter(x -> x.sample().equals(fold) && !x.event()
                                    && r.out().get(x.pair().a()).equals(r.out().get(x.pair().b())))
                            .sorted(java.util.Comparator.comparingDouble((Example x) -> x.pair().weight()).reversed())
                            .limit(4).forEach(x -> System.out.printf(Locale.ROOT,
                                    "      joined %s w=%.1f p=%.2f | %s | %s%n", x.pair().label(), x.pair().weight(),
                                    gate.probability(x.x()), title(feats, x.pair().a()), title(feats, x.pair().b())));
                }
            }
        }
        Map<Double, Figures> gates = new LinkedHashMap<>();
        for (double t : gated.keySet()) {
            StoryPairs.Score p = pooled(samples, storyOf.get(t), outside.get(t));
            int big = largest.get(t).values().stream().mapToInt(Integer::intValue).max().orElse(0);
            gates.put(t, new Figures(gated.get(t), p, big));
            System.out.printf(Locale.ROOT, "gate %.2f, pooled out of sample: %s; largest story of any fold %d%n", t,
                    brief(p), big);
        }
        System.out.println();
        table(rules, topical, gates, largest);
        // The bar (issue 20, as the brief of 2026-12-06 sets it): at the threshold chosen on the out-of-sample pooled
        // figures (highest pooled precision with pooled recall within 0.03 of TOPICAL's), pooled out-of-sample
        // precision above today's rules' in-sample pooled precision, and no story larger than 0.5% of the articles
        // in any fold's replay.
        double recallBar = topical.pooled().recall() - 0.03;
        double best = Double.NaN;
        for (Map.Entry<Double, Figures> g : gates.entrySet()) {
            if (g.getValue().pooled().recall() >= recallBar
                    && (Double.isNaN(best) || g.getValue().pooled().precision() > gates.get(best).pooled().precision())) {
                best = g.getKey();
            }
        }
        System.out.printf(Locale.ROOT, "threshold chosen on the out-of-sample figures (highest pooled precision with"
                + " pooled recall at least TOPICAL's %.3f less 0.03): %s%n", topical.pooled().recall(),
                Double.isNaN(best) ? "none qualifies" : String.format(Locale.ROOT, "%.2f", best));
        double cap = LARGEST_SHARE * feats.size();
        String verdict = "OFF: no threshold keeps pooled recall within 0.03 of TOPICAL";
        if (!Double.isNaN(best)) {
            Figures g = gates.get(best);
            verdict = g.pooled().precision() > rules.pooled().precision() && g.largest() <= cap
                    ? String.format(Locale.ROOT, "ON at %.2f", best)
                    : String.format(Locale.ROOT, "OFF: at %.2f pooled precision %.3f vs today's rules %.3f (in"
                    + " sample), largest story %d vs cap %.1f", best, g.pooled().precision(),
                    rules.pooled().precision(), g.largest(), cap);
        }
        System.out.println("verdict (mode " + MODE.name().toLowerCase(Locale.ROOT) + ", rounds " + ROUNDS + "): "
                + verdict);
    }

    /** One row per sample (each gate column out of sample for that row's sample), then the mean and the pool. */
    private static void table(Figures rules, Figures topical, Map<Double, Figures> gates,
                              Map<Double, Map<String, Integer>> largest) {
        StringBuilder head = new StringBuilder("| sample | before (TOPICAL) | today's rules |");
        StringBuilder line = new StringBuilder("|---|---|---|");
        for (double t : gates.keySet()) {
            head.append(String.format(Locale.ROOT, " gate %.2f (largest) |", t));
            line.append("---|");
        }
        System.out.println(head);
        System.out.println(line);
        for (String split : SAMPLES) {
            StringBuilder b = new StringBuilder("| " + split + " |");
            b.append(cell(topical.bySplit().get(split))).append(cell(rules.bySplit().get(split)));
            for (Map.Entry<Double, Figures> g : gates.entrySet()) {
                b.append(cell(g.getValue().bySplit().get(split)).replaceAll(" \\|$", ""))
                        .append(String.format(Locale.ROOT, " (%d) |", largest.get(g.getKey()).get(split)));
            }
            System.out.println(b);
        }
        StringBuilder mean = new StringBuilder("| mean |");
        StringBuilder pool = new StringBuilder("| pooled |");
        for (Figures f : java.util.stream.Stream.concat(java.util.stream.Stream.of(topical, rules),
                gates.values().stream()).toList()) {
            mean.append(String.format(Locale.ROOT, " %.3f / %.3f |", f.meanPrecision(), f.meanRecall()));
            pool.append(String.format(Locale.ROOT, " %.3f [%.3f, %.3f] / %.3f (%d) |", f.pooled().precision(),
                    f.pooled().precisionLow(), f.pooled().precisionHigh(), f.pooled().recall(), f.largest()));
        }
        System.out.println(mean);
        System.out.println(pool);
    }

    private static String cell(StoryPairs.Score s) {
        return String.format(Locale.ROOT, " %.3f / %.3f |", s.precision(), s.recall());
    }

    /**
     * The left-out sample's labelled pairs of which one headline announces a risen toll
     * ({@link org.marsad.arabic.TollUpdates#announcesRise}), each with its label, whether this replay joined it and the
     * hours between the two: what the toll-update continuation's rule counts (bench README, stories28).
     */
    private static void risingTolls(List<Example> examples, String fold, Result r, List<ArticleFeatures> feats) {
        Map<String, ArticleFeatures> byId = new HashMap<>();
        for (ArticleFeatures f : feats) {
            byId.put(f.id(), f);
        }
        for (Example x : examples) {
            StoryPairs.Pair p = x.pair();
            ArticleFeatures a = byId.get(p.a());
            ArticleFeatures b = byId.get(p.b());
            if (!x.sample().equals(fold) || a == null || b == null
                    || !org.marsad.arabic.TollUpdates.announcesRise(a.title())
                    && !org.marsad.arabic.TollUpdates.announcesRise(b.title())) {
                continue;
            }
            boolean joined = r.out().get(p.a()).equals(r.out().get(p.b()));
            boolean sameDay = Math.floorDiv(a.time(), 86_400L) == Math.floorDiv(b.time(), 86_400L);
            System.out.printf(Locale.ROOT, "    rising toll %s: %s %s %s, %.1f h apart, w=%.1f | %s | %s%n", fold,
                    p.label(), joined ? "joined" : "apart", sameDay ? "same day" : "later day",
                    Math.abs(a.time() - b.time()) / 3600.0, p.weight(), a.title(), b.title());
        }
    }

    /**
     * The left-out sample's same-event pairs this replay keeps apart, each with its weight (the fold's same-event
     * weight on the first line, so that a census can weigh its kinds), the hours between the two, the gate's p against
     * the earlier article's story in the rules' replay, both articles' story sizes in this replay and their killed
     * tolls (bench README, stories31: "Same-event pairs kept apart on 23 folds").
     */
    private static void missed(List<Example> examples, String fold, Result r, List<ArticleFeatures> feats,
                               JoinGate gate, double t) {
        Map<String, ArticleFeatures> byId = new HashMap<>();
        for (ArticleFeatures f : feats) {
            byId.put(f.id(), f);
        }
        Map<String, Integer> size = new HashMap<>();
        r.out().values().forEach(s -> size.merge(s, 1, Integer::sum));
        List<Example> events = examples.stream().filter(x -> x.sample().equals(fold) && x.event()).toList();
        System.out.printf(Locale.ROOT, "    same-event weight %s %.2f: %.1f over %d pairs%n", fold, t,
                events.stream().mapToDouble(x -> x.pair().weight()).sum(), events.size());
        for (Example x : events) {
            ArticleFeatures a = byId.get(x.pair().a());
            ArticleFeatures b = byId.get(x.pair().b());
            if (r.out().get(a.id()).equals(r.out().get(b.id()))) {
                continue;
            }
            ArticleFeatures early = a.time() <= b.time() ? a : b;
            ArticleFeatures late = early == a ? b : a;
            System.out.printf(Locale.ROOT, "    missed %s %.2f w=%.1f h=%.1f p=%.3f weighed=%s sizes=%d/%d tolls=%s/%s"
                            + " | %s | %s%n", fold, t, x.pair().weight(), (late.time() - early.time()) / 3600.0,
                    gate.probability(x.x()), x.weighed(), size.get(r.out().get(early.id())),
                    size.get(r.out().get(late.id())), killedTolls(early), killedTolls(late), early.title(),
                    late.title());
        }
    }

    private static String killedTolls(ArticleFeatures f) {
        return String.join(",", f.tolls().stream().filter(s -> s.startsWith("KILLED|")).map(s -> s.substring(7))
                .toList());
    }

    private static String title(List<ArticleFeatures> feats, String id) {
        return feats.stream().filter(f -> f.id().equals(id)).findFirst().map(ArticleFeatures::title).orElse(id);
    }

    /** The {@code n} most negative and {@code n} most positive headline words, as side:stem weight. */
    static String extremes(HeadlineWords words, int n) {
        List<Map.Entry<String, Double>> all = new ArrayList<>();
        words.weights().forEach((side, ws) -> ws.forEach((t, w) -> all.add(Map.entry(side + ":" + t, w))));
        all.sort(Map.Entry.comparingByValue());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (i < n || i >= all.size() - n) {
                b.append(String.format(Locale.ROOT, "%s%s %.2f", b.length() == 0 ? "" : ", ", all.get(i).getKey(),
                        all.get(i).getValue()));
            } else if (i == n) {
                b.append(" …");
            }
        }
        return b.toString();
    }

    private static String named(double[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "" : ", ").append(JoinGate.ALL_FEATURES.get(i))
                    .append(String.format(Locale.ROOT, " %.3f", w[i]));
        }
        return b.toString();
    }

    private static String brief(StoryPairs.Score s) {
        return String.format(Locale.ROOT, "precision %.3f [%.3f, %.3f] recall %.3f [%.3f, %.3f], %d of %d joined, %d joined outside",
                s.precision(), s.precisionLow(), s.precisionHigh(), s.recall(), s.recallLow(), s.recallHigh(),
                s.joinedLabelled(), s.labelled(), s.outside());
    }

    /** Story of every article after one replay, and the largest story's size. */
    record Result(Map<String, String> out, int largest) {
    }

    static Result run(List<ArticleFeatures> feats, StoryRules rules, JoinGate gate) {
        Enricher e = new Enricher(StoriesBench.rules(), rules, gate);
        Map<String, String> out = new HashMap<>();
        for (ArticleFeatures f : feats) {
            Enrichment r = e.enrich(f);
            out.put(f.id(), r.story());
        }
        int largest = e.clusterer().all().stream().mapToInt(Story::articles).max().orElse(0);
        return new Result(out, largest);
    }

    private static Map<String, StoryPairs.Score> scoreAll(Result r, List<ArticleFeatures> feats,
                                                          Map<String, StoryPairs> samples, ReferenceSimilarity ref,
                                                          String name) {
        Map<String, StoryPairs.Score> out = new LinkedHashMap<>();
        for (String s : SAMPLES) {
            out.put(s, score(s, samples.get(s), r.out(), feats, ref));
            System.out.printf(Locale.ROOT, "%s, %s: %s; largest story %d%n", name, s, brief(out.get(s)), r.largest());
        }
        return out;
    }

    /** Scores one sample the way StoriesBench does, joined pairs outside its universe counted against precision. */
    static StoryPairs.Score score(String split, StoryPairs sample, Map<String, String> storyOf,
                                  List<ArticleFeatures> feats, ReferenceSimilarity ref) {
        Map<String, List<ArticleFeatures>> members = new HashMap<>();
        for (ArticleFeatures f : feats) {
            members.computeIfAbsent(storyOf.get(f.id()), k -> new ArrayList<>()).add(f);
        }
        BiPredicate<String, String> joined = (a, b) -> storyOf.get(a).equals(storyOf.get(b));
        long outside;
        if (split.equals("dev") || split.equals("heldout")) {
            outside = StoriesBench.firstSampleOutside(members.values(), ref, sample)[split.equals("dev") ? 0 : 1];
        } else if (split.equals(FreshPairSampler.SPLIT) || split.equals(ThirdPairSampler.SPLIT)) {
            outside = StoriesBench.outsideOfSample(members.values(), ref, sample);
        } else {
            // A whole-month sample: its joined pairs outside are counted over its own days, as StoriesBench does.
            ThirdPairSampler.Design d = WHOLE_MONTH.stream().filter(x -> x.design().split().equals(split))
                    .findFirst().orElseThrow().design();
            outside = StoriesBench.outsideOfSample(members.values(), ref, sample, d.from(), d.until());
        }
        return sample.score(split, joined, outside);
    }

    private static String header(List<Example> examples, double lambda, double threshold) {
        long events = examples.stream().filter(Example::event).count();
        return "Marsad's learned story join gate (org.marsad.enrich.story.JoinGate), written by\n"
                + "org.marsad.bench.stories.JoinGateBench --write: L2 logistic regression (lambda "
                + String.format(Locale.ROOT, "%s", lambda) + ") on " + examples.size() + " labelled ANT 2018-04\n"
                + "cross-outlet pairs (" + events + " same event) of the dev and held-out 1-" + NEWEST + " samples,"
                + " strata-weighted;\n"
                + (WORD_SIDES.isEmpty() ? "" : "headline words on sides " + WORD_SIDES + " seen in at least "
                + WORD_FLOOR + " training pairs, their L2 penalty chosen among "
                + java.util.Arrays.toString(WORD_LAMBDAS) + " by an inner split of the samples into " + WORD_GROUPS
                + " groups;\n")
                + "mode " + MODE.name().toLowerCase(Locale.ROOT) + ", " + ROUNDS + " training rounds (round-1 threshold "
                + ROUND1_THRESHOLD + "), threshold " + threshold + " chosen on leave-one-sample-out figures. Do not edit: retrain.";
    }
}
