package org.marsad.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet ordinals of one index reader (Lucene's default state), which also keeps the value each ordinal names
 * once a search has read it. Every search page names the top sources, tags, people, places and organisations of its
 * matches and every day and hour of its chart; reading each label from the doc values' compressed terms and
 * splitting its path, search after search, was about a twelfth of a search page's CPU. The labels of one reader never
 * change, and a reader's state lives as long as the reader is searched.
 *
 * <p>Thread-safe: a value is published through an atomic array; two searches reading the same ordinal at once may
 * both decode it, and keep equal strings.
 */
final class FacetOrdinals extends DefaultSortedSetDocValuesReaderState {
    // each ordinal's value as a facet count shows it (the last part of its path), once read
    private final AtomicReferenceArray<String> values;

    FacetOrdinals(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader, config);
        values = new AtomicReferenceArray<>(getSize());
    }

    /**
     * The value that ordinal {@code ord} of this reader names, as a facet count shows it: decoding and splitting
     * the label path anew for every count of every search cost more than counting the matches.
     *
     * @param labels this state's {@link #getDocValues()} (one search's own), read only the first time the ordinal
     *     is asked for
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
}
