package org.marsad.bench.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.story.EventFrame;
import org.marsad.enrich.story.StoryRules;

/**
 * The census of two headlines' frame conflicts (issue 20, branch stories34): every labelled pair of a fold's left-out
 * sample, joined or kept apart by the fold's out-of-sample replay, printed one tab-separated line each ({@code frames}
 * …) with its label, whether the replay joined it, its weight and the sample's pool scale, and whether both headlines
 * are framed and their frames conflict by the shipped rules' frame test ({@link StoryRules#frames}) — read with the
 * frozen lexicon, and again with act words in inflected forms ({@link EventFrame#of(String, boolean, boolean)}). A
 * pair whose two headlines are the same text is marked (a copy's). Turned on by {@code -Dgate.frames=true}; it reads
 * and prints, and decides nothing.
 */
final class FrameConflicts {
    private FrameConflicts() {
    }

    static void print(String fold, StoryPairs sample, JoinGateBench.Result r, Map<String, ArticleFeatures> byId,
                      double scale) {
        for (StoryPairs.Pair p : sample.pairs()) {
            ArticleFeatures a = byId.get(p.a());
            ArticleFeatures b = byId.get(p.b());
            if (!p.split().equals(fold) || a == null || b == null) {
                continue;
            }
            boolean joined = r.out().get(p.a()).equals(r.out().get(p.b()));
            System.out.printf(Locale.ROOT, "frames\t%s\t%s\t%s\t%.2f\t%.4f\t%s\t%s\t%d\t%s\t%s%n", fold,
                    p.label().name().toLowerCase(Locale.ROOT), joined ? "joined" : "apart", p.weight(), scale,
                    reading(a, b, false), reading(a, b, true), a.title().strip().equals(b.title().strip()) ? 1 : 0,
                    a.title(), b.title());
        }
    }

    /** "conflict", "agree" (both framed, no conflict) or "unframed" (a headline names no listed act). */
    private static String reading(ArticleFeatures a, ArticleFeatures b, boolean inflected) {
        StoryRules rules = StoryRules.DEFAULT;
        EventFrame x = EventFrame.of(a.title(), rules.sportActs(), inflected);
        EventFrame y = EventFrame.of(b.title(), rules.sportActs(), inflected);
        if (!x.known() || !y.known()) {
            return "unframed";
        }
        return rules.framesConflict(x, y) ? "conflict" : "agree";
    }

    /** The articles by id, for {@link #print}. */
    static Map<String, ArticleFeatures> byId(java.util.List<ArticleFeatures> feats) {
        Map<String, ArticleFeatures> out = new HashMap<>();
        for (ArticleFeatures f : feats) {
            out.put(f.id(), f);
        }
        return out;
    }
}
