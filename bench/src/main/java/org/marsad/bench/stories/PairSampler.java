package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.model.Article;

/**
 * Draws the stratified sample of cross-outlet ANT article pairs that {@code story-pairs.tsv} labels, by the
 * procedure of {@code LABELLING.md} (universe, reference similarity, strata, split, seeded draw). It was run once;
 * it is kept so that the draw can be checked and repeated on the commit it was made from.
 *
 * <p>Usage: {@code PairSampler EVAL_DIR OUT.tsv}. The labels column is left empty, for a reader to fill. Beside it,
 * {@value #LOW_FILE} lists every pair the baseline joined below the similarity floor (they are in the universe;
 * other pairs below the floor are not).
 */
public final class PairSampler {
    /** Articles further apart than this are not paired. */
    static final long MAX_GAP = 7 * 86400L;
    static final double UNIVERSE_FLOOR = 0.10;
    static final int PER_CELL = 10;
    /** Every baseline-joined pair of the universe below the floor, so that the universe can be told later. */
    static final String LOW_FILE = "story-pairs-baseline-low.tsv";
    static final long SEED = 2026;
    static final double[] JOINED_BANDS = {0, 0.05, 0.10, 0.15, 0.20, 0.30, 0.40, 0.60, 1.0001};
    static final double[] APART_BANDS = {0.10, 0.15, 0.20, 0.30, 0.40, 0.60, 1.0001};
    /** Pairs whose earlier article is before this instant are dev; the rest held out. */
    static final long HELD_OUT_FROM = LocalDate.of(2018, 4, 16).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    private PairSampler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PairSampler EVAL_DIR OUT.tsv");
            System.exit(2);
        }
        List<Article> articles = new ArrayList<>(AntCorpus.read(Path.of(args[0], "ant-2018-04",
                "ant_v2.1_2018-04.jsonl.gz")));
        Map<String, ArticleFeatures> feats = new HashMap<>();
        for (Article a : articles) {
            feats.put(a.id(), ArticleFeatures.of(a, Instant.EPOCH));
        }
        articles.sort(Comparator.comparingLong((Article a) -> feats.get(a.id()).time()).thenComparing(Article::id));
        Enricher baseline = new Enricher();
        Map<String, String> story = new HashMap<>();
        for (Article a : articles) {
            story.put(a.id(), baseline.enrich(feats.get(a.id())).story());
        }
        List<ArticleFeatures> fs = articles.stream().map(a -> feats.get(a.id())).toList();
        ReferenceSimilarity ref = new ReferenceSimilarity(fs);
        StringBuilder low = new StringBuilder("docno_a\tdocno_b\n");

        Map<String, List<String[]>> cells = new TreeMap<>();
        for (int i = 0; i < fs.size(); i++) {
            for (int j = i + 1; j < fs.size() && fs.get(j).time() - fs.get(i).time() <= MAX_GAP; j++) {
                ArticleFeatures a = fs.get(i);
                ArticleFeatures b = fs.get(j);
                if (a.source() == null || a.source().equals(b.source())) {
                    continue;
                }
                double sim = ref.at(i, j);
                boolean joined = story.get(a.id()).equals(story.get(b.id()));
                String cell = cell(joined, sim);
                if (cell == null) {
                    continue;
                }
                String split = a.time() < HELD_OUT_FROM ? "dev" : "heldout";
                String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
                String second = first.equals(a.id()) ? b.id() : a.id();
                if (joined && sim < UNIVERSE_FLOOR) {
                    low.append(first).append('\t').append(second).append('\n');
                }
                cells.computeIfAbsent(split + "\t" + cell, k -> new ArrayList<>()).add(new String[] {
                        String.format(Locale.ROOT, "%.4f", sim), Boolean.toString(joined), first, second});
            }
        }
        Random rnd = new Random(SEED);
        StringBuilder out = new StringBuilder(
                "split\tcell\tcell_pairs\tcell_sampled\tsimilarity\tbaseline_joined\tdocno_a\tdocno_b\tlabel\tnote\n");
        for (Map.Entry<String, List<String[]>> e : cells.entrySet()) {
            List<String[]> pairs = new ArrayList<>(e.getValue());
            pairs.sort(Comparator.comparing((String[] p) -> p[2]).thenComparing(p -> p[3]));
            List<String[]> drawn = new ArrayList<>();
            if (pairs.size() <= PER_CELL) {
                drawn.addAll(pairs);
            } else {
                // Partial Fisher-Yates: the first PER_CELL positions become a uniform sample without replacement.
                for (int k = 0; k < PER_CELL; k++) {
                    int r = k + rnd.nextInt(pairs.size() - k);
                    String[] t = pairs.get(k);
                    pairs.set(k, pairs.get(r));
                    pairs.set(r, t);
                    drawn.add(pairs.get(k));
                }
            }
            for (String[] p : drawn) {
                out.append(e.getKey()).append('\t').append(e.getValue().size()).append('\t').append(drawn.size())
                        .append('\t').append(String.join("\t", p)).append("\t\t\n");
            }
            System.err.printf(Locale.ROOT, "%s: %d pairs, %d drawn%n", e.getKey().replace('\t', ' '),
                    e.getValue().size(), drawn.size());
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]).resolveSibling(LOW_FILE), low, StandardCharsets.UTF_8);
    }

    static String cell(boolean joined, double sim) {
        double[] bands = joined ? JOINED_BANDS : APART_BANDS;
        for (int k = 0; k + 1 < bands.length; k++) {
            if (sim >= bands[k] && sim < bands[k + 1]) {
                return String.format(Locale.ROOT, "%s:%.2f-%.2f", joined ? "joined" : "apart", bands[k],
                        Math.min(1, bands[k + 1]));
            }
        }
        return null;
    }
}
