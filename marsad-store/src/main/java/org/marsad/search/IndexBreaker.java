package org.marsad.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.marsad.model.Article;

/**
 * A shared index (a SolrCloud collection) behind a circuit breaker. Once a call finds the index unreachable, the
 * calls that follow are refused at once with {@link IndexUnavailable} for a pause (1 s, doubled after each failed
 * probe up to 30 s) instead of each waiting for the nodes to refuse or time out: a page that can be read from the
 * store is then answered at store speed, and a search gets its 503 at once. When the pause is over, one call at a
 * time is let through as a probe (the others are still refused); the first good answer of any call closes the
 * breaker.
 *
 * <p>Nodes that drop packets or hang make a request wait for the connect or request timeout; without the breaker
 * every page listing the news paid that wait while the cluster was down.
 *
 * <p>Thread safety: safe for concurrent calls (the state is guarded by this object's lock; calls run outside it).
 */
public final class IndexBreaker implements SearchIndex {
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final Clock clock;
    // Guarded by this: null while the index answers.
    private Instant downSince;
    private String why;
    private Duration pause = FIRST_PAUSE;
    private Instant nextProbe;
    private boolean probing;
    // The thread of the probe in flight: a call the probe makes on its way (a search refreshing the index for the
    // names it looks up) is part of it, not a second probe.
    private Thread prober;

    private IndexBreaker(SearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** {@code index} behind a breaker timed by {@code clock}. */
    public static IndexBreaker around(SearchIndex index, Clock clock) {
        return new IndexBreaker(index, clock);
    }

    /** Since when the index has been unreachable (the first failed call of this outage); empty while it answers. */
    @Override
    public synchronized Optional<Instant> unreachableSince() {
        return Optional.ofNullable(downSince);
    }

    // Whether this call may go to the index, and whether it is the probe; refuses it while the breaker is open.
    private synchronized boolean enter() {
        if (downSince == null || (probing && prober == Thread.currentThread())) {
            return false;
        }
        Instant now = clock.instant();
        if (!probing && !now.isBefore(nextProbe)) {
            probing = true;
            prober = Thread.currentThread();
            return true;
        }
        long wait = Math.max(1, Duration.between(now, nextProbe).toSeconds());
        throw new IndexUnavailable("the search index has been unreachable since " + downSince + " (" + why
                + "); next try in " + (probing ? "a moment" : wait + " s"), null);
    }

    private synchronized void answered() {
        if (downSince != null) {
            // One line on stderr, as the store's other operator messages: marsad-store has no logging framework,
            // and SLF4J on its class path would also take Flyway's log away from java.util.logging.
            System.err.println("marsad: search index reachable again after "
                    + Duration.between(downSince, clock.instant()).toSeconds() + " s unreachable");
        }
        downSince = null;
        why = null;
        pause = FIRST_PAUSE;
        probing = false;
        prober = null;
    }

    private synchronized void failed(boolean probe, IndexUnavailable e) {
        Instant now = clock.instant();
        if (downSince == null) {
            downSince = now;
            pause = FIRST_PAUSE;
            System.err.println("marsad: search index unreachable (" + e.getMessage()
                    + "): calls are answered without it, next try in " + pause.toSeconds() + " s");
        } else if (probe) {
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            probing = false;
            prober = null;
        } else {
            // A call let through before the breaker opened: the pause already counts from the first failure.
            return;
        }
        why = e.getMessage() == null ? "unreachable" : e.getMessage().lines().findFirst().orElse("unreachable");
        nextProbe = now.plus(pause);
    }

    private <T> T call(Supplier<T> work) {
        boolean probe = enter();
        T result;
        try {
            result = work.get();
        } catch (IndexUnavailable e) {
            failed(probe, e);
            throw e;
        } catch (RuntimeException e) {
            // The index answered (with an error of its own): it is reachable.
            answered();
            throw e;
        }
        answered();
        return result;
    }

    private void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void put(Article article) {
        run(() -> index.put(article));
    }

    @Override
    public void delete(String id) {
        run(() -> index.delete(id));
    }

    @Override
    public void send() {
        run(index::send);
    }

    @Override
    public void refresh() {
        run(index::refresh);
    }

    @Override
    public boolean holdSearches(boolean hold) {
        return index.holdSearches(hold);
    }

    @Override
    public void clear() {
        run(index::clear);
    }

    @Override
    public void compact() {
        index.compact();
    }

    @Override
    public int segments() {
        return index.segments();
    }

    @Override
    public void stopCompacting() {
        index.stopCompacting();
    }

    @Override
    public void commit(String storeId, long storeSeq) {
        run(() -> index.commit(storeId, storeSeq));
    }

    @Override
    public IndexState state() {
        return call(index::state);
    }

    @Override
    public int analysisVersion() {
        return index.analysisVersion();
    }

    @Override
    public long readerVersion() {
        return index.readerVersion();
    }

    @Override
    public void entityNames(EntityNames names) {
        index.entityNames(names);
    }

    @Override
    public long documentsWithWord(String word) {
        return call(() -> index.documentsWithWord(word));
    }

    @Override
    public FormCounts formCounts() {
        FormCounts inner = index.formCounts();
        return new FormCounts() {
            @Override
            public long articles(String stem, long enough) {
                return call(() -> inner.articles(stem, enough));
            }

            @Override
            public long atMost(String stem) {
                return call(() -> inner.atMost(stem));
            }

            @Override
            public long atLeast(String stem) {
                return call(() -> inner.atLeast(stem));
            }

            @Override
            public <T> T within(java.util.function.Function<FormCounts, T> work) {
                return call(() -> inner.within(work));
            }
        };
    }

    @Override
    public long count() {
        return call(index::count);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return call(() -> index.search(request));
    }

    @Override
    public SearchResults search(SearchRequest request, FacetSet facets) {
        return call(() -> index.search(request, facets));
    }

    @Override
    public List<String> matchingIds(SearchRequest request) {
        return call(() -> index.matchingIds(request));
    }

    @Override
    public List<String> matchingAmong(SearchRequest request, Collection<String> ids) {
        return call(() -> index.matchingAmong(request, ids));
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        return call(() -> index.similar(id, limit));
    }

    @Override
    public boolean writable() {
        return index.writable();
    }

    @Override
    public boolean shared() {
        return index.shared();
    }

    @Override
    public boolean concurrentWrites() {
        return index.concurrentWrites();
    }

    @Override
    public long retriedRequests() {
        return index.retriedRequests();
    }

    @Override
    public void close() {
        index.close();
    }
}
