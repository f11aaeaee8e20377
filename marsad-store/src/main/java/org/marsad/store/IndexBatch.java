package org.marsad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.search.SearchIndex;

/**
 * The index writes of one stored batch: its changed articles, in store order, as far as they continue the index's
 * sequence (after a gap — another writer stored in between — the rest is the catch-up's, which takes the store's
 * order). A hidden article is taken out of the index, any other one put with its entities.
 *
 * <p>Lucene analyses a document on the thread that adds it, which was a quarter of the saving thread's time in an
 * ingest profile. When the index takes concurrent writes and no article comes twice in the batch, the writes are
 * started on the enrichment workers, so that they run while the saving thread decides the batch's stories (which
 * the index does not hold); otherwise they run in order on the thread that joins them. Either way the index ends
 * up holding the same documents.
 */
final class IndexBatch {
    /** Runs everything on the joining thread, in order. */
    private static final PureWork IN_ORDER = PureWork.withWorkers(0);

    private final List<Upserted> writes;
    private final boolean gap;

    private IndexBatch(List<Upserted> writes, boolean gap) {
        this.writes = writes;
        this.gap = gap;
    }

    /** The writes of {@code results} for an index that holds the store up to {@code indexedSeq}. */
    static IndexBatch of(List<Upserted> results, long indexedSeq) {
        List<Upserted> writes = new ArrayList<>(results.size());
        long last = indexedSeq;
        for (Upserted u : results) {
            if (u.change() == Upserted.Change.UNCHANGED) {
                continue;
            }
            if (u.seq() != last + 1) {
                return new IndexBatch(writes, true);
            }
            writes.add(u);
            last = u.seq();
        }
        return new IndexBatch(writes, false);
    }

    /** Number of index writes. */
    int size() {
        return writes.size();
    }

    /** The store sequence number the index holds once the writes are done ({@code indexedSeq} when none). */
    long lastSeq(long indexedSeq) {
        return writes.isEmpty() ? indexedSeq : writes.get(writes.size() - 1).seq();
    }

    /** Whether the batch left a gap after these writes, for the catch-up to fill in the store's order. */
    boolean gap() {
        return gap;
    }

    /**
     * Starts the writes: on {@code work}'s threads when the index allows it and every article is written once, else
     * in order at {@link PureWork.Pending#join}.
     *
     * @param hidden   ids among the batch that an editor has hidden (taken out of the index, stored still)
     * @param enriched articles as the entity stage enriched them, by id (the stored one is written otherwise)
     */
    PureWork.Pending<Boolean> start(SearchIndex index, Set<String> hidden, Map<String, Article> enriched,
                                    PureWork work) {
        PureWork on = index.concurrentWrites() && distinctIds() ? work : IN_ORDER;
        return on.start(writes, u -> {
            long cpu = org.marsad.enrich.IngestCpu.start();
            if (hidden.contains(u.id())) {
                index.delete(u.id());
            } else {
                index.put(enriched.getOrDefault(u.id(), u.stored()));
            }
            org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.INDEX_ADD, cpu);
            return Boolean.TRUE;
        });
    }

    private boolean distinctIds() {
        Set<String> seen = new HashSet<>();
        for (Upserted u : writes) {
            if (!seen.add(u.id())) {
                return false;
            }
        }
        return true;
    }
}
