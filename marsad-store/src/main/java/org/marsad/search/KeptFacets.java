package org.marsad.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The facet counts (and the match count) of the searches one reader of the index has answered, kept while that
 * reader serves: a reader sees one commit, so its counts for a query cannot change, and a new commit brings a new
 * reader and an empty keeper. A search page counts every facet of its matches (a tenth of its CPU, search28's
 * profile); the same words and filters asked again (the next page, another order, a reader coming back to a search)
 * take the counts kept. A query never asked gains nothing.
 *
 * <p>Bounded by the facet values held, not the searches: a wordless search over a long archive holds a value for
 * every day. Past the bound the keeper starts again empty (a whole drop, as the store's keepers do).
 */
final class KeptFacets {
    /** Most facet values held by one keeper (a few megabytes). */
    static final long MAX_VALUES = 200_000;

    /** A search's counts: what it matched, and its facets as the search gives them. */
    record Counted(long total, Map<String, List<SearchResults.FacetCount>> facets) {
    }

    private record Key(Query query, FacetSet asked) {
    }

    private final IndexReader reader;
    private final long maxValues;
    private final ConcurrentHashMap<Key, Counted> kept = new ConcurrentHashMap<>();
    private final AtomicLong values = new AtomicLong();

    KeptFacets(IndexReader reader, long maxValues) {
        this.reader = reader;
        this.maxValues = maxValues;
    }

    /** Whether these counts are of {@code other}'s commit. */
    boolean reads(IndexReader other) {
        return reader == other;
    }

    /** The counts of {@code query}'s matches for these facets, or null when not kept. */
    Counted get(Query query, FacetSet asked) {
        return kept.get(new Key(query, asked));
    }

    /** Keeps the counts of {@code query}'s matches, unless they alone would pass the bound. */
    void keep(Query query, FacetSet asked, Counted counted) {
        long n = 0;
        for (List<SearchResults.FacetCount> v : counted.facets().values()) {
            n += v.size();
        }
        if (n > maxValues) {
            return;
        }
        if (values.addAndGet(n) > maxValues) {
            kept.clear();
            values.set(n);
        }
        kept.put(new Key(query, asked), counted);
    }

    /** How many searches' counts are kept. */
    int size() {
        return kept.size();
    }
}
