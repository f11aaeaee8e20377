package org.marsad.bench.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.arabic.NoHappening;
import org.marsad.enrich.ArticleFeatures;

/**
 * The census of a fold's labelled pairs with a piece that reports no single happening on at least one side ({@link
 * NoHappening}; issue 20, branch stories35): every such pair of the left-out sample, joined or kept apart by the
 * fold's out-of-sample replay, one tab-separated line each ({@code pieces} …) with its label, its weight and the pool
 * scale of its sample, both headlines' genres (earlier, later; "-" for a report) and the headlines. A {@code
 * pieces-fold} line gives the fold's joined weight (labelled pairs and the outside count) and same-event weight, so
 * that a pair's share of the precision or recall lost can be computed. Turned on by {@code -Dgate.pieces=true}; it
 * reads and prints, and decides nothing.
 */
final class NoHappeningPairs {
    private NoHappeningPairs() {
    }

    static void print(String fold, StoryPairs sample, StoryPairs.Score score, double scale, JoinGateBench.Result r,
                      List<ArticleFeatures> feats) {
        Map<String, ArticleFeatures> byId = new HashMap<>();
        for (ArticleFeatures f : feats) {
            byId.put(f.id(), f);
        }
        double joinedW = score.outside();
        double eventW = 0;
        for (StoryPairs.Pair p : sample.pairs()) {
            if (!p.split().equals(fold)) {
                continue;
            }
            boolean joined = r.out().get(p.a()).equals(r.out().get(p.b()));
            joinedW += joined ? p.weight() : 0;
            eventW += p.label() == StoryPairs.Label.EVENT ? p.weight() : 0;
            ArticleFeatures a = byId.get(p.a());
            ArticleFeatures b = byId.get(p.b());
            ArticleFeatures earlier = a.time() <= b.time() ? a : b;
            ArticleFeatures later = earlier == a ? b : a;
            String ge = genre(earlier);
            String gl = genre(later);
            if (ge.equals("-") && gl.equals("-")) {
                continue;
            }
            System.out.printf(Locale.ROOT, "pieces\t%s\t%s\t%s\t%.2f\t%.4f\t%s\t%s\t%s\t%s%n", fold,
                    p.label().name().toLowerCase(Locale.ROOT), joined ? "joined" : "apart", p.weight(), scale, ge, gl,
                    earlier.title(), later.title());
        }
        System.out.printf(Locale.ROOT, "pieces-fold\t%s\t%.2f\t%d\t%.2f\t%.4f%n", fold, joinedW, score.outside(),
                eventW, scale);
    }

    private static String genre(ArticleFeatures f) {
        return NoHappening.of(f.title()).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse("-");
    }
}
