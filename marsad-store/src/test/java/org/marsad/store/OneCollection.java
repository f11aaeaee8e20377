package org.marsad.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;

/**
 * One index that several archives write at once, as workers and web servers write one SolrCloud collection: an
 * embedded index behind views that say it is {@link SearchIndex#shared}, each counting the puts and deletes it
 * passes on. Closing a view leaves the index open; {@link #close} closes it.
 */
public final class OneCollection implements AutoCloseable {
    private final LuceneIndex index;
    /** Puts and deletes through every view. */
    public final AtomicInteger writes = new AtomicInteger();

    public OneCollection(Path dir) {
        this.index = LuceneIndex.open(dir);
    }

    /** The index itself (counts, searches). */
    public LuceneIndex index() {
        return index;
    }

    /**
     * A view for one process: writable like a worker's, or read-only like that of a process that only stores (the
     * directory's writer lock is another's). {@code writes} counts what this view passed on.
     */
    public SearchIndex view(boolean writable, AtomicInteger viewWrites) {
        return IndexStandIn.over(index, (method, args) -> {
            switch (method) {
                case "shared":
                    return true;
                case "writable":
                    return writable;
                case "close":
                    return null;
                case "entityNames":
                    // One index object serves every view here (each process has its own in production): the names
                    // of a short-lived store-only archive must not outlive it.
                    return writable ? IndexStandIn.PASS : null;
                case "put", "delete":
                    if (!writable) {
                        throw new IllegalStateException("a read-only view was written");
                    }
                    writes.incrementAndGet();
                    viewWrites.incrementAndGet();
                    return IndexStandIn.PASS;
                default:
                    return IndexStandIn.PASS;
            }
        });
    }

    /** A writable view. */
    public SearchIndex view() {
        return view(true, new AtomicInteger());
    }

    @Override
    public void close() {
        index.close();
    }
}
