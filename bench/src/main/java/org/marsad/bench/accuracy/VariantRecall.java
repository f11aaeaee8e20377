package org.marsad.bench.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.bench.e2e.LuceneBaseline;

/**
 * Search variant recall: for each pair (query, document form) from the bundled list, does a search for the query
 * find a text containing the document form? A query matches when every one of its analyzed terms is among the
 * document's analyzed terms (the AND semantics of a multi-word search). "distinct" pairs are false friends that must
 * not match.
 */
public final class VariantRecall {

    /** One line of the list. */
    public record Pair(boolean shouldMatch, String query, String document) {
    }

    /** Recall over the "match" pairs, false-friend rate over the "distinct" pairs, and the misses for the report. */
    public record Result(int positives, int found, int negatives, int falseFriends, List<String> misses,
                         List<String> merged) {
        public double recall() {
            return positives == 0 ? Double.NaN : (double) found / positives;
        }

        public double falseFriendRate() {
            return negatives == 0 ? Double.NaN : (double) falseFriends / negatives;
        }
    }

    private VariantRecall() {
    }

    public static List<Pair> bundled() {
        try (InputStream in = VariantRecall.class.getResourceAsStream("/org/marsad/bench/accuracy/variants.tsv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Pair> parse(String tsv) throws IOException {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !(f[0].equals("match") || f[0].equals("distinct"))) {
                    throw new IllegalArgumentException("bad variant line: " + line);
                }
                out.add(new Pair(f[0].equals("match"), f[1], f[2]));
            }
        }
        return out;
    }

    public static Result evaluate(Analyzer analyzer, List<Pair> pairs) throws IOException {
        int pos = 0;
        int found = 0;
        int neg = 0;
        int merged = 0;
        List<String> misses = new ArrayList<>();
        List<String> mergedPairs = new ArrayList<>();
        for (Pair p : pairs) {
            boolean matches = matches(analyzer, p.query(), p.document());
            if (p.shouldMatch()) {
                pos++;
                if (matches) {
                    found++;
                } else {
                    misses.add(p.query() + " → " + p.document());
                }
            } else {
                neg++;
                if (matches) {
                    merged++;
                    mergedPairs.add(p.query() + " ≠ " + p.document());
                }
            }
        }
        return new Result(pos, found, neg, merged, misses, mergedPairs);
    }

    static boolean matches(Analyzer analyzer, String query, String document) throws IOException {
        List<String> q = LuceneBaseline.terms(analyzer, "body", query);
        Set<String> d = new HashSet<>(LuceneBaseline.terms(analyzer, "body", document));
        return !q.isEmpty() && d.containsAll(q);
    }
}
