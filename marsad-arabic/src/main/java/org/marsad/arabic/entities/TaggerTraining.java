package org.marsad.arabic.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;

/**
 * Trains the entity tagger: an averaged structured perceptron over BIO labels with Viterbi decoding, on a corpus in
 * the {@link LabelledCorpus} layout, in two stages. The first reads each sentence alone. The second reads the same
 * features plus {@link DocumentEvidence} — what a first stage found in the rest of the document; so that it learns
 * how far that evidence can be trusted on unseen text, its training documents are tagged by first stages trained
 * without their fold (stacking). Deterministic for a given corpus and seed.
 *
 * <p>The shipped model is made by
 * {@code mvn -q -pl marsad-arabic compile exec:java}-free plain Java:
 * {@code java -cp marsad-arabic/target/classes:$ICU org.marsad.arabic.entities.TaggerTraining TRAIN OUT.gz}
 * — see the module README for the exact command and the data it was trained on.
 */
public final class TaggerTraining {
    /**
     * Training settings.
     *
     * @param epochs passes over the training sentences
     * @param folds gazetteer folds (each fold's gazetteer features come from the other folds)
     * @param minCount features seen fewer times are dropped
     * @param seed shuffling seed
     * @param dropout the chance that a token's word-identity and gazetteer features are hidden in an update, so
     *     that the context and affix features learn to find names never seen in training (0.5: on the dev slice
     *     it beat 0.3 by about half a point with the four-letter affixes; 0.65 was no better)
     * @param documents whether to train the document-level second stage: its inputs are the labels of first stages
     *     trained without the document's fold (as a new article is unseen), so it learns how far to trust them
     * @param secondEpochs passes of the second stage (it starts from the first stage's knowledge and overfits sooner:
     *     on the dev slice it peaked at 4 to 5 passes, see the module README)
     * @param runs perceptrons trained per stage, each with its own shuffling and dropout seed ({@code seed},
     *     {@code seed + 1000}, …), whose averaged weights are averaged again into the stage's weights: one run's
     *     F1 on the dev slice moved by up to 1.6 points with the seed alone (0.769 and 0.753), the mix of three
     *     scored 0.770 — it buys a model that does not depend on a lucky seed, at {@code runs} times the training
     *     time and no tagging cost
     */
    public record Options(int epochs, int folds, int minCount, long seed, double dropout, boolean documents,
            int secondEpochs, int runs) {
        /** Two-stage options, both stages with {@code epochs} passes, one run each. */
        public Options(int epochs, int folds, int minCount, long seed, double dropout) {
            this(epochs, folds, minCount, seed, dropout, true, epochs, 1);
        }

        public static Options defaults() {
            return new Options(12, 5, 2, 20240607L, 0.5, true, 5, 3);
        }

        Options oneStage() {
            return new Options(epochs, folds, minCount, seed, dropout, false, secondEpochs, runs);
        }

        Options withRuns(int n) {
            return new Options(epochs, folds, minCount, seed, dropout, documents, secondEpochs, n);
        }
    }

    private static final int L = Labels.COUNT;

    private TaggerTraining() {
    }

    /**
     * {@code TaggerTraining TRAIN OUT.gz [--test TEST | --dev] [--epochs N] [--dropout P] [--stages 1|2]
     * [--second-epochs N] [--seed N] [--runs N]}: trains on TRAIN (two stages unless {@code --stages 1}), writes the
     * model to OUT.gz, and with {@code --test} prints the F1 on TEST after each epoch; {@code --dev} trains on TRAIN without its
     * dev slice ({@link #devSplit}) and prints the F1 on that slice instead (for tuning).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TaggerTraining TRAIN OUT.gz [--test TEST | --dev] [--epochs N] [--dropout P]"
                    + " [--stages 1|2] [--second-epochs N] [--seed N] [--runs N]");
            System.exit(2);
        }
        Options o = Options.defaults();
        LabelledCorpus test = null;
        boolean dev = false;
        for (int i = 2; i < args.length; i += 2) {
            if (args[i].equals("--dev")) {
                dev = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                System.err.println("option " + args[i] + " needs a value");
                System.exit(2);
            }
            switch (args[i]) {
                case "--test" -> test = LabelledCorpus.read(Path.of(args[i + 1]));
                case "--epochs" -> o = new Options(Integer.parseInt(args[i + 1]), o.folds(), o.minCount(), o.seed(),
                        o.dropout(), o.documents(), o.secondEpochs(), o.runs());
                case "--dropout" -> o = new Options(o.epochs(), o.folds(), o.minCount(), o.seed(),
                        Double.parseDouble(args[i + 1]), o.documents(), o.secondEpochs(), o.runs());
                case "--min-count" -> o = new Options(o.epochs(), o.folds(), Integer.parseInt(args[i + 1]),
                        o.seed(), o.dropout(), o.documents(), o.secondEpochs(), o.runs());
                case "--folds" -> o = new Options(o.epochs(), Integer.parseInt(args[i + 1]), o.minCount(),
                        o.seed(), o.dropout(), o.documents(), o.secondEpochs(), o.runs());
                case "--stages" -> o = new Options(o.epochs(), o.folds(), o.minCount(), o.seed(), o.dropout(),
                        !args[i + 1].equals("1"), o.secondEpochs(), o.runs());
                case "--seed" -> o = new Options(o.epochs(), o.folds(), o.minCount(), Long.parseLong(args[i + 1]),
                        o.dropout(), o.documents(), o.secondEpochs(), o.runs());
                case "--second-epochs" -> o = new Options(o.epochs(), o.folds(), o.minCount(), o.seed(), o.dropout(),
                        o.documents(), Integer.parseInt(args[i + 1]), o.runs());
                case "--runs" -> o = o.withRuns(Integer.parseInt(args[i + 1]));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        LabelledCorpus train = LabelledCorpus.read(Path.of(args[0]));
        if (dev) {
            LabelledCorpus[] split = devSplit(train);
            train = split[0];
            test = split[1];
            System.err.printf("dev split: training on %d documents, scoring on %d (every %dth of TRAIN)%n",
                    train.documents().size(), test.documents().size(), DEV_EVERY);
        }
        System.err.printf("training on %d sentences (%d untagged, %d malformed tags read as O)%n",
                train.sentences().size(), train.untagged(), train.malformed());
        TaggerModel model = train(train, o, test, System.err);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            model.write(out);
        }
        System.err.printf("wrote %s: %d features, %d bytes%n", args[1], model.features(), Files.size(Path.of(args[1])));
    }

    /** Every this many documents of the training corpus, the last one is the dev slice used for tuning. */
    static final int DEV_EVERY = 5;

    /**
     * The tuning split of a training corpus: documents whose index modulo {@link #DEV_EVERY} is
     * {@code DEV_EVERY - 1} form the dev slice, the others the training part. Tuning looks at the dev slice only,
     * so that the corpus's own test split stays held out.
     */
    static LabelledCorpus[] devSplit(LabelledCorpus corpus) {
        List<List<LabelledCorpus.Sentence>> train = new ArrayList<>();
        List<List<LabelledCorpus.Sentence>> dev = new ArrayList<>();
        for (int d = 0; d < corpus.documents().size(); d++) {
            (d % DEV_EVERY == DEV_EVERY - 1 ? dev : train).add(corpus.documents().get(d));
        }
        return new LabelledCorpus[] {new LabelledCorpus(train, 0, 0), new LabelledCorpus(dev, 0, 0)};
    }

    /**
     * Trains a model; with a test corpus, prints its scores (document by document) after each epoch to {@code log}.
     */
    static TaggerModel train(LabelledCorpus corpus, Options o, LabelledCorpus test, PrintStream log) {
        List<List<LabelledCorpus.Sentence>> docs = corpus.documents();
        Set<String> whole = new HashSet<>(wholeNames(corpus.sentences()));
        whole.addAll(wholeWords(corpus.sentences(), o.minCount() + 1));
        Gazetteer wholeOnly = Gazetteer.build(List.of(), List.of(), whole);

        List<Word[]> words = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        List<Integer> fold = new ArrayList<>();
        List<Integer> document = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            for (LabelledCorpus.Sentence s : docs.get(d)) {
                words.add(Features.words(s.tokens(), wholeOnly));
                labels.add(s.labels());
                fold.add(d % o.folds());
                document.add(d);
            }
        }
        List<long[][]> features = new ArrayList<>(words.size());
        for (int k = 0; k < o.folds(); k++) {
            List<Word[]> w = new ArrayList<>();
            List<int[]> y = new ArrayList<>();
            for (int s = 0; s < words.size(); s++) {
                if (fold.get(s) != k) {
                    w.add(words.get(s));
                    y.add(labels.get(s));
                }
            }
            Gazetteer g = Gazetteer.build(w, y, whole);
            for (int s = 0; s < words.size(); s++) {
                if (fold.get(s) == k) {
                    while (features.size() <= s) {
                        features.add(null);
                    }
                    features.set(s, Features.extract(words.get(s), g));
                }
            }
        }
        Gazetteer full = Gazetteer.build(words, labels, whole);

        Weights first = fit(features, labels, o, log, test, w -> new TaggerModel(w, null, full), "first stage");
        if (!o.documents()) {
            return new TaggerModel(first, null, full);
        }

        // the first stage's labels of every training document, each from a first stage trained without its fold
        int[][] heldOut = new int[words.size()][];
        for (int k = 0; k < o.folds(); k++) {
            List<List<LabelledCorpus.Sentence>> rest = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % o.folds() != k) {
                    rest.add(docs.get(d));
                }
            }
            EntityTagger without = new EntityTagger(train(new LabelledCorpus(rest, 0, 0), o.oneStage(), null, null));
            int s = 0;
            for (int d = 0; d < docs.size(); d++) {
                int size = docs.get(d).size();
                if (d % o.folds() == k) {
                    List<List<String>> tokens = new ArrayList<>(size);
                    docs.get(d).forEach(x -> tokens.add(x.tokens()));
                    int[][] tagged = without.labels(tokens, false);
                    System.arraycopy(tagged, 0, heldOut, s, size);
                }
                s += size;
            }
            if (log != null) {
                log.printf("second stage: fold %d of %d tagged by a first stage trained without it%n", k + 1,
                        o.folds());
            }
        }
        List<long[][]> joined = new ArrayList<>(words.size());
        for (int s = 0; s < words.size(); ) {
            int e = s;
            while (e < words.size() && document.get(e).equals(document.get(s))) {
                e++;
            }
            long[][] evidence = DocumentEvidence.extract(words.subList(s, e).toArray(new Word[0][]),
                    java.util.Arrays.copyOfRange(heldOut, s, e));
            for (int k = s; k < e; k++) {
                joined.add(DocumentEvidence.join(features.get(k), evidence[k - s]));
            }
            s = e;
        }
        features.clear();
        Options secondOptions = new Options(o.secondEpochs(), o.folds(), o.minCount(), o.seed(), o.dropout(), true,
                o.secondEpochs(), o.runs());
        Weights second = fit(joined, labels, secondOptions, log, test, w -> new TaggerModel(first, w, full),
                "second stage");
        return new TaggerModel(first, second, full);
    }

    /**
     * One stage: the averaged perceptron over the given features (rarer than {@code minCount} dropped), trained
     * {@link Options#runs} times with different seeds and mixed (the mean of the runs' averaged weights).
     */
    private static Weights fit(List<long[][]> features, List<int[]> labels, Options o, PrintStream log,
            LabelledCorpus test, java.util.function.Function<Weights, TaggerModel> model, String stage) {
        Map<Long, Integer> seen = new HashMap<>();
        for (long[][] sentence : features) {
            for (long[] token : sentence) {
                for (long f : token) {
                    if (f != 0) {
                        seen.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        seen.forEach((f, c) -> {
            if (c >= o.minCount()) {
                index.put(f, keys.size());
                keys.add(f);
            }
        });
        List<int[][]> rows = new ArrayList<>(features.size());
        for (long[][] sentence : features) {
            int[][] r = new int[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                // positions stay those of Features' templates (-1: a feature too rare to keep)
                r[i] = new int[sentence[i].length];
                for (int k = 0; k < sentence[i].length; k++) {
                    Integer row = index.get(sentence[i][k]);
                    r[i][k] = row == null ? -1 : row;
                }
            }
            rows.add(r);
        }

        int runs = Math.max(1, o.runs());
        float[][] mixed = null;
        for (int run = 0; run < runs; run++) {
            long seed = o.seed() + 1000L * run;
            Random random = new Random(seed);
            Perceptron p = new Perceptron(keys.size(), new Random(seed + 1), o.dropout());
            List<Integer> order = new ArrayList<>();
            for (int s = 0; s < rows.size(); s++) {
                order.add(s);
            }
            for (int epoch = 1; epoch <= o.epochs(); epoch++) {
                java.util.Collections.shuffle(order, random);
                int errors = 0;
                for (int s : order) {
                    errors += p.learn(rows.get(s), labels.get(s));
                }
                if (log != null) {
                    String scores = "";
                    if (test != null && (epoch == o.epochs() || runs == 1)) {
                        scores = " " + describe(score(new EntityTagger(model.apply(p.weights(keys))), test));
                    }
                    log.printf("%s run %d epoch %d: %d token errors%s%n", stage, run + 1, epoch, errors, scores);
                }
            }
            float[][] averaged = p.averaged();
            if (mixed == null) {
                mixed = averaged;
            } else {
                for (int k = 0; k < 2; k++) {
                    for (int i = 0; i < mixed[k].length; i++) {
                        mixed[k][i] += averaged[k][i];
                    }
                }
            }
        }
        for (float[] m : mixed) {
            for (int i = 0; i < m.length; i++) {
                m[i] /= runs;
            }
        }
        Weights out = Perceptron.prune(keys, mixed[0], mixed[1]);
        if (log != null && test != null && runs > 1) {
            log.printf("%s, %d runs mixed: %s%n", stage, runs,
                    describe(score(new EntityTagger(model.apply(out)), test)));
        }
        return out;
    }

    /** Scores a tagger document by document (each document tagged as a whole). */
    static SpanScores score(EntityTagger tagger, LabelledCorpus test) {
        SpanScores scores = new SpanScores();
        for (List<LabelledCorpus.Sentence> doc : test.documents()) {
            List<List<String>> tokens = new ArrayList<>(doc.size());
            doc.forEach(s -> tokens.add(s.tokens()));
            List<List<String>> tagged = tagger.tagDocument(tokens);
            for (int i = 0; i < doc.size(); i++) {
                scores.add(doc.get(i).tags(), tagged.get(i));
            }
        }
        return scores;
    }

    static String describe(SpanScores s) {
        Set<EntityType> main = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            sb.append(String.format("%s P %.3f R %.3f F %.3f; ", t, s.precision(t), s.recall(t), s.f1(t)));
        }
        double[] micro = s.micro(main);
        sb.append(String.format("PER/LOC/ORG micro P %.3f R %.3f F %.3f, macro F %.3f", micro[0], micro[1], micro[2],
                s.macroF1(main)));
        return sb.toString();
    }

    /**
     * Words annotated as (part of) a name that clitic splitting would cut (واشنطن is not و + اشنطن) and that are not
     * themselves a clitic before another annotated name (وبريطانيا is و + بريطانيا), search-folded.
     */
    static Set<String> wholeNames(List<LabelledCorpus.Sentence> sentences) {
        Map<String, String> names = new HashMap<>(); // folded → bare
        for (LabelledCorpus.Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                if (!s.tags().get(i).equals("O")) {
                    String bare = Proclitics.bare(s.tokens().get(i));
                    names.putIfAbsent(ArabicNormalizer.search(bare), bare);
                }
            }
        }
        Set<String> out = new HashSet<>();
        names.forEach((folded, bare) -> {
            String stem = Proclitics.strip(bare, x -> {
                String f = ArabicNormalizer.search(x);
                return !f.equals(folded) && names.containsKey(f);
            });
            String f = ArabicNormalizer.search(stem);
            if (!f.equals(folded) && (names.containsKey(f) || names.containsKey("ال" + f))) {
                return;
            }
            out.add(folded);
        });
        return out;
    }

    /**
     * Words of the training text (seen at least {@code minCount} times, search-folded) that clitic splitting must
     * keep whole: those that do not start with the article and are not a one-letter clitic or an article clitic
     * before another such word (وزارة stays whole because زارة is not a word of the text; وقال is و + قال).
     */
    static Set<String> wholeWords(List<LabelledCorpus.Sentence> sentences, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledCorpus.Sentence s : sentences) {
            for (String token : s.tokens()) {
                String core = Word.core(token);
                if (Word.shape(core) == Word.ARABIC) {
                    counts.merge(ArabicNormalizer.search(Proclitics.bare(core)), 1, Integer::sum);
                }
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c < minCount || w.length() < 3 || w.startsWith("ال") || w.startsWith("لل")) {
                return;
            }
            for (int k = 1; k <= Math.min(4, w.length() - 2); k++) {
                String prefix = w.substring(0, k);
                if ((k == 1 && "وفبلك".indexOf(prefix.charAt(0)) >= 0 || prefix.endsWith("ال") || prefix.endsWith("لل"))
                        && counts.getOrDefault(w.substring(k), 0) >= minCount) {
                    return;
                }
            }
            out.add(w);
        });
        return out;
    }

    /** The averaged perceptron's state (weights and the running sums for averaging, as in Daumé's trick). */
    private static final class Perceptron {
        private final float[] w;
        private final float[] u;
        private final float[] t = new float[(L + 1) * L];
        private final float[] tu = new float[(L + 1) * L];
        private final Random random;
        private final double dropout;
        private int c = 1;

        Perceptron(int features, Random random, double dropout) {
            w = new float[features * L];
            u = new float[features * L];
            this.random = random;
            this.dropout = dropout;
        }

        int learn(int[][] all, int[] gold) {
            int n = all.length;
            int[][] x = new int[n][];
            for (int i = 0; i < n; i++) {
                x[i] = all[i];
                if (dropout > 0 && random.nextDouble() < dropout) {
                    x[i] = all[i].clone();
                    for (int k : Features.LEXICAL) {
                        x[i][k] = -1;
                    }
                }
            }
            float[] emission = new float[n * L];
            for (int i = 0; i < n; i++) {
                for (int r : x[i]) {
                    if (r < 0) {
                        continue;
                    }
                    for (int l = 0; l < L; l++) {
                        emission[i * L + l] += w[r * L + l];
                    }
                }
            }
            int[] guess = Weights.viterbi(emission, t, n);
            int errors = 0;
            for (int i = 0; i < n; i++) {
                if (guess[i] != gold[i]) {
                    errors++;
                    for (int r : x[i]) {
                        if (r < 0) {
                            continue;
                        }
                        update(w, u, r * L + gold[i], 1);
                        update(w, u, r * L + guess[i], -1);
                    }
                }
                int gp = i == 0 ? 0 : gold[i - 1] + 1;
                int pp = i == 0 ? 0 : guess[i - 1] + 1;
                if (gp != pp || gold[i] != guess[i]) {
                    update(t, tu, gp * L + gold[i], 1);
                    update(t, tu, pp * L + guess[i], -1);
                }
            }
            c++;
            return errors;
        }

        private void update(float[] weights, float[] sums, int at, int delta) {
            weights[at] += delta;
            sums[at] += (float) c * delta;
        }

        Weights weights(List<Long> keys) {
            float[][] a = averaged();
            return prune(keys, a[0], a[1]);
        }

        /** The averaged emission and transition weights (before rows of zeros are dropped). */
        float[][] averaged() {
            float[] avg = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                avg[i] = w[i] - u[i] / c;
            }
            float[] trans = new float[t.length];
            for (int i = 0; i < t.length; i++) {
                trans[i] = t[i] - tu[i] / c;
            }
            return new float[][] {avg, trans};
        }

        /** The weights of the features with a non-zero weight for some label. */
        static Weights prune(List<Long> keys, float[] avg, float[] trans) {
            List<Integer> kept = new ArrayList<>();
            for (int r = 0; r < keys.size(); r++) {
                for (int l = 0; l < L; l++) {
                    if (Math.abs(avg[r * L + l]) > 1e-3f) {
                        kept.add(r);
                        break;
                    }
                }
            }
            long[] k = new long[kept.size()];
            float[] weights = new float[kept.size() * L];
            for (int j = 0; j < kept.size(); j++) {
                int r = kept.get(j);
                k[j] = keys.get(r);
                System.arraycopy(avg, r * L, weights, j * L, L);
            }
            return new Weights(k, weights, trans);
        }
    }
}
