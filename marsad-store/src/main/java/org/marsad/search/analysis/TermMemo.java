package org.marsad.search.analysis;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a pure per-word step (clitic stripping, folding, ending stripping) made of each word it saw, so
 * that the next occurrence is one hash lookup on the term buffer instead of the toolkit's normalization (NFC
 * checks, string copies) again. News text repeats a small vocabulary, so most tokens hit. The step must depend on
 * the word alone; the output is then exactly what the step would have produced.
 *
 * <p>An open-addressing table that keeps each word's hash beside it, so a probe compares chars only when the
 * hashes agree; it grows from a small size up to its capacity in words and is emptied when full. Not
 * thread-safe: each filter instance owns one, and Lucene reuses a token stream within one thread only — so an
 * analyzer used from many threads holds one memo per filter per thread. The indexing analyzer (one writer thread)
 * gets {@link #MAX_WORDS}; the analyzers of queries and snippets, used from every web server thread, get
 * {@link #SEARCH_WORDS}: at 50,000 words a memo holds about 4 MB, and a server's 60-odd threads filled theirs
 * request after request (the heap grew in the load bench's second round).
 */
final class TermMemo {
    /** Capacity for the indexing analyzer: news vocabulary, one thread. */
    static final int MAX_WORDS = 50_000;
    /** Capacity for query and snippet analysis, which runs on every server thread. */
    static final int SEARCH_WORDS = 2_048;
    private static final int INITIAL_SLOTS = 256;

    private final int capacity;

    private int[] hashes = new int[INITIAL_SLOTS];
    private char[][] keys = new char[INITIAL_SLOTS][];
    private char[][] values = new char[INITIAL_SLOTS][];
    private int size;

    TermMemo() {
        this(MAX_WORDS);
    }

    TermMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Words held now (at most the capacity). */
    int size() {
        return size;
    }

    /** Replaces the term with {@code step} applied to it, computing the step only for a word not seen before. */
    void apply(CharTermAttribute term, UnaryOperator<String> step) {
        char[] buf = term.buffer();
        int len = term.length();
        int h = hash(buf, len);
        int mask = keys.length - 1;
        int slot = h & mask;
        for (char[] k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && Arrays.equals(k, 0, k.length, buf, 0, len)) {
                char[] out = values[slot];
                term.copyBuffer(out, 0, out.length);
                return;
            }
            slot = (slot + 1) & mask;
        }
        char[] key = Arrays.copyOf(buf, len);
        char[] out = step.apply(new String(key)).toCharArray();
        put(h, key, out);
        term.copyBuffer(out, 0, out.length);
    }

    private void put(int h, char[] key, char[] value) {
        if (size >= capacity) {
            clear();
        } else if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = h & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldKeys = keys;
        char[][] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new char[oldKeys.length * 2][];
        values = new char[oldKeys.length * 2][];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldHashes[i], oldKeys[i], oldValues[i]);
            }
        }
    }

    private void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        size = 0;
    }

    // Polynomial hash, then mixed (murmur3's finalizer) so that the low bits used for the slot depend on every char.
    private static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
