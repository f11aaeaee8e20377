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
 * A shared index (a SolrCloud collection) behind a circuit breaker. Once a call finds the index unreachable, every
 * call that follows is refused at once with {@link IndexUnavailable} instead of waiting for the nodes to refuse or
 * time out: a page that can be read from the store is then answered at store speed, and a search gets its 503 at
 * once. Meanwhile a thread of the breaker's own tries the index ({@link SearchIndex#probe}) after a pause (1 s,
 * doubled after each failed try up to 30 s); its first good answer, or any call's, closes the breaker. No caller
 * is ever the try: a reader's request waits for a hung node only when it is the one that finds the index gone.
 *
 * <p>Nodes that drop packets or hang make a request wait for the connect or request timeout; without the breaker
 * every page listing the news paid that wait while the cluster was down, and with the tries made by readers'
 * requests (before), each try's reader did.
 *
 * <p>Thread safety: safe for concurrent calls (the state is guarded by this object's lock; calls run outside it).
 */
public final class IndexBreaker implements SearchIndex {
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    /** How often the trying thread reads the clock (real time): a try starts at most this late. */
    private static final long TICK_MILLIS = 100;

    private final SearchIndex index;
    private final Clock clock;
    // Guarded by this: null while the index answers.
    private Instant downSince;
    private String why;
    private Duration pause = FIRST_PAUSE;
    private Instant nextProbe;
    // The thread trying the index while the breaker is open; null while it is closed (or after close).
    private Thread prober;
    private boolean closed;

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

    /** When the trying thread next tries the index; empty while the breaker is closed. */
    synchronized Optional<Instant> nextTry() {
        return downSince == null ? Optional.empty() : Optional.of(nextProbe);
    }

    // Refuses the call while the breaker is open.
    private synchronized void enter() {
        if (downSince == null) {
            return;
        }
        long wait = Math.max(1, Duration.between(clock.instant(), nextProbe).toSeconds());
        throw new IndexUnavailable("the search index has been unreachable since " + downSince + " (" + why
                + "); next try in " + wait + " s", null);
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
        prober = null;
    }

    private synchronized void failed(IndexUnavailable e) {
        if (downSince != null) {
            // A call let through before the breaker opened: the pause already counts from the first failure.
            return;
        }
        Instant now = clock.instant();
        downSince = now;
        pause = FIRST_PAUSE;
        why = firstLine(e);
        nextProbe = now.plus(pause);
        System.err.println("marsad: search index unreachable (" + e.getMessage()
                + "): calls are answered without it, next try in " + pause.toSeconds() + " s");
        if (!closed) {
            prober = new Thread(this::tryUntilAnswered, "marsad-index-probe");
            prober.setDaemon(true);
            prober.start();
        }
    }

    private synchronized void triedInVain(IndexUnavailable e) {
        if (downSince == null) {
            return;
        }
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        why = firstLine(e);
        nextProbe = clock.instant().plus(pause);
    }

    private static String firstLine(IndexUnavailable e) {
        return e.getMessage() == null ? "unreachable" : e.getMessage().lines().findFirst().orElse("unreachable");
    }

    // Whether the breaker is still open for this thread to try (a call's good answer or close ends it).
    private synchronized boolean stillTrying() {
        return prober == Thread.currentThread() && downSince != null && !closed;
    }

    private synchronized boolean due() {
        return !clock.instant().isBefore(nextProbe);
    }

    /** The trying thread: after each pause one {@link SearchIndex#probe}, until the index answers. */
    private void tryUntilAnswered() {
        while (stillTrying()) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (!stillTrying() || !due()) {
                continue;
            }
            try {
                index.probe();
            } catch (IndexUnavailable e) {
                triedInVain(e);
                continue;
            } catch (RuntimeException e) {
                // The index answered (with an error of its own): it is reachable.
            }
            answered();
            return;
        }
    }

    private <T> T call(Supplier<T> work) {
        enter();
        T result;
        try {
            result = work.get();
        } catch (IndexUnavailable e) {
            failed(e);
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
    public void probe() {
        call(() -> {
            index.probe();
            return null;
        });
    }

    @Override
    public void close() {
        Thread trying;
        synchronized (this) {
            closed = true;
            trying = prober;
            prober = null;
        }
        if (trying != null) {
            trying.interrupt();
        }
        index.close();
    }
}
