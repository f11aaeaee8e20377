package org.marsad.store;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.marsad.search.IndexUnavailable;
import org.marsad.search.SearchIndex;

/**
 * An index as a web server or a worker sees a SolrCloud collection whose nodes all go down for a while (review26):
 * while {@code down} is set, each call it names fails with the {@link IndexUnavailable} such a cluster gives; the
 * rest, and everything once {@code down} is cleared, goes to the real index.
 */
public final class NodesDown {
    /** What a SolrIndex reads from its nodes. */
    public static final Set<String> READS = Set.of("search", "matchingIds", "similar", "count", "documentsWithWord");
    /** What a SolrIndex sends its nodes when written. */
    public static final Set<String> WRITES = Set.of("put", "delete", "send");

    private NodesDown() {
    }

    /** {@code real}, whose {@code failing} calls fail while {@code down} is set. */
    public static SearchIndex whileDown(SearchIndex real, AtomicBoolean down, Set<String> failing) {
        return IndexStandIn.over(real, (method, args) -> {
            if (down.get() && failing.contains(method)) {
                throw new IndexUnavailable("no live Solr node at 127.0.0.1:2181/solr", null);
            }
            return IndexStandIn.PASS;
        });
    }
}
