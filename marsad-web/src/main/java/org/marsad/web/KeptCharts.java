package org.marsad.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.marsad.web.chart.CoverageChart;

/**
 * Coverage charts kept with the facet counts they were drawn from. The index keeps a search's facet counts while
 * its reader serves and hands back the very same map when the same words and filters are asked again (another page,
 * the next visitor); a chart drawn from that map, with the same total and the same links around its period, is the
 * same chart, so it is not drawn again (its months, texts and narrowing links were about a tenth of a page's CPU).
 * A new reader counts into new maps, so a chart never outlives the counts it shows; an index that counts afresh on
 * every search (SolrCloud) only misses. The least recently used chart is dropped first. Thread-safe.
 */
final class KeptCharts {
    /** Charts kept at most (each holds its facet map, already held by the index while its reader serves). */
    static final int MOST = 512;

    // the facet map by identity: equal counts from another reader are another search's, and a deep equals would
    // cost much of what is saved
    private record Key(Map<?, ?> facets, long total, String links) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.facets == facets && k.total == total && k.links.equals(links);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(facets) * 31 + Long.hashCode(total)) * 31 + links.hashCode();
        }
    }

    private final Map<Key, CoverageChart> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CoverageChart> eldest) {
            return size() > MOST;
        }
    };

    /**
     * The chart of these counts and total whose bars link as {@code links} says, drawn when none is kept.
     *
     * @param links what the bars' links are made of apart from their period (the page's other parameters, in
     *              their order)
     */
    CoverageChart chart(Map<?, ?> facets, long total, String links, Supplier<CoverageChart> draw) {
        Key key = new Key(facets, total, links);
        synchronized (kept) {
            CoverageChart c = kept.get(key);
            if (c != null) {
                return c;
            }
        }
        CoverageChart drawn = draw.get();
        synchronized (kept) {
            kept.put(key, drawn);
        }
        return drawn;
    }

    /** How many charts are kept (for tests). */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
