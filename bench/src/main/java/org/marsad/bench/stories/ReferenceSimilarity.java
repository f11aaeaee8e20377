package org.marsad.bench.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;

/**
 * The similarity the story pair sample is stratified by, independent of the clusterer: cosine of TF-IDF vectors of
 * whole articles (Marsad's raw term weights × log(N/df) over the set, every term kept). See LABELLING.md.
 */
final class ReferenceSimilarity {
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] terms;
    private final double[][] weights;

    ReferenceSimilarity(List<ArticleFeatures> fs) {
        terms = new int[fs.size()][];
        weights = new double[fs.size()][];
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        for (ArticleFeatures f : fs) {
            for (String t : f.terms().keySet()) {
                df.merge(ids.computeIfAbsent(t, x -> ids.size()), 1, Integer::sum);
            }
        }
        for (int i = 0; i < fs.size(); i++) {
            index.put(fs.get(i).id(), i);
            TreeMap<Integer, Double> v = new TreeMap<>();
            for (Map.Entry<String, Float> e : fs.get(i).terms().entrySet()) {
                int id = ids.get(e.getKey());
                v.put(id, e.getValue() * Math.log((double) fs.size() / df.get(id)));
            }
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            terms[i] = v.keySet().stream().mapToInt(Integer::intValue).toArray();
            weights[i] = v.values().stream().mapToDouble(x -> norm == 0 ? 0 : x / norm).toArray();
        }
    }

    /** Similarity of the articles at positions i and j of the list. */
    double at(int i, int j) {
        int[] ta = terms[i];
        int[] tb = terms[j];
        double[] wa = weights[i];
        double[] wb = weights[j];
        double s = 0;
        int a = 0;
        int b = 0;
        while (a < ta.length && b < tb.length) {
            if (ta[a] == tb[b]) {
                s += wa[a++] * wb[b++];
            } else if (ta[a] < tb[b]) {
                a++;
            } else {
                b++;
            }
        }
        return s;
    }

    /** Similarity of two articles by id. */
    double of(String a, String b) {
        return at(index.get(a), index.get(b));
    }
}
