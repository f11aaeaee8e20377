package org.marsad.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up words of Arabic letters for the enricher's property tests: a vocabulary, texts drawn from it and lightly
 * edited copies, all from the test's one seeded Random, so that a seed replays the same stream of articles.
 */
final class RandomWords {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private final Random rnd;
    private final List<String> vocabulary;

    /** Draws a vocabulary of {@code size} words of 3 to 7 letters from {@code rnd}, which the texts then share. */
    RandomWords(Random rnd, int size) {
        this.rnd = rnd;
        List<String> v = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder b = new StringBuilder();
            int len = 3 + rnd.nextInt(5);
            for (int k = 0; k < len; k++) {
                b.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
            }
            v.add(b.toString());
        }
        this.vocabulary = v;
    }

    /** One word of the vocabulary. */
    String word() {
        return vocabulary.get(rnd.nextInt(vocabulary.size()));
    }

    /** {@code n} words of the vocabulary. */
    List<String> text(int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(word());
        }
        return w;
    }

    /**
     * Replaces or deletes about the given share of words, sparing the headline's words: a text whose headline
     * subject is swapped throughout is what a filled-in template looks like, and is deliberately not a copy.
     */
    List<String> edit(List<String> words, double share) {
        List<String> out = new ArrayList<>();
        Set<String> headline = new HashSet<>(words.subList(0, Math.min(6, words.size())));
        for (String w : words) {
            double r = rnd.nextDouble();
            if (headline.contains(w)) {
                out.add(w);
            } else if (r < share / 2) {
                continue;
            }
            out.add(r < share ? word() : w);
        }
        return out;
    }
}
