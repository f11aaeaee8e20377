package org.marsad.arabic.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What annotated text says about words and names, as features for the tagger: for each word stem the label it
 * most often carries and how often (its prior), for each name (one or more stems) the type it was annotated with and
 * how often that word sequence is annotated at all, and the words that are names as written (واشنطن, لبنان) so that
 * clitic splitting leaves them whole.
 *
 * <p>Built from the training corpus; the trainer builds one per fold from the other folds (jackknifing), so that
 * the tagger learns how far to trust a gazetteer hit on words it has not seen, not to copy its own annotation.
 */
final class Gazetteer {
    static final int MAX_NAME_TOKENS = 6;
    private static final Gazetteer EMPTY = new Gazetteer(Map.of(), Map.of(), Map.of(), Set.of());

    /** Stem → label * 4 + confidence bucket (0..3). */
    private final Map<String, Byte> priors;
    /** Stems joined by a space → type ordinal * 4 + confidence bucket. */
    private final Map<String, Byte> names;
    /** First stem of a name → the most tokens a name starting with it has. */
    private final Map<String, Integer> longest;
    /** The beginnings of names that a longer name continues: each name's text before each of its spaces. */
    private final Set<String> continued;
    /** Search-folded words that are names as written (never split into clitic + word). */
    private final Set<String> whole;

    private Gazetteer(Map<String, Byte> priors, Map<String, Byte> names, Map<String, Integer> longest,
            Set<String> whole) {
        this.priors = priors;
        this.names = names;
        this.longest = longest;
        this.whole = whole;
        this.continued = new HashSet<>();
        for (String name : names.keySet()) {
            for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
                continued.add(name.substring(0, space));
            }
        }
    }

    static Gazetteer empty() {
        return EMPTY;
    }

    /** Whether a search-folded word is a name as written (in the training data or the shipped lexicon). */
    boolean isWhole(String folded) {
        return whole.contains(folded) || Lexicon.shipped().protects(folded);
    }

    /** Whether a search-folded word was seen in the training text often enough to be kept whole (not the lexicon). */
    boolean seenWhole(String folded) {
        return whole.contains(folded);
    }

    /** The prior code of a stem, or -1. */
    int prior(String stem) {
        Byte b = priors.get(stem);
        return b == null ? -1 : b;
    }

    /**
     * Marks the names found in a sentence's stems, longest match first: for each token the code (B=0/I=1) * 64 +
     * type * 4 + bucket, or -1.
     */
    int[] matchNames(String[] stems) {
        int n = stems.length;
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < n) {
            Integer max = longest.get(stems[i]);
            int matched = 0;
            int code = -1;
            if (max != null) {
                // The names here grown a stem at a time, while some name goes on: the last found is the longest.
                // Trying every length down from the longest name's built and looked up strings that no name
                // begins with (a twentieth of the tagger's samples went to these look-ups and strings).
                int reach = Math.min(max, n - i);
                sb.setLength(0);
                sb.append(stems[i]);
                for (int len = 1; ; len++) {
                    String candidate = sb.toString();
                    Byte b = names.get(candidate);
                    if (b != null) {
                        matched = len;
                        code = b;
                    }
                    if (len == reach || !continued.contains(candidate)) {
                        break;
                    }
                    sb.append(' ').append(stems[i + len]);
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < matched; k++) {
                out[i + k] = (k == 0 ? 0 : 64) + code;
            }
            i += matched;
        }
        return out;
    }

    static int bucket(double fraction) {
        return fraction >= 0.9 ? 3 : fraction >= 0.6 ? 2 : fraction >= 0.3 ? 1 : 0;
    }

    /**
     * Builds a gazetteer from analysed sentences with their labels.
     *
     * @param sentences each sentence's analysed words
     * @param labels each sentence's labels
     * @param whole the words that are names as written (shared by every fold)
     */
    static Gazetteer build(List<Word[]> sentences, List<int[]> labels, Set<String> whole) {
        Map<String, int[]> wordCounts = new HashMap<>();
        Map<String, int[]> nameCounts = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Word[] words = sentences.get(s);
            int[] y = labels.get(s);
            for (int i = 0; i < words.length; i++) {
                wordCounts.computeIfAbsent(words[i].stem(), k -> new int[Labels.COUNT])[y[i]]++;
                if (Labels.isBegin(y[i])) {
                    int j = i + 1;
                    while (j < words.length && Labels.isInside(y[j])) {
                        j++;
                    }
                    if (j - i <= MAX_NAME_TOKENS) {
                        nameCounts.computeIfAbsent(join(words, i, j), k -> new int[Labels.TYPES.length + 1])
                                [Labels.type(y[i]).ordinal()]++;
                    }
                }
            }
        }
        // how often each name's word sequence occurs at all, annotated or not
        Map<String, Integer> firsts = new HashMap<>();
        for (String name : nameCounts.keySet()) {
            String[] parts = name.split(" ");
            if (parts.length == 0) {
                continue; // empty stems alone spell no name
            }
            firsts.merge(parts[0], parts.length, Math::max);
        }
        for (Word[] words : sentences) {
            for (int i = 0; i < words.length; i++) {
                Integer max = firsts.get(words[i].stem());
                if (max == null) {
                    continue;
                }
                for (int len = 1; len <= max && i + len <= words.length; len++) {
                    int[] c = nameCounts.get(join(words, i, i + len));
                    if (c != null) {
                        c[Labels.TYPES.length]++;
                    }
                }
            }
        }
        Map<String, Byte> priors = new HashMap<>();
        wordCounts.forEach((stem, c) -> {
            int best = 0;
            int total = 0;
            for (int l = 0; l < c.length; l++) {
                total += c[l];
                if (l > 0 && c[l] > c[best]) {
                    best = l;
                }
            }
            if (best > 0 && c[best] * 10 >= total) {
                priors.put(stem, (byte) (best * 4 + bucket(c[best] / (double) total)));
            }
        });
        Map<String, Byte> names = new HashMap<>();
        Map<String, Integer> longest = new HashMap<>();
        nameCounts.forEach((name, c) -> {
            int best = 0;
            int annotated = 0;
            for (int t = 0; t < Labels.TYPES.length; t++) {
                annotated += c[t];
                if (c[t] > c[best]) {
                    best = t;
                }
            }
            int occurrences = Math.max(c[Labels.TYPES.length], annotated);
            double fraction = annotated / (double) occurrences;
            String[] parts = name.split(" ");
            if (fraction >= 0.2 && parts.length > 0) { // (empty stems alone spell no name)
                names.put(name, (byte) (best * 4 + bucket(fraction)));
                longest.merge(parts[0], parts.length, Math::max);
            }
        });
        return new Gazetteer(priors, names, longest, whole);
    }

    private static String join(Word[] words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words[k].stem());
        }
        return sb.toString();
    }

    void write(DataOutputStream out) throws IOException {
        writeMap(out, priors);
        writeMap(out, names);
        out.writeInt(whole.size());
        for (String w : whole) {
            out.writeUTF(w);
        }
    }

    /**
     * Reads a gazetteer as {@link #write} wrote it. A name made of spaces alone (no stem in it: nothing a sentence
     * can spell) is left out rather than failing the whole model.
     */
    static Gazetteer read(DataInputStream in) throws IOException {
        Map<String, Byte> priors = readMap(in);
        Map<String, Byte> names = readMap(in);
        int n = in.readInt();
        Set<String> whole = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            whole.add(in.readUTF());
        }
        names.keySet().removeIf(name -> name.split(" ").length == 0);
        Map<String, Integer> longest = new HashMap<>();
        for (String name : names.keySet()) {
            String[] parts = name.split(" ");
            longest.merge(parts[0], parts.length, Math::max);
        }
        return new Gazetteer(priors, names, longest, whole);
    }

    private static void writeMap(DataOutputStream out, Map<String, Byte> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Byte> e : new java.util.TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
    }

    private static Map<String, Byte> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Byte> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            map.put(k, in.readByte());
        }
        return map;
    }
}
