package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.LongValues;

/**
 * The facet counts of one search's matches, kept in proportion to the matches rather than to the archive. Lucene's
 * counts hold one counter per facet value of the index and read every value of a dimension to find its top ones:
 * a cost of each search page that grows with the archive (every day, person, place ever indexed) even when a
 * search matches a few dozen articles. Here a search with few matches for its index counts in a hash of the values
 * its matches carry, and reads only those; one with many matches counts in Lucene's way, one counter per value.
 *
 * <p>The answers are Lucene's: the same counts, the same top values (most matches first, ties in label order),
 * the same labels. It serves flat dimensions only (not hierarchical, no indexed dimension count), as
 * {@link ArticleDocuments#facetsConfig()} configures every facet.
 */
final class MatchedFacetCounts {
    /**
     * Below one match per this many facet values of the index, counts are kept sparse. A match carries about
     * fifteen values, and a hash increment costs several array increments: on a synthetic 100,000-article index
     * (69,120 values) the hash took 0.67x the dense counts' CPU for 100 matches but 1.19x for 1,000.
     */
    private static final long SPARSE_RATIO = 128;

    private final SortedSetDocValuesReaderState state;
    // the reader's values: its labels, and for several segments their ordinal map
    private final SortedSetDocValues labels;
    private final Counts counts;

    private MatchedFacetCounts(SortedSetDocValuesReaderState state, SortedSetDocValues labels, Counts counts) {
        this.state = state;
        this.labels = labels;
        this.counts = counts;
    }

    /** Counts every facet value of {@code matches}, which were collected from {@code state}'s reader. */
    static MatchedFacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector matches) throws IOException {
        return of(state, matches, null);
    }

    /**
     * As {@link #of(SortedSetDocValuesReaderState, FacetsCollector)}, each segment counted as a part of its own on
     * {@code parts} (a searcher's task executor: beside the calling thread when a core is idle), or on the calling
     * thread when null.
     */
    static MatchedFacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector matches, TaskExecutor parts)
            throws IOException {
        long hits = 0;
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            hits += m.totalHits;
        }
        return of(state, matches, hits * SPARSE_RATIO < state.getSize(), parts);
    }

    /** As {@link #of(SortedSetDocValuesReaderState, FacetsCollector)}, with the counts' form chosen by the caller. */
    static MatchedFacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector matches, boolean sparse)
            throws IOException {
        return of(state, matches, sparse, null);
    }

    private static MatchedFacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector matches, boolean sparse,
                                         TaskExecutor parts) throws IOException {
        Counts counts = sparse ? new SparseCounts() : new DenseCounts(state.getSize());
        SortedSetDocValues labels = state.getDocValues();
        OrdinalMap segmentsToReader = labels instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping
                : null;
        List<Callable<SegmentCounts>> segments = new ArrayList<>();
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            if (m.totalHits > 0) {
                segments.add(() -> count(state.getField(), segmentsToReader, m));
            }
        }
        List<SegmentCounts> counted;
        if (parts == null || segments.size() < 2) {
            counted = new ArrayList<>(segments.size());
            for (Callable<SegmentCounts> c : segments) {
                try {
                    counted.add(c.call());
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            counted = parts.invokeAll(segments);
        }
        // Added in segment order: integer sums, the same whichever thread counted a segment.
        for (SegmentCounts c : counted) {
            c.addTo(counts);
        }
        return new MatchedFacetCounts(state, labels, counts.done());
    }

    /** One segment's counts, in the reader's ordinals. */
    private interface SegmentCounts {
        void addTo(Counts counts);
    }

    private static SegmentCounts count(String field, OrdinalMap segmentsToReader, FacetsCollector.MatchingDocs m)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(m.context.reader(), field);
        // One segment has the reader's ordinals; several meet in the ordinal map, by segment number.
        LongValues toReader = segmentsToReader == null ? LongValues.IDENTITY
                : segmentsToReader.getGlobalOrds(m.context.ord);
        DocIdSetIterator docs = m.bits.iterator();
        if (m.totalHits * SEGMENT_RATIO >= values.getValueCount()) {
            // Count by the segment's own ordinals and map each counted value to the reader's once, instead of
            // mapping every value of every match (about 15 per match, each a look-up in the ordinal map's packed
            // blocks).
            int[] local = new int[(int) values.getValueCount()];
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        local[(int) values.nextOrd()]++;
                    }
                }
            }
            int distinct = 0;
            for (int n : local) {
                if (n > 0) {
                    distinct++;
                }
            }
            int[] ords = new int[distinct];
            int[] ns = new int[distinct];
            for (int ord = 0, at = 0; ord < local.length; ord++) {
                if (local[ord] > 0) {
                    ords[at] = (int) toReader.get(ord);
                    ns[at++] = local[ord];
                }
            }
            return counts -> {
                for (int i = 0; i < ords.length; i++) {
                    counts.add(ords[i], ns[i]);
                }
            };
        }
        // Few matches for the segment's values: each value mapped as it is read, no array of every value.
        int[] ords = new int[16];
        int n = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    if (n == ords.length) {
                        ords = Arrays.copyOf(ords, n * 2);
                    }
                    ords[n++] = (int) toReader.get(values.nextOrd());
                }
            }
        }
        int[] found = ords;
        int size = n;
        return counts -> {
            for (int i = 0; i < size; i++) {
                counts.add(found[i]);
            }
        };
    }

    /**
     * A segment with at least one match per this many of its facet values is counted by its own ordinals: an array
     * of the segment's values and one pass over it, then one look-up in the ordinal map per value counted, against
     * a look-up for each value of each match. Lucene's facet counts choose it at one in ten; the look-ups were 8% of
     * the in-process search CPU at 1,000,000 articles in 48 segments (JFR, branch search22), most of them in
     * segments below that ratio, and an array of a segment's ~16,000 values costs less to clear and scan than a few
     * hundred matches' look-ups.
     */
    private static final long SEGMENT_RATIO = 64;

    /**
     * The {@code n} values of {@code dim} with the most matches, most first; of equal counts the one first in the
     * index's label order. Empty when no match has the dimension.
     */
    List<SearchResults.FacetCount> top(int n, String dim) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        // The best so far, best first: a handful, so an insertion keeps them in order.
        int[] ords = new int[n];
        int[] best = new int[n];
        int[] kept = {0};
        counts.forEach(range.start, range.end, (ord, count) -> {
            int at = kept[0];
            if (at == n && count <= best[n - 1]) {
                return;
            }
            if (at == n) {
                at--;
            } else {
                kept[0]++;
            }
            // ordinals come in increasing order: an equal count stays behind the one found before it
            while (at > 0 && best[at - 1] < count) {
                best[at] = best[at - 1];
                ords[at] = ords[at - 1];
                at--;
            }
            best[at] = count;
            ords[at] = ord;
        });
        List<SearchResults.FacetCount> out = new ArrayList<>(kept[0]);
        for (int i = 0; i < kept[0]; i++) {
            out.add(new SearchResults.FacetCount(label(ords[i]), best[i]));
        }
        return out;
    }

    /** Every value of {@code dim} that a match has, in the index's label order. */
    List<SearchResults.FacetCount> all(String dim) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> out = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        counts.forEach(range.start, range.end, (ord, count) -> found.add(new int[] {ord, count}));
        for (int[] f : found) {
            out.add(new SearchResults.FacetCount(label(f[0]), f[1]));
        }
        return out;
    }

    private String label(int ord) throws IOException {
        if (state instanceof FacetOrdinals kept) {
            return kept.value(ord, labels);
        }
        String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
        return path[path.length - 1];
    }

    /** Receives one counted value. */
    private interface Counted {
        void accept(int ord, int count);
    }

    /** Counts by reader ordinal. */
    private interface Counts {
        void add(int ord);

        /** Adds {@code n} matches to the value {@code ord}. */
        void add(int ord, int n);

        /** The counts are complete: the form that answers. */
        Counts done();

        /** Each ordinal of {@code [start, end]} with a count above zero, in increasing order. */
        void forEach(int start, int end, Counted to);
    }

    /** One counter per facet value of the index. */
    private static final class DenseCounts implements Counts {
        private final int[] counts;

        DenseCounts(int size) {
            counts = new int[size];
        }

        @Override
        public void add(int ord) {
            counts[ord]++;
        }

        @Override
        public void add(int ord, int n) {
            counts[ord] += n;
        }

        @Override
        public Counts done() {
            return this;
        }

        @Override
        public void forEach(int start, int end, Counted to) {
            for (int ord = start; ord <= end; ord++) {
                if (counts[ord] > 0) {
                    to.accept(ord, counts[ord]);
                }
            }
        }
    }

    /**
     * Counters for the values that matches carry only: an open-addressed hash while counting, then the counted
     * values sorted by ordinal, so that a dimension's are one run found by binary search.
     */
    private static final class SparseCounts implements Counts {
        // ordinal + 1, so that 0 marks a free slot
        private int[] keys = new int[64];
        private int[] values = new int[64];
        private int used;
        // after done(): ordinal in the high half, count in the low half, in increasing order
        private long[] sorted;

        @Override
        public void add(int ord) {
            add(ord, 1);
        }

        @Override
        public void add(int ord, int n) {
            int key = ord + 1;
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                if (++used * 2 > keys.length) {
                    values[slot] = n;
                    grow();
                    return;
                }
            }
            values[slot] += n;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = mix(oldKeys[i]) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        @Override
        public Counts done() {
            sorted = new long[used];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    sorted[n++] = ((long) (keys[i] - 1) << 32) | values[i];
                }
            }
            Arrays.sort(sorted);
            keys = null;
            values = null;
            return this;
        }

        @Override
        public void forEach(int start, int end, Counted to) {
            int i = Arrays.binarySearch(sorted, (long) start << 32);
            for (i = i < 0 ? -i - 1 : i; i < sorted.length; i++) {
                int ord = (int) (sorted[i] >>> 32);
                if (ord > end) {
                    return;
                }
                to.accept(ord, (int) sorted[i]);
            }
        }
    }
}
