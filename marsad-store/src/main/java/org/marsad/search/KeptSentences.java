package org.marsad.search;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The sentence boundaries that came with one search's hit records, by the very text handed to the highlighter: its
 * {@link SentenceBreaks} take them from here instead of reading the body for them. Keyed by identity, since the
 * highlighter passes on the string it was given; a text it cut or copied is simply not found, and read.
 *
 * <p>Not thread-safe: one per highlighter, as the highlighter itself.
 */
final class KeptSentences {
    private final Map<String, int[]> byText = new IdentityHashMap<>();

    /** Keeps the boundaries inside {@code text} (ascending, neither its start nor its end). */
    void put(String text, int[] inside) {
        byText.put(text, inside);
    }

    /** The boundaries kept for this very string, or null. */
    int[] of(String text) {
        return byText.get(text);
    }
}
