package org.marsad.bench.watch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.ArabicStopwords;
import org.marsad.model.Article;

/**
 * Watch queries made from a corpus's headlines, as monitoring desks write them: a name or topic word, two words,
 * a phrase, alternatives, a word with an exclusion, a word limited to one outlet. Seeded, so every run registers
 * the same watches.
 */
final class WatchQueries {
    private WatchQueries() {
    }

    static List<String> make(List<Article> corpus, int n, long seed) {
        List<List<String>> titles = new ArrayList<>();
        List<String> sources = new ArrayList<>(new LinkedHashSet<>(corpus.stream().map(Article::source)
                .filter(s -> s != null && !s.isBlank()).toList()));
        for (Article a : corpus) {
            List<String> words = new ArrayList<>();
            for (String w : (a.title() == null ? "" : a.title()).split("[\\s\\p{Punct}«»،؛؟]+")) {
                if (w.length() >= 4 && w.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)
                        && !ArabicStopwords.contains(ArabicNormalizer.search(w))) {
                    words.add(w);
                }
            }
            if (words.size() >= 2) {
                titles.add(words);
            }
        }
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            List<String> t = titles.get(r.nextInt(titles.size()));
            int i = r.nextInt(t.size() - 1);
            String w1 = t.get(i);
            String w2 = t.get(i + 1);
            String other = titles.get(r.nextInt(titles.size())).get(0);
            out.add(switch (r.nextInt(6)) {
                case 0 -> w1;
                case 1 -> w1 + " " + other;
                case 2 -> "\"" + w1 + " " + w2 + "\"";
                case 3 -> w1 + " OR " + other;
                case 4 -> w1 + " -" + other;
                default -> sources.isEmpty() ? w1 : w1 + " source:" + sources.get(r.nextInt(sources.size()));
            });
        }
        return out;
    }
}
