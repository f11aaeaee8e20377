package org.marsad.bench.e2e;

import java.util.ArrayList;
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
