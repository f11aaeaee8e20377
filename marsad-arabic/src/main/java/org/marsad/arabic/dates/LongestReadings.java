package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping readings: the longest reading is kept, then the next longest that overlaps none kept, and so
 * on (left to right among equals). Instead of comparing each reading with every kept one (quadratic on date-dense
 * text), kept spans are marked in a bitmap of the text, and a reading checks only the 64-char words of the bitmap
 * it covers. Readings of one pattern never overlap, so the readings cover each char a bounded number of times and
 * the work after sorting is linear in the text's length.
 *
 * <p>One instance per resolution; {@link #probes} counts the bitmap words read and written, for tests of the bound.
 */
final class LongestReadings {
    private long probes;

    /** The readings kept, in text order; {@code textLength} bounds every reading's end. */
    List<Candidate> keep(List<Candidate> found, int textLength) {
        if (found.size() < 2) {
            return found;
        }
        List<Candidate> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        long[] taken = new long[(textLength >>> 6) + 1];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byLength) {
            if (c.length() > 0 && isFree(taken, c.start(), c.end())) {
                take(taken, c.start(), c.end());
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Bitmap words read and written so far. */
    long probes() {
        return probes;
    }

    private boolean isFree(long[] taken, int start, int end) {
        int first = start >>> 6;
        int last = (end - 1) >>> 6;
        for (int w = first; w <= last; w++) {
            probes++;
            if ((taken[w] & mask(w, first, last, start, end)) != 0) {
                return false;
            }
        }
        return true;
    }

    private void take(long[] taken, int start, int end) {
        int first = start >>> 6;
        int last = (end - 1) >>> 6;
        for (int w = first; w <= last; w++) {
            probes++;
            taken[w] |= mask(w, first, last, start, end);
        }
    }

    /** The bits of word {@code w} that lie inside [start, end). */
    private static long mask(int w, int first, int last, int start, int end) {
        long from = w == first ? -1L << (start & 63) : -1L;
        long to = w == last ? -1L >>> (63 - ((end - 1) & 63)) : -1L;
        return from & to;
    }
}
