package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * Draws the second held-out sample of story pairs ({@code story-pairs-heldout2.tsv}) by the procedure of
 * LABELLING.md's "Second held-out sample": held-out cross-outlet pairs stratified by the old rules' and the current
 * rules' decisions crossed with the reference similarity. It was run once; it is kept so that the draw can be
 * checked and repeated on the commit it was made from.
 *
 * <p>Usage: {@code FreshPairSampler EVAL_DIR OUT.tsv [BLIND.txt]}. The label column is left empty; BLIND.txt, when
 * given, shows the pairs for reading in a random order, without similarity, cell or decisions.
 */
public final class FreshPairSampler {
    static final String FILE = "story-pairs-heldout2.tsv";
    static final String LOW_FILE = "story-pairs-heldout2-low.tsv";
    static final String SPLIT = "heldout2";
    static final int PER_CELL = 8;
    static final int PER_NEITHER_CELL = 12;
    static final long SEED = 2027;
    static final long BLIND_SEED = 7;

    private FreshPairSampler() {
    }

    /**
     * The ANT corpus of April 2018 under {@code evalDir}, in time order (ties by id) with figures and entities: the
     * order every sampler's story replay reads, so that a draw is reproducible.
     */
    static List<Article> corpusInTimeOrder(String evalDir) throws IOException {
        List<Article> raw = new ArrayList<>(AntCorpus.read(Path.of(evalDir, "ant-2018-04",
                "ant_v2.1_2018-04.jsonl.gz")));
        Map<String, Long> times = new HashMap<>();
        for (Article a : raw) {
            times.put(a.id(), ArticleFeatures.of(a, Instant.EPOCH).time());
        }
        raw.sort(Comparator.comparing((Article a) -> times.get(a.id())).thenComparing(Article::id));
        return StoriesBench.withFiguresAndEntities(raw);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FreshPairSampler EVAL_DIR OUT.tsv [BLIND.txt]");
            System.exit(2);
        }
        List<Article> articles = corpusInTimeOrder(args[0]);
        List<ArticleFeatures> fs = articles.stream().map(a -> ArticleFeatures.of(a, Instant.EPOCH)).toList();
        Map<String, String> old = stories(fs, StoryRules.TOPICAL);
        Map<String, String> current = stories(fs, StoryRules.DEFAULT);
        ReferenceSimilarity ref = new ReferenceSimilarity(fs);
        Set<String> labelled = new HashSet<>();
        for (StoryPairs.Pair p : StoryPairs.load().pairs()) {
            labelled.add(StoryPairs.key(p.a(), p.b()));
        }
        StringBuilder low = new StringBuilder("docno_a\tdocno_b\n");
        Map<String, List<String[]>> cells = new TreeMap<>();
        for (int i = 0; i < fs.size(); i++) {
            ArticleFeatures a = fs.get(i);
            if (a.time() < PairSampler.HELD_OUT_FROM) {
                continue;
            }
            for (int j = i + 1; j < fs.size() && fs.get(j).time() - a.time() <= PairSampler.MAX_GAP; j++) {
                ArticleFeatures b = fs.get(j);
                if (a.source() == null || a.source().equals(b.source())) {
                    continue;
                }
                double sim = ref.at(i, j);
                boolean o = old.get(a.id()).equals(old.get(b.id()));
                boolean c = current.get(a.id()).equals(current.get(b.id()));
                String cell = cell(o, c, sim);
                if (cell == null) {
                    continue;
                }
                String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
                String second = first.equals(a.id()) ? b.id() : a.id();
                if ((o || c) && sim < PairSampler.UNIVERSE_FLOOR) {
                    low.append(first).append('\t').append(second).append('\n');
                }
                cells.computeIfAbsent(cell, k -> new ArrayList<>()).add(new String[] {
                        String.format(Locale.ROOT, "%.4f", sim), Boolean.toString(o), Boolean.toString(c), first,
                        second});
            }
        }
        Random rnd = new Random(SEED);
        StringBuilder out = new StringBuilder("split\tcell\tcell_pairs\tcell_sampled\tsimilarity\told_joined"
                + "\tcurrent_joined\tdocno_a\tdocno_b\tlabel\tnote\n");
        List<String[]> all = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : cells.entrySet()) {
            int per = e.getKey().startsWith("neither") ? PER_NEITHER_CELL : PER_CELL;
            List<String[]> pairs = new ArrayList<>(e.getValue().stream()
                    .filter(p -> !labelled.contains(StoryPairs.key(p[3], p[4]))).toList());
            pairs.sort(Comparator.comparing((String[] p) -> p[3]).thenComparing(p -> p[4]));
            List<String[]> drawn = new ArrayList<>();
            if (pairs.size() <= per) {
                drawn.addAll(pairs);
            } else {
                // Partial Fisher-Yates: the first `per` positions become a uniform sample without replacement.
                for (int k = 0; k < per; k++) {
                    int r = k + rnd.nextInt(pairs.size() - k);
                    Collections.swap(pairs, k, r);
                    drawn.add(pairs.get(k));
                }
            }
            for (String[] p : drawn) {
                out.append(SPLIT).append('\t').append(e.getKey()).append('\t').append(e.getValue().size())
                        .append('\t').append(drawn.size()).append('\t').append(String.join("\t", p))
                        .append("\t\t\n");
                all.add(p);
            }
            System.err.printf(Locale.ROOT, "%s: %d pairs, %d drawn%n", e.getKey(), e.getValue().size(), drawn.size());
        }
        Path target = Path.of(args[1]);
        Files.writeString(target, out, StandardCharsets.UTF_8);
        Files.writeString(target.resolveSibling(LOW_FILE), low, StandardCharsets.UTF_8);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), blind(all, articles), StandardCharsets.UTF_8);
        }
    }

    /** Story id of every article under the given rules, run as the bench runs them. */
    static Map<String, String> stories(List<ArticleFeatures> fs, StoryRules rules) {
        return stories(fs, rules, null);
    }

    /**
     * Story id of every article under the given rules joined through {@code gate} (null: the rules alone), with the
     * enricher the archive's story stage builds ({@code StoryIndexer}), run as the bench runs them.
     */
    static Map<String, String> stories(List<ArticleFeatures> fs, StoryRules rules, JoinGate gate) {
        Enricher e = new Enricher(DedupRules.DEFAULT, rules, gate);
        Map<String, String> out = new HashMap<>();
        for (ArticleFeatures f : fs) {
            out.put(f.id(), e.enrich(f).story());
        }
        return out;
    }

    static String cell(boolean old, boolean current, double sim) {
        String cls = old && current ? "both" : old ? "old-only" : current ? "current-only" : "neither";
        double[] bands = old || current ? PairSampler.JOINED_BANDS : PairSampler.APART_BANDS;
        for (int k = 0; k + 1 < bands.length; k++) {
            if (sim >= bands[k] && sim < bands[k + 1]) {
                return String.format(Locale.ROOT, "%s:%.2f-%.2f", cls, bands[k], Math.min(1, bands[k + 1]));
            }
        }
        return null;
    }

    /** The pairs for reading: shuffled, each with its two headlines and the start of each body, nothing else. */
    private static String blind(List<String[]> pairs, List<Article> articles) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        List<String[]> order = new ArrayList<>(pairs);
        Collections.shuffle(order, new Random(BLIND_SEED));
        Random side = new Random(BLIND_SEED + 1);
        StringBuilder sb = new StringBuilder();
        for (String[] p : order) {
            boolean swap = side.nextBoolean();
            sb.append("=== ").append(p[3]).append(' ').append(p[4]).append('\n');
            for (String id : swap ? List.of(p[4], p[3]) : List.of(p[3], p[4])) {
                Article a = byId.get(id);
                String body = String.join(" ", a.body());
                sb.append("  # ").append(a.title()).append('\n').append("    ")
                        .append(body, 0, Math.min(400, body.length())).append('\n');
            }
        }
        return sb.toString();
    }
}
