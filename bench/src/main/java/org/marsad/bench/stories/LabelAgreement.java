package org.marsad.bench.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * How far a blind second reading of story pairs agrees with the first (LABELLING.md's consistency checks): the share
 * of the re-read pairs that got the same label, and Cohen's kappa, which discounts the agreement two readers would
 * reach by chance given how often each used each label. Computed from the two labels files themselves, so that the
 * figure reported in LABELLING.md can be checked against what was shipped.
 *
 * @param pairs  pairs of the second reading (each also in the first)
 * @param agreed pairs with the same label in both readings
 * @param kappa  Cohen's kappa over those pairs
 */
record LabelAgreement(int pairs, int agreed, double kappa) {

    /** The share of the re-read pairs with the same label. */
    double agreement() {
        return (double) agreed / pairs;
    }

    /**
     * Joins a second reading (docno_a, docno_b, label, note; any order of the two numbers) to the first labels file on
     * the pairs and compares their labels.
     *
     * @throws IllegalArgumentException when the second reading holds a pair the first does not, or holds no pair
     */
    static LabelAgreement of(String firstTsv, String secondTsv) {
        int[][] table = table(firstTsv, secondTsv);
        int n = 0;
        int agreed = 0;
        int[] firstCounts = new int[table.length];
        int[] secondCounts = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                n += table[i][j];
                firstCounts[i] += table[i][j];
                secondCounts[j] += table[i][j];
            }
            agreed += table[i][i];
        }
        double chance = 0;
        for (int i = 0; i < table.length; i++) {
            chance += (double) firstCounts[i] / n * secondCounts[i] / n;
        }
        double observed = (double) agreed / n;
        // Both readers using one label only leaves no disagreement to discount: agreement is then complete.
        double kappa = chance >= 1 ? 1 : (observed - chance) / (1 - chance);
        return new LabelAgreement(n, agreed, kappa);
    }

    /**
     * The confusion table of the two readings over the second reading's pairs: {@code table[f][s]} counts the pairs
     * the first reading labelled f and the second s, both indexed by {@link StoryPairs.Label#ordinal()}.
     *
     * @throws IllegalArgumentException when the second reading holds a pair the first does not, or holds no pair
     */
    static int[][] table(String firstTsv, String secondTsv) {
        Map<String, String> first = labels(firstTsv);
        Map<String, String> second = labels(secondTsv);
        if (second.isEmpty()) {
            throw new IllegalArgumentException("the second reading holds no pair");
        }
        int[][] table = new int[StoryPairs.Label.values().length][StoryPairs.Label.values().length];
        for (Map.Entry<String, String> e : second.entrySet()) {
            String before = first.get(e.getKey());
            if (before == null) {
                throw new IllegalArgumentException("pair " + e.getKey() + " of the second reading is not in the first");
            }
            table[StoryPairs.Label.valueOf(before).ordinal()][StoryPairs.Label.valueOf(e.getValue()).ordinal()]++;
        }
        return table;
    }

    /** The label of each pair of a labels file, keyed by {@link StoryPairs#key}, as the label's enum name. */
    private static Map<String, String> labels(String tsv) {
        Map<String, String> out = new HashMap<>();
        String[] lines = StoryPairs.lines(tsv);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            out.put(StoryPairs.key(f[0], f[1]), f[2].strip().toUpperCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
