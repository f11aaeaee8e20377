package org.marsad.arabic.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first stage found elsewhere in the same document, as features for the second stage: a news article names
 * a person in full once ("الرئيس الأمريكي باراك أوباما") and then by a short form in sentences whose context says
 * little ("وأضاف أوباما"), so a word the first stage tagged as a person in one sentence is evidence in the others.
 *
 * <p>For each token: its own first-stage label and those of its neighbours; the most frequent reading of the same stem
 * at its other places in the document (a type or no name, and how dominant), alone and with the token's own label;
 * the type, count, share and B-/I- position of the stem's name readings elsewhere; and whether the token lies inside a several-word name the first stage found somewhere in the document
 * (its type, at its start or inside, and whether the first stage tagged this very place so). Pure: words and labels
 * in, feature hashes out.
 */
final class DocumentEvidence {
    private static final int T = Labels.TYPES.length;
    /** Per stem: occurrences (at {@code TOTAL}), then per label the count the first stage gave it. */
    private static final int TOTAL = 0;
    /** How many document features each token has. */
    static final int PER_TOKEN = 8;

    private DocumentEvidence() {
    }

    /**
     * The document features of every token.
     *
     * @param words the document's sentences as analysed words
     * @param labels the first stage's labels of each sentence
     * @return per sentence, its tokens' feature hashes one token after another, {@link #PER_TOKEN} per token (0
     *     where a template is silent): one array per sentence, where an array per token (and a copy of its stem's
     *     counts) was garbage made at every token
     */
    static long[][] extract(Word[][] words, int[][] labels) {
        Map<String, int[]> stems = new HashMap<>();
        Map<List<String>, int[]> phrases = new HashMap<>();
        int longest = 0;
        for (int s = 0; s < words.length; s++) {
            Word[] w = words[s];
            int[] y = labels[s];
            for (int i = 0; i < w.length; i++) {
                if (!counted(w[i])) {
                    continue;
                }
                int[] c = stems.computeIfAbsent(w[i].stem(), k -> new int[1 + 2 * T]);
                c[TOTAL]++;
                if (y[i] != Labels.O) {
                    c[y[i]]++;
                }
            }
            int i = 0;
            while (i < y.length) {
                if (y[i] == Labels.O) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < y.length && Labels.isInside(y[j]) && Labels.type(y[j]) == Labels.type(y[i])) {
                    j++;
                }
                if (j - i >= 2) {
                    phrases.computeIfAbsent(stemsOf(w, i, j), k -> new int[T])[Labels.type(y[i]).ordinal()]++;
                    longest = Math.max(longest, j - i);
                }
                i = j;
            }
        }
        long[][] out = new long[words.length][];
        for (int s = 0; s < words.length; s++) {
            out[s] = sentence(words[s], labels[s], stems, phrases, longest);
        }
        return out;
    }

    private static boolean counted(Word w) {
        return w.shape() != Word.PUNCT && w.shape() != Word.DIGITS && w.stem().length() >= 2;
    }

    private static List<String> stemsOf(Word[] w, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(w[k].stem());
        }
        return out;
    }

    private static long[] sentence(Word[] w, int[] y, Map<String, int[]> stems, Map<List<String>, int[]> phrases,
            int longest) {
        int n = w.length;
        int[] vote = new int[n];
        long[] majority = new long[n];
        long[] named = new long[n];
        for (int i = 0; i < n; i++) {
            vote[i] = -1;
            majority[i] = -1;
            named[i] = -1;
            if (!counted(w[i])) {
                continue;
            }
            // the stem's counts elsewhere: without this place (its occurrence and its own label)
            int[] c = stems.get(w[i].stem());
            int own = y[i];
            int total = c[TOTAL] - 1;
            if (total == 0) {
                continue; // nowhere else in the document
            }
            int best = -1;
            int bestCount = 0;
            int tagged = 0;
            for (int t = 0; t < T; t++) {
                int count = elsewhere(c, 1 + 2 * t, own) + elsewhere(c, 2 + 2 * t, own);
                tagged += count;
                if (count > bestCount) {
                    best = t;
                    bestCount = count;
                }
            }
            // the most frequent reading elsewhere, a name's type or no name (T), and how dominant it is: a word tagged
            // once in thirty places is not a name because of that once
            int top = best >= 0 && bestCount > total - tagged ? best : T;
            int topCount = top == T ? total - tagged : bestCount;
            int share = topCount == total ? 3 : 2 * topCount > total ? 2 : 1;
            vote[i] = top;
            majority[i] = top * 4 + share;
            if (best >= 0) {
                int begins = elsewhere(c, 1 + 2 * best, own);
                int position = 2 * begins > bestCount ? 1 : 2 * begins < bestCount ? 2 : 0;
                int often = Math.min(bestCount, 3);
                int fraction = 5 * bestCount < total ? 0 : 2 * bestCount < total ? 1 : 2;
                named[i] = ((best * 4 + often) * 4 + fraction) * 4 + position;
            }
        }
        int[] phrase = phrases(w, y, phrases, longest);
        long[] f = new long[n * PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int k = i * PER_TOKEN;
            int previous = i > 0 ? y[i - 1] : -1;
            int next = i + 1 < n ? y[i + 1] : -1;
            f[k++] = Features.mix(60, y[i]);
            f[k++] = Features.mix(61, (previous + 1) * 16 + next + 1);
            f[k++] = majority[i] < 0 ? 0 : Features.mix(62, majority[i]);
            f[k++] = majority[i] < 0 ? 0 : Features.mix(63, majority[i] * 16 + y[i]);
            f[k++] = named[i] < 0 ? 0 : Features.mix(67, named[i]);
            f[k++] = phrase[i] < 0 ? 0 : Features.mix(64, phrase[i]);
            f[k++] = phrase[i] < 0 ? 0 : Features.mix(65, phrase[i] * 16 + y[i]);
            f[k++] = Features.mix(66, (i > 0 ? vote[i - 1] + 1 : 9) * 16 + (i + 1 < n ? vote[i + 1] + 1 : 9));
        }
        return f;
    }

    /** A stem's count at {@code index} of its counts, less this place's own label {@code own} (not a copy). */
    private static int elsewhere(int[] counts, int index, int own) {
        return own != Labels.O && index == own ? counts[index] - 1 : counts[index];
    }

    private static boolean starts(Map<List<String>, int[]> phrases, String stem) {
        // phrases are few per document: a scan is cheaper than building candidate lists at every token
        for (List<String> p : phrases.keySet()) {
            if (p.get(0).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each token, -1 or a code for the longest several-word first-stage name of the document that covers it
     * (matched left to right, longest first): its most frequent type, how often the first stage found it and whether
     * always as that type, start or inside, and whether the first stage tagged this place as that very name.
     */
    private static int[] phrases(Word[] w, int[] y, Map<List<String>, int[]> phrases, int longest) {
        int n = w.length;
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int i = 0;
        while (i < n) {
            int matched = 0;
            int type = -1;
            int times = 0;
            boolean agreed = true;
            for (int m = starts(phrases, w[i].stem()) ? Math.min(longest, n - i) : 0; m >= 2; m--) {
                int[] counts = phrases.get(stemsOf(w, i, i + m));
                if (counts != null) {
                    matched = m;
                    for (int t = 0; t < T; t++) {
                        times += counts[t];
                        if (type < 0 || counts[t] > counts[type]) {
                            type = t;
                        }
                    }
                    agreed = counts[type] == times;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            int begin = Labels.begin(Labels.TYPES[type]);
            boolean same = y[i] == begin && (i + matched == n || y[i + matched] != begin + 1);
            for (int k = i + 1; k < i + matched && same; k++) {
                same = y[k] == begin + 1;
            }
            // how often the first stage found it, and whether always as one type: one finding is weak evidence
            int strength = Math.min(times, 3) * 2 + (agreed ? 1 : 0);
            for (int k = i; k < i + matched; k++) {
                out[k] = (type * 8 + strength) * 4 + (k == i ? 0 : 2) + (same ? 1 : 0);
            }
            i += matched;
        }
        return out;
    }

    /**
     * A sentence's first-stage features followed by its document features ({@link #extract}'s array of the
     * sentence), token by token.
     */
    static long[][] join(long[][] base, long[] document) {
        long[][] out = new long[base.length][];
        for (int i = 0; i < base.length; i++) {
            out[i] = new long[base[i].length + PER_TOKEN];
            System.arraycopy(base[i], 0, out[i], 0, base[i].length);
            System.arraycopy(document, i * PER_TOKEN, out[i], base[i].length, PER_TOKEN);
        }
        return out;
    }
}
