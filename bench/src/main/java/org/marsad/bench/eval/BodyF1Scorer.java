package org.marsad.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extracted article bodies against gold bodies the way the Scrapinghub article-extraction benchmark does:
 * word tokens, multisets of 4-token shingles, per-document precision and recall, averaged over documents, and F1
 * computed from the two means (not the mean of per-document F1).
 *
 * <p>Feed it one document at a time with {@link #add(String, String)}, then read {@link #result()}.
 */
public final class BodyF1Scorer {
    /** Maximal runs of Unicode word characters: letters, digits and underscore (combining marks split words). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    private double precisionSum;
    private int precisionCount;
    private double recallSum;
    private int recallCount;
    private int identical;
    private int documents;

    /** Per-document counts, already normalised so that tp + fp + fn = 1 (or all zero when both texts are empty). */
    public record DocScore(double tp, double fp, double fn, boolean identicalTokens) {
        /** Precision of this document, or NaN when nothing was predicted. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
        }

        /** Recall of this document, or NaN when the gold is empty. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
                return 0;
            }
            return 2 * p * r / (p + r);
        }
    }

    /** Mean precision and recall over the documents, F1 of the two means, and the share of identical token lists. */
    public record Result(int documents, double precision, double recall, double f1, double accuracy) {
    }

    /** Scores one document and adds it to the running means. */
    public DocScore add(String gold, String predicted) {
        DocScore s = score(gold, predicted);
        documents++;
        if (s.identicalTokens()) {
            identical++;
        }
        double p = s.precision();
        if (!Double.isNaN(p)) {
            precisionSum += p;
            precisionCount++;
        }
        double r = s.recall();
        if (!Double.isNaN(r)) {
            recallSum += r;
            recallCount++;
        }
        return s;
    }

    public Result result() {
        double p = precisionCount == 0 ? 0 : precisionSum / precisionCount;
        double r = recallCount == 0 ? 0 : recallSum / recallCount;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Result(documents, p, r, f1, documents == 0 ? 0 : (double) identical / documents);
    }

    /** Scores one document on its own. */
    public static DocScore score(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> gs = shingles(g);
        Map<List<String>, Integer> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            int gc = gs.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : gs.entrySet()) {
            fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        }
        long total = tp + fp + fn;
        boolean same = g.equals(p);
        if (total == 0) {
            return new DocScore(0, 0, 0, same);
        }
        return new DocScore((double) tp / total, (double) fp / total, (double) fn / total, same);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
