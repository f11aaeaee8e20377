package org.marsad.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private EntityNames names;
    private Object generation;

    /** @param capacity most requests kept */
    RankedQueryCache(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, LuceneQueries.Ranked> eldest) {
                return size() > RankedQueryCache.this.capacity;
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
        Object now = names.generation();
        if (now == null) {
            return LuceneQueries.ranked(request, names);
        }
        Key key = Key.of(request);
        synchronized (this) {
            if (names != this.names || now != generation) {
                recent.clear();
                this.names = names;
                generation = now;
            }
            LuceneQueries.Ranked kept = recent.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: a miss costs a parse and the names' look-ups, which other searches need not wait
        // for; the look-ups are those of the generation just checked, not checked again word by word.
        LuceneQueries.Ranked built = LuceneQueries.ranked(request, names.at(now));
        synchronized (this) {
            if (names == this.names && now == generation) {
                recent.put(key, built);
            }
        }
        return built;
    }
}
