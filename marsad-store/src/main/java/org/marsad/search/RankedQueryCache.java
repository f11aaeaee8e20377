package org.marsad.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries of recent requests ({@link LuceneQueries#ranked}), kept while the entity names they were
 * expanded with give the same answers: the next page of a search, or the same search from another reader, does not
 * parse the query, analyse its words and look up their name variants again (about a sixth of a search's CPU on a
 * small archive). The least recently used request is dropped first; every entry goes when the names' {@link
 * EntityNames#generation} changes, and nothing is kept for names without one.
 *
 * <p>Lucene queries are immutable, so one built query serves any number of concurrent searches. Thread-safe.
 */
final class RankedQueryCache {
    /** The parts of a request its query is built from: page size, offset and order do not change it. */
    private record Key(String query, String source, String tag, LocalDate from, LocalDate to) {
        static Key of(SearchRequest r) {
            return new Key(r.query(), r.source(), r.tag(), r.from(), r.to());
        }
    }

    private final int capacity;
    private final Map<Key, LuceneQueries.Ranked> recent;
    // The whole queries (LuceneQueries.of) of the requests whose copies were ranked: the same object for the same
    // request, so that the searcher's kept weight of it serves again (KeptWeightsSearcher keeps by identity).
    private final Map<Key, Query> wholes;
    private EntityNames names;
    private Object generation;

    /** @param capacity most requests kept (of each kind: split into parts, whole) */
    RankedQueryCache(int capacity) {
        this.capacity = capacity;
        this.recent = bounded(capacity);
        this.wholes = bounded(capacity);
    }

    private static <V> Map<Key, V> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The request's query expanded with {@code names}: the one kept for it, or a new one, kept when the names have a
     * generation.
     *
     * @throws QuerySyntaxException as {@link LuceneQueries#ranked} (such a request is never kept)
     */
    LuceneQueries.Ranked ranked(SearchRequest request, EntityNames names) {
        return kept(recent, request, names, LuceneQueries::ranked);
    }

    /**
     * The request's whole query ({@link LuceneQueries#of}, the proximity clauses inside it), kept as {@link #ranked}
     * keeps the parts.
     *
     * @throws QuerySyntaxException as {@link LuceneQueries#of} (such a request is never kept)
     */
    Query whole(SearchRequest request, EntityNames names) {
        return kept(wholes, request, names, LuceneQueries::of);
    }

    private <V> V kept(Map<Key, V> map, SearchRequest request, EntityNames names,
                       BiFunction<SearchRequest, EntityNames, V> build) {
        Object now = names.generation();
        if (now == null) {
            return build.apply(request, names);
        }
        Key key = Key.of(request);
        synchronized (this) {
            if (names != this.names || now != generation) {
                recent.clear();
                wholes.clear();
                this.names = names;
                generation = now;
            }
            V kept = map.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: a miss costs a parse and the names' look-ups, which other searches need not wait
        // for; the look-ups are those of the generation just checked, not checked again word by word.
        V built = build.apply(request, names.at(now));
        synchronized (this) {
            if (names == this.names && now == generation) {
                map.put(key, built);
            }
        }
        return built;
    }
}
