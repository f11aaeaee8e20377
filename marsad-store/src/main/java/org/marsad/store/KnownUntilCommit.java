package org.marsad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the store by id for what searches showed lately — the hits' story and copy decisions, the
 * stories a page of hits names — kept until something is committed to the store again ({@link
 * Database#changeMark}; a new mark starts an empty set), so that a search whose hits, or whose hits' stories, were
 * all shown since the last commit reads nothing from the store for them. Any commit (an article stored, hidden or
 * deleted, a story decided) drops everything kept. Where the database cannot tell (PostgreSQL) every call reads.
 * Thread safe.
 *
 * @param <V> the value kept per id (immutable)
 */
final class KnownUntilCommit<V> {
    /** Ids kept at most; past this the set starts again (a bound on memory, not a working set). */
    static final int MOST = 10_000;
    // What an id without a value is kept as (a ConcurrentHashMap cannot hold null).
    private static final Object NONE = new Object();

    private record Epoch(long mark, ConcurrentHashMap<String, Object> known) {
    }

    private final Database db;
    private final Function<Collection<String>, Map<String, V>> read;
    private volatile Epoch epoch = new Epoch(-1, new ConcurrentHashMap<>());

    /** @param read the store's values for these ids (ids without one absent) */
    KnownUntilCommit(Database db, Function<Collection<String>, Map<String, V>> read) {
        this.db = db;
        this.read = read;
    }

    /** The value of each of these ids that has one, by id, as the store holds them now. */
    @SuppressWarnings("unchecked")
    Map<String, V> of(Collection<String> ids) {
        long mark = db.changeMark();
        if (mark < 0) {
            return read.apply(ids);
        }
        Epoch e = epoch;
        if (e.mark() != mark || e.known().size() >= MOST) {
            // Read after the mark was taken: what goes into this set is never older than the store at the mark.
            e = new Epoch(mark, new ConcurrentHashMap<>());
            epoch = e;
        }
        Map<String, V> out = new HashMap<>();
        List<String> missing = null;
        for (String id : ids) {
            Object v = e.known().get(id);
            if (v == null) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(id);
            } else if (v != NONE) {
                out.put(id, (V) v);
            }
        }
        if (missing != null) {
            Map<String, V> found = read.apply(missing);
            for (String id : missing) {
                V v = found.get(id);
                e.known().put(id, v == null ? NONE : v);
                if (v != null) {
                    out.put(id, v);
                }
            }
        }
        return out;
    }
}
