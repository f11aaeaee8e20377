package org.marsad.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinals of one index reader (Lucene's default state), which also keeps the label of each ordinal once
 * a search has read it. Every search page names the top sources, tags, people, places and organisations of its
 * matches and every day and hour of its chart; reading each label from the doc values' compressed terms, search
 * after search, was about a twelfth of a search page's CPU. The labels of one reader never change, and a reader's
 * state lives as long as the reader is searched.
 *
 * <p>Thread-safe: a label is published through an atomic array, and the labels handed out are never written (the
 * facet counts only turn them into strings).
 */
final class FacetOrdinals extends DefaultSortedSetDocValuesReaderState {
    // Null while the superclass constructor runs (it reads the doc values itself, uncached).
    private final AtomicReferenceArray<BytesRef> labels;
    // each ordinal's value as a facet count shows it (the last part of its path), once read
    private final AtomicReferenceArray<String> values;

    FacetOrdinals(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader, config);
        labels = new AtomicReferenceArray<>(getSize());
        values = new AtomicReferenceArray<>(getSize());
    }

    /**
     * The value that ordinal {@code ord} of this reader names, as a facet count shows it: decoding and splitting
     * the label path anew for every count of every search cost more than counting the matches.
     *
     * @param labels this state's {@link #getDocValues()}, read only the first time the ordinal is asked for
     */
    String value(int ord, SortedSetDocValues labels) throws IOException {
        String value = values.get(ord);
        if (value == null) {
            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
            value = path[path.length - 1];
            values.set(ord, value);
        }
        return value;
    }

    @Override
    public SortedSetDocValues getDocValues() throws IOException {
        SortedSetDocValues values = super.getDocValues();
        if (labels == null) {
            return values;
        }
        // The counts take the ordinal map of several segments from doc values of this very class: without it they
        // would count each segment's own ordinals as the reader's.
        return values instanceof MultiDocValues.MultiSortedSetDocValues multi ? new KeptMultiLabels(multi, labels)
                : new KeptLabels(values, labels);
    }

    /** How a label is read from the index, when it is not kept yet. */
    private interface LabelSource {
        BytesRef lookupOrd(long ord) throws IOException;
    }

    /** The kept label of an ordinal, read from {@code source} and kept the first time it is asked for. */
    private static BytesRef kept(AtomicReferenceArray<BytesRef> labels, long ord, LabelSource source)
            throws IOException {
        // A reader's facet ordinals fit an int: Lucene counts them in an int array.
        int i = Math.toIntExact(ord);
        BytesRef label = labels.get(i);
        if (label == null) {
            // a copy: the doc values reuse the one they return
            label = BytesRef.deepCopyOf(source.lookupOrd(ord));
            labels.set(i, label);
        }
        return label;
    }

    /** One segment's doc values whose labels are kept; everything else is the values'. */
    private static final class KeptLabels extends FilterSortedSetDocValues {
        private final AtomicReferenceArray<BytesRef> labels;

        KeptLabels(SortedSetDocValues values, AtomicReferenceArray<BytesRef> labels) {
            super(values);
            this.labels = labels;
        }

        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            return kept(labels, ord, in::lookupOrd);
        }
    }

    /** Several segments' doc values, with their ordinal map, whose labels are kept. */
    private static final class KeptMultiLabels extends MultiDocValues.MultiSortedSetDocValues {
        private final AtomicReferenceArray<BytesRef> labels;

        KeptMultiLabels(MultiDocValues.MultiSortedSetDocValues values, AtomicReferenceArray<BytesRef> labels) {
            super(values.values, values.docStarts, values.mapping, values.cost());
            this.labels = labels;
        }

        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            return kept(labels, ord, super::lookupOrd);
        }
    }
}
