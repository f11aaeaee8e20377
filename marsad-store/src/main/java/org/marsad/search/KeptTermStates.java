package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where the highlighted terms of a query are in each segment's terms dictionary, kept for as long as one reader
 * serves. Every search looked each term up in each segment again (a walk of the dictionary's index, an eighth of
 * the highlighter's CPU), although the same query's terms sit where they sat: a segment's dictionary never changes,
 * and a new reader comes with a new searcher and so with new states.
 *
 * <p>The states are shared between threads only to be copied: a dictionary cursor seeks with a copy of a state,
 * never changing it. At most {@link #MOST} sets are kept; past this the kept ones are dropped. Thread safe.
 */
final class KeptTermStates {
    /** Sets of term states kept at most (one per query's terms and segment). */
    static final int MOST = 4_096;

    // A segment's dictionary by identity (a segment reader gives the same one each time) and the terms by content.
    private record Key(Terms index, List<BytesRef> terms) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.index == index && k.terms.equals(terms);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(index) * 31 + terms.hashCode();
        }
    }

    private final ConcurrentHashMap<Key, TermState[]> kept = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();

    /**
     * Each term's state in the segment of {@code index}, null where the segment does not hold it, found with
     * {@code dictionary} (a cursor of that segment's dictionary) the first time these terms are asked. The array is
     * shared: read it, never change it.
     */
    TermState[] of(Terms index, TermsEnum dictionary, BytesRef[] terms) throws IOException {
        // Asked with the caller's terms as they are; only a set that is kept is copied (the caller's may change).
        TermState[] states = kept.get(new Key(index, Arrays.asList(terms)));
        if (states == null) {
            states = lookUp(dictionary, terms);
            List<BytesRef> words = new ArrayList<>(terms.length);
            for (BytesRef t : terms) {
                words.add(BytesRef.deepCopyOf(t));
            }
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.putIfAbsent(new Key(index, words), states);
        }
        return states;
    }

    /** Each term's state in the segment of {@code dictionary}, null where it does not hold it. */
    TermState[] lookUp(TermsEnum dictionary, BytesRef[] terms) throws IOException {
        lookups.incrementAndGet();
        return find(dictionary, terms);
    }

    /** {@link #lookUp} without keeping count: for a highlighter that keeps nothing. */
    static TermState[] find(TermsEnum dictionary, BytesRef[] terms) throws IOException {
        TermState[] states = new TermState[terms.length];
        for (int i = 0; i < terms.length; i++) {
            if (dictionary.seekExact(terms[i])) {
                states[i] = dictionary.termState();
            }
        }
        return states;
    }

    /** How many sets of terms were looked up in a dictionary, not found kept (a measure for tests). */
    long lookups() {
        return lookups.get();
    }
}
