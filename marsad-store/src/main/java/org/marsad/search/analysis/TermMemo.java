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
 * <p>An open-addressing table of ints — each word's hash and where its entry starts — over one char array that holds
 * every entry (the word's length, its result's length, its uses, the word, the result) one after the other. A hit
 * then touches two places in memory, the table's slot and the entry, where separate arrays per word made it five
 * (hash, key reference, key, value reference, value): in a steady ingest the hits' comparisons, waiting on those
 * cache misses, were 4.5% of all the CPU samples. It grows from a small size up to its capacity in words. When full
 * — in words, or in the chars of its entries ({@link #charBudget}) — it keeps the words used most since the last
 * time it was full, at most half of each bound, and forgets the rest. Emptying it instead made every word of the
 * text after it a miss again: an Arabic news corpus has more distinct surface words than the capacity (the ANT
 * corpus 86,183, of which the 50,000 most frequent make 97% of the tokens), so a steady ingest filled and emptied
 * it over and over. Not thread-safe: each filter instance owns one, and Lucene reuses a token stream within one
 * thread only — so an analyzer used from many threads holds one memo per filter per thread. The indexing analyzer
 * (one writer thread) gets {@link #MAX_WORDS}; the analyzers of queries and snippets, used from every web server
 * thread, get {@link #SEARCH_WORDS}: at 50,000 words a memo holds about 4 MB, and a server's 60-odd threads filled
 * theirs request after request (the heap grew in the load bench's second round).
 */
final class TermMemo {
    /** Capacity for the indexing analyzer: news vocabulary, one thread. */
    static final int MAX_WORDS = 50_000;
    /** Capacity for query and snippet analysis, which runs on every server thread. */
    static final int SEARCH_WORDS = 2_048;
    private static final int INITIAL_SLOTS = 256;
    /** Chars per word, entry header, key and result together, that a full memo may hold on average. */
    private static final int CHARS_PER_WORD = 32;
    /** Uses counted per word up to this; enough to rank the words kept when the memo is full. */
    private static final int MOST_USES = 255;
    /** An entry's header: the word's length, the result's length, the uses. */
    private static final int HEADER = 3;

    private final int capacity;
    private final int charBudget;

    // Slot i: table[2i] the word's hash, table[2i + 1] where its entry starts in the pool plus one (0: empty).
    private int[] table = new int[2 * INITIAL_SLOTS];
    private char[] pool = new char[1024];
    private int used; // chars of the pool in use
    private int size;

    TermMemo() {
        this(MAX_WORDS);
    }

    TermMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.charBudget = (int) Math.min(Integer.MAX_VALUE - 16, (long) capacity * CHARS_PER_WORD);
    }

    /** Words held now (at most the capacity). */
    int size() {
        return size;
    }

    /** Chars held now by the entries (at most {@link #charBudget}). */
    long chars() {
        return used;
    }

    /** The most chars the entries may hold together: the memo's bound in bytes, halved. */
    long charBudget() {
        return charBudget;
    }

    /** Replaces the term with {@code step} applied to it, computing the step only for a word not seen before. */
    void apply(CharTermAttribute term, UnaryOperator<String> step) {
        char[] buf = term.buffer();
        int len = term.length();
        int h = hash(buf, len);
        int mask = (table.length >> 1) - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int at = table[2 * slot + 1] - 1;
            if (at < 0) {
                break;
            }
            if (table[2 * slot] == h && pool[at] == len
                    && Arrays.equals(pool, at + HEADER, at + HEADER + len, buf, 0, len)) {
                if (pool[at + 2] < MOST_USES) {
                    pool[at + 2]++;
                }
                term.copyBuffer(pool, at + HEADER + len, pool[at + 1]);
                return;
            }
        }
        String out = step.apply(new String(buf, 0, len));
        int need = HEADER + len + out.length();
        // A word or result too long for a char-sized length, or for half the budget, is not kept: it would crowd
        // out the rest (the tokenizer's words are at most 255 chars).
        if (len <= Character.MAX_VALUE && out.length() <= Character.MAX_VALUE && need <= charBudget / 2) {
            put(h, buf, len, out, need);
        }
        term.setEmpty().append(out);
    }

    private void put(int h, char[] word, int len, String out, int need) {
        if (size >= capacity || used + need > charBudget) {
            keepMostUsed();
        }
        if (2 * (size + 1) > table.length >> 1) {
            rehash(table.length); // twice the slots
        }
        if (used + need > pool.length) {
            pool = Arrays.copyOf(pool, (int) Math.min(charBudget, Math.max(used + need, 2L * pool.length)));
        }
        int at = used;
        pool[at] = (char) len;
        pool[at + 1] = (char) out.length();
        pool[at + 2] = 0;
        System.arraycopy(word, 0, pool, at + HEADER, len);
        out.getChars(0, out.length(), pool, at + HEADER + len);
        used += need;
        place(h, at);
    }

    private void place(int h, int at) {
        int mask = (table.length >> 1) - 1;
        int slot = h & mask;
        while (table[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = h;
        table[2 * slot + 1] = at + 1;
        size++;
    }

    private void rehash(int slots) {
        int[] old = table;
        table = new int[2 * slots];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                place(old[i], old[i + 1] - 1);
            }
        }
    }

    /**
     * Keeps the words found again most often since they were stored or last kept — as many as fit in half the
     * capacity and half the char budget, so that the next half fills before the next sweep — and forgets the rest,
     * the words seen once among them. The kept words' counts are halved: a word that stops coming back is forgotten
     * after a few sweeps. The kept entries are copied to the front of a new pool.
     */
    private void keepMostUsed() {
        int[] words = new int[MOST_USES + 2];
        long[] held = new long[MOST_USES + 2];
        for (int i = 1; i < table.length; i += 2) {
            int at = table[i] - 1;
            if (at >= 0) {
                words[pool[at + 2]]++;
                held[pool[at + 2]] += HEADER + pool[at] + pool[at + 1];
            }
        }
        // The least count kept: from the top down, while the words at or above it fit in half of both bounds.
        int least = MOST_USES + 1;
        int keptWords = 0;
        long keptChars = 0;
        while (least > 1 && keptWords + words[least - 1] <= capacity / 2
                && keptChars + held[least - 1] <= charBudget / 2) {
            least--;
            keptWords += words[least];
            keptChars += held[least];
        }
        int[] old = table;
        char[] oldPool = pool;
        table = new int[old.length];
        pool = new char[(int) Math.max(1024, Math.min(charBudget, 2 * keptChars))];
        size = 0;
        used = 0;
        for (int i = 0; i < old.length; i += 2) {
            int at = old[i + 1] - 1;
            if (at >= 0 && oldPool[at + 2] >= least) {
                int n = HEADER + oldPool[at] + oldPool[at + 1];
                System.arraycopy(oldPool, at, pool, used, n);
                pool[used + 2] = (char) (oldPool[at + 2] >>> 1);
                place(old[i], used);
                used += n;
            }
        }
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
