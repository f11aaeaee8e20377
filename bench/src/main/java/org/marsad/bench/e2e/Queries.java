package org.marsad.bench.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.marsad.model.Article;

/** Search queries a reader might type: two content words of a real headline. */
public final class Queries {
    /** Function words that make poor queries on their own. */
    private static final Set<String> STOP = Set.of("في", "من", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "بين",
            "التي", "الذي", "هذا", "هذه", "ذلك", "تلك", "أن", "إن", "ان", "كان", "قد", "لا", "ما", "لم", "لن", "أو",
            "ثم", "حتى", "عند", "منذ", "خلال", "حول", "ضد", "عبر", "غير", "كل", "بعض", "أمام");

    private Queries() {
    }

    public static List<String> fromTitles(List<Article> articles, int count, long seed) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>(count);
        int guard = 0;
        while (out.size() < count && guard++ < count * 20) {
            Article a = articles.get(rnd.nextInt(articles.size()));
            List<String> words = contentWords(a.title());
            if (words.size() < 2) {
                continue;
            }
            int i = rnd.nextInt(words.size() - 1);
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }

    /**
     * Every query {@link #fromTitles} could draw from these headlines (two neighbouring content words), each once,
     * none of {@code asked}, in an order shuffled by {@code seed}: for a load that asks no query twice, as real
     * traffic mostly does, where the kept query objects, weights and term states of a repeated query spare the
     * server its look-ups (bench/README, search23 and search27).
     */
    public static List<String> neverAsked(List<Article> articles, Collection<String> asked, long seed) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Article a : articles) {
            List<String> words = contentWords(a.title());
            for (int i = 0; i + 1 < words.size(); i++) {
                distinct.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        distinct.removeAll(Set.copyOf(asked));
        List<String> out = new ArrayList<>(distinct);
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** The words of a text with punctuation removed, function words and one-letter tokens dropped. */
    public static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
