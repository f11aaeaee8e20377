package org.marsad.enrich;

import java.util.Map;

/**
 * How much two articles share their vocabulary: the cosine of their {@link ArticleFeatures#terms} weights (0 for
 * nothing in common, 1 for the same words in the same proportions). The page's "similar articles" box keeps only
 * candidates above a floor, so that an article with no real neighbour shows none rather than unrelated news.
 */
public final class TermCosine {
    private TermCosine() {
    }

    /** Cosine similarity of two term-weight maps, 0 when either is empty. */
    public static double of(Map<String, Float> a, Map<String, Float> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Float> small = a.size() <= b.size() ? a : b;
        Map<String, Float> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Float> e : small.entrySet()) {
            Float w = large.get(e.getKey());
            if (w != null) {
                dot += (double) e.getValue() * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Float> m) {
        double s = 0;
        for (float w : m.values()) {
            s += (double) w * w;
        }
        return Math.sqrt(s);
    }
}
