package org.marsad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.marsad.store.stories.Stories;

/**
 * The story and copy decisions of the articles searches showed lately, kept until something is committed to the
 * store again ({@link Database#changeMark}; a new mark starts an empty set), so that a search whose hits were all
 * shown since the last commit reads nothing from the store for them. Where the database cannot tell
 * (PostgreSQL) every call reads. Thread safe.
 */
final class KnownMemberships {
    /** Articles kept at most; past this the set starts again (a bound on memory, not a working set). */
    static final int MOST = 10_000;
    // What an article without a decision is kept as (a map of ConcurrentHashMap cannot hold null).
    private static final Stories.Membership NONE = new Stories.Membership(null, null);

    private record Epoch(long mark, ConcurrentHashMap<String, Stories.Membership> known) {
    }

    private final Database db;
    private final Function<Collection<String>, Map<String, Stories.Membership>> read;
    private volatile Epoch epoch = new Epoch(-1, new ConcurrentHashMap<>());

    /**
     * @param read the store's decisions for these article ids (ids without one absent), as {@link
     *             Stories#memberships} answers
     */
    KnownMemberships(Database db, Function<Collection<String>, Map<String, Stories.Membership>> read) {
        this.db = db;
        this.read = read;
    }

    /** The decision of each of these articles that has one, by article id, as the store holds them now. */
    Map<String, Stories.Membership> of(List<String> ids) {
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
        Map<String, Stories.Membership> out = new HashMap<>();
        List<String> missing = null;
        for (String id : ids) {
            Stories.Membership m = e.known().get(id);
            if (m == null) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(id);
            } else if (m != NONE) {
                out.put(id, m);
            }
        }
        if (missing != null) {
            Map<String, Stories.Membership> found = read.apply(missing);
            for (String id : missing) {
                Stories.Membership m = found.get(id);
                e.known().put(id, m == null ? NONE : m);
                if (m != null) {
                    out.put(id, m);
                }
            }
        }
        return out;
    }
}
