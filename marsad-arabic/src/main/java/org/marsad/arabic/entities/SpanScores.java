package org.marsad.arabic.entities;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match scoring (CoNLL style): a predicted entity counts only when its tokens and type both
 * equal a gold entity's. Add sentences with {@link #add}, then read precision, recall and F1 per type, micro and
 * macro over a chosen set of types.
 */
public final class SpanScores {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // true pos, predicted, gold

    public SpanScores() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** Adds one sentence's gold and predicted BIO tags (same length). */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        Set<String> g = spans(gold);
        Set<String> p = spans(predicted);
        for (String s : p) {
            EntityType t = EntityType.valueOf(s.substring(s.lastIndexOf(':') + 1));
            counts.get(t)[1]++;
            if (g.contains(s)) {
                counts.get(t)[0]++;
            }
        }
        for (String s : g) {
            counts.get(EntityType.valueOf(s.substring(s.lastIndexOf(':') + 1)))[2]++;
        }
    }

    /** Spans as "start:end:TYPE"; an I- that does not continue its type starts a new entity. */
    private static Set<String> spans(List<String> tags) {
        Set<String> out = new HashSet<>();
        int previous = -1;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            int label = i < tags.size() ? Labels.parse(tags.get(i)) : Labels.O;
            if (label < 0) {
                label = Labels.O;
            }
            boolean continues = Labels.isInside(label) && Labels.allowed(previous, label);
            if (!continues && start >= 0) {
                out.add(start + ":" + i + ":" + Labels.type(previous).name());
                start = -1;
            }
            if (label != Labels.O && !continues) {
                start = i;
            }
            previous = label;
        }
        return out;
    }

    public double precision(EntityType t) {
        int[] c = counts.get(t);
        return c[1] == 0 ? 0 : c[0] / (double) c[1];
    }

    public double recall(EntityType t) {
        int[] c = counts.get(t);
        return c[2] == 0 ? 0 : c[0] / (double) c[2];
    }

    public double f1(EntityType t) {
        return f1(precision(t), recall(t));
    }

    /** Gold entities of a type. */
    public int gold(EntityType t) {
        return counts.get(t)[2];
    }

    /** Micro-averaged precision, recall and F1 (in that order) over the given types. */
    public double[] micro(Set<EntityType> types) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (EntityType t : types) {
            int[] c = counts.get(t);
            tp += c[0];
            predicted += c[1];
            gold += c[2];
        }
        double p = predicted == 0 ? 0 : tp / (double) predicted;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return new double[] {p, r, f1(p, r)};
    }

    /**
     * Macro-averaged F1: the mean of the types' F1. The sum runs in the types' declaration order whatever set is
     * given ({@code Set.of} iterates in a different order in every JVM), so the figure is the same to the last digit.
     */
    public double macroF1(Set<EntityType> types) {
        double sum = 0;
        for (EntityType t : EntityType.values()) {
            if (types.contains(t)) {
                sum += f1(t);
            }
        }
        return types.isEmpty() ? 0 : sum / types.size();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
