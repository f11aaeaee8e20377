package org.marsad.enrich.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.marsad.arabic.ArabicStopwords;
import org.marsad.arabic.LightStemmer;
import org.marsad.enrich.text.Fold;
import org.marsad.enrich.text.Tokens;

/**
 * A join gate's block of headline words (issue 20, 2026-12-07): learned weights for the words that tell two steps of
 * one affair apart while both share the affair's vocabulary (the summit's greeting, declaration and photos; a strike
 * and the next day's reactions). The block reads two headlines, the article's and the story's (the headline the
 * clusterer keeps for the story), as sets of stems ({@link #terms}), and adds to the gate's log-odds one weight per
 * stem by its {@linkplain #SIDES side}: in the article's headline only, in the story's only, or in both. A stem
 * without a weight adds nothing, so an empty block ({@link #NONE}) adds nothing at all.
 *
 * @param weights the weights by side ({@link #SIDES}), each by stem
 */
public record HeadlineWords(Map<String, Map<String, Double>> weights) {
    /** The sides a stem can be on: in the article's headline only, in the story's only, in both. */
    public static final List<String> SIDES = List.of("article", "story", "both");

    /** No headline words: a gate of the dense features alone. */
    public static final HeadlineWords NONE = new HeadlineWords(Map.of());

    public HeadlineWords {
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        for (Map.Entry<String, Map<String, Double>> e : weights.entrySet()) {
            if (!SIDES.contains(e.getKey())) {
                throw new IllegalArgumentException("a headline word's side is one of " + SIDES + ", not " + e.getKey());
            }
            for (Map.Entry<String, Double> w : e.getValue().entrySet()) {
                if (w.getKey().isEmpty() || w.getKey().chars().anyMatch(Character::isWhitespace)
                        || !Double.isFinite(w.getValue())) {
                    throw new IllegalArgumentException("a headline word must be one stem with a finite weight: "
                            + w.getKey() + " " + w.getValue());
                }
            }
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), java.util.Collections.unmodifiableMap(new TreeMap<>(e.getValue())));
            }
        }
        weights = java.util.Collections.unmodifiableMap(copy);
    }

    /** True when the block has no weight (it then adds nothing and the gate reads as one without it). */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** How many stems carry a weight, over every side. */
    public int size() {
        return weights.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * What the block adds to the gate's log-odds for an article's headline stems against the story's.
     *
     * @param article the article's headline stems ({@link #terms})
     * @param story   the story's headline stems ({@link #terms})
     */
    public double logOdds(List<String> article, List<String> story) {
        if (weights.isEmpty()) {
            return 0;
        }
        double[] z = {0};
        forEach(article, story, (side, term) -> {
            Map<String, Double> w = weights.get(side);
            if (w != null) {
                z[0] += w.getOrDefault(term, 0.0);
            }
        });
        return z[0];
    }

    /**
     * Tells each stem of the two headlines with its side, the article's stems first, then the story's only: what the
     * block weighs (the trainer reads the same, so that it learns what the gate serves).
     *
     * @param article the article's headline stems, sorted ({@link #terms})
     * @param story   the story's headline stems, sorted
     */
    public static void forEach(List<String> article, List<String> story, BiConsumer<String, String> sideTerm) {
        for (String t : article) {
            sideTerm.accept(contains(story, t) ? "both" : "article", t);
        }
        for (String t : story) {
            if (!contains(article, t)) {
                sideTerm.accept("story", t);
            }
        }
    }

    private static boolean contains(List<String> sorted, String t) {
        return java.util.Collections.binarySearch(sorted, t) >= 0;
    }

    /**
     * The stems a headline is read as: its words folded for search, stopwords, one-letter words and numbers left out,
     * light-stemmed ({@link LightStemmer}), stems of one letter left out; distinct and sorted. Numbers are left out
     * because a figure tells one happening from another only by being shared, which the gate's figure features read.
     */
    public static List<String> terms(String headline) {
        if (headline == null || headline.isBlank()) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String w : Tokens.words(Fold.search(headline))) {
            if (Tokens.isNumber(w) || ArabicStopwords.contains(w)) {
                continue;
            }
            String s = LightStemmer.stem(w);
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public String toString() {
        return "HeadlineWords" + Arrays.toString(SIDES.stream().map(s -> s + "=" + weights.getOrDefault(s, Map.of()).size())
                .toArray());
    }
}
