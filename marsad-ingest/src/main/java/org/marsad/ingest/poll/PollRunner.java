package org.marsad.ingest.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Consumer;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceLeases;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.store.Archive;

/**
 * The polling loop behind {@code marsad run} and the server: polls sources (several at a time), records each one's
 * health (success clears errors; failure backs off exponentially, see {@link SourceHealth}), and commits the index
 * when a poll stored something. A source that fails in any way (an exception, a StackOverflowError in a library) is
 * one failed poll of that source, recorded and logged under its name; the others go on. Articles are stored as they
 * are fetched, so stopping — {@link #stop()} from a shutdown hook — loses nothing fetched: the current pages finish,
 * the rest of a listing waits for the next poll.
 *
 * <p>The continuous loop ({@link #runUntilStopped}) looks at the registry at least every {@link #TICK}: a source
 * added, or made due ("poll now"), by another process or thread is picked up within that time, without restart,
 * even while other sources are still being polled.
 *
 * <p>Alone or shared: by default this process is the only poller of its store (the server, {@code marsad run}), and
 * keeps in memory which sources it is polling. A {@linkplain #leasing leasing} runner is one of several workers on a
 * shared PostgreSQL store: it polls only the sources it has {@linkplain SourceLeases leased}, renews those leases
 * while it polls (a poll whose lease was lost stops fetching further pages), and ends each lease as it records the
 * poll's health; everything else — the poll, health, backoff, statistics — is the same code.
 */
public final class PollRunner {
    /** The longest the loop waits before looking at the registry again. */
    public static final Duration TICK = Duration.ofSeconds(1);
    /**
     * How often a leasing runner looks for what other processes stored undecided ({@link Archive#followOthers}):
     * an article a command stored beside a web server gets its entities and story within this time.
     */
    static final Duration FOLLOW = Duration.ofSeconds(5);
    /** How long {@link #runUntilStopped} waits for the polls in progress after a stop. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Archive archive;
    private final SourceRegistry registry;
    private final Poll poller;
    private final Clock clock;
    private final PollLimits limits;
    private final Consumer<String> log;
    private final PollStats stats = new PollStats();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    // Null when this process polls alone.
    private final SourceLeases leases;
    // Sources whose lease this runner holds (taken out before the lease is ended, so that a renewal racing with the
    // end of a poll is not mistaken for a lost lease), and those whose renewal failed: another worker may have them.
    private final Set<String> leased = ConcurrentHashMap.newKeySet();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private Instant lastRenewal = Instant.EPOCH;
    private Instant lastFollow = Instant.EPOCH;
    private final Object wake = new Object();
    private volatile boolean stopping;
    private volatile boolean running;

    /** One poll of one source (the seam where tests put a source that fails in any way). */
    interface Poll {
        PollReport poll(Source source, BooleanSupplier stopping);

        /**
         * As {@link #poll(Source, BooleanSupplier)}, running {@code listingsRead} when the source's listings were
         * read and its pages are about to be fetched (the poll is a success from then on).
         */
        default PollReport poll(Source source, BooleanSupplier stopping, Runnable listingsRead) {
            return poll(source, stopping);
        }
    }

    public PollRunner(Archive archive, Fetcher fetcher, Clock clock, PollLimits limits, Consumer<String> log) {
        this(archive, pollers(archive, fetcher, clock, limits), clock, limits, null, log);
    }

    /**
     * A runner for one of several workers sharing a PostgreSQL store: {@link #runUntilStopped} polls the sources it
     * leases through {@code leases} (see the class comment).
     */
    public static PollRunner leasing(Archive archive, Fetcher fetcher, Clock clock, PollLimits limits,
                                     SourceLeases leases, Consumer<String> log) {
        return new PollRunner(archive, pollers(archive, fetcher, clock, limits), clock, limits,
                java.util.Objects.requireNonNull(leases), log);
    }

    private static Function<PollStats, Poll> pollers(Archive archive, Fetcher fetcher, Clock clock, PollLimits limits) {
        return stats -> {
            SourcePoller p = new SourcePoller(fetcher, archive, new PollMemory(archive.store().database()), clock,
                    limits, stats);
            return new Poll() {
                @Override
                public PollReport poll(Source source, BooleanSupplier stopping) {
                    return p.poll(source, stopping);
                }

                @Override
                public PollReport poll(Source source, BooleanSupplier stopping, Runnable listingsRead) {
                    return p.poll(source, stopping, listingsRead);
                }
            };
        };
    }

    PollRunner(Archive archive, Function<PollStats, Poll> pollers, Clock clock, PollLimits limits,
               Consumer<String> log) {
        this(archive, pollers, clock, limits, null, log);
    }

    PollRunner(Archive archive, Function<PollStats, Poll> pollers, Clock clock, PollLimits limits,
               SourceLeases leases, Consumer<String> log) {
        this.leases = leases;
        this.archive = archive;
        this.registry = new SourceRegistry(archive.store().database());
        this.poller = pollers.apply(stats);
        this.clock = clock;
        this.limits = limits;
        this.log = log;
    }

    /** Polls every source once, due or not, except the paused ones (for {@code --once}, cron and tests). */
    public List<PollReport> pollAll() {
        requireAlone();
        return pollSources(registry.list().stream().filter(s -> !s.paused()).toList());
    }

    /**
     * Polls one source now, due or not ({@code marsad sources poll NAME}); the caller decides about a paused one.
     * Its health and next poll are recorded as for any poll.
     */
    public PollReport pollOne(Source source) {
        requireAlone();
        return pollSources(List.of(source)).get(0);
    }

    /** Polls the sources that are due now. */
    public List<PollReport> pollDue() {
        requireAlone();
        Instant now = clock.instant();
        return pollSources(registry.list().stream().filter(s -> s.isDue(now)).toList());
    }

    /**
     * Polls sources as they fall due until {@link #stop()}; returns after the polls in progress have finished
     * (bounded) and the index is committed. A source is never polled twice at once.
     */
    public void runUntilStopped() {
        running = true;
        ExecutorService pool = Executors.newFixedThreadPool(limits.threads(), r -> {
            Thread t = new Thread(r, "marsad-poll");
            t.setDaemon(true);
            return t;
        });
        try {
            while (!stopping) {
                Instant now = clock.instant();
                Duration idle = leases == null ? scheduleAlone(pool, now) : scheduleLeased(pool, now);
                synchronized (wake) {
                    if (!stopping) {
                        try {
                            wake.wait(Math.max(1, idle.toMillis()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            stopping = true;
                        }
                    }
                }
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (leases != null) {
                try {
                    leases.releaseAll();
                } catch (RuntimeException e) {
                    log.accept("cannot release the leases (they expire on their own): " + e.getMessage());
                }
            }
            archive.commit();
            running = false;
        }
    }

    /** Starts polling the due sources no thread polls yet; returns how long the loop may wait before looking again. */
    private Duration scheduleAlone(ExecutorService pool, Instant now) {
        Duration idle = TICK;
        List<Source> sources;
        try {
            sources = registry.list();
        } catch (RuntimeException e) {
            // The store is busy or failing: try again at the next tick rather than stop polling.
            log.accept("cannot read the sources (retrying): " + e.getMessage());
            sources = List.of();
        }
        for (Source s : sources) {
            if (inFlight.contains(s.name()) || s.paused()) {
                continue;
            }
            if (s.health().isDue(now)) {
                submit(pool, s);
            } else {
                Duration d = Duration.between(now, s.health().nextPoll());
                idle = d.compareTo(idle) < 0 ? d : idle;
            }
        }
        return idle;
    }

    /**
     * Renews the leases of the sources being polled (every third of the lease time), then leases due sources for
     * the free threads and starts polling them. Other workers' changes show only in the store, so the loop looks
     * again after a tick.
     */
    private Duration scheduleLeased(ExecutorService pool, Instant now) {
        if (Duration.between(lastFollow, now).compareTo(FOLLOW) >= 0) {
            lastFollow = now;
            try {
                // A web server beside workers enriches nothing, and a command storing into its directory cannot
                // index: without this, such an article waits for this worker's next save (for ever on quiet
                // sources). Cheap when the store has not moved (no lock is taken).
                archive.followOthers();
            } catch (RuntimeException e) {
                log.accept("cannot decide what other processes stored (retrying): " + describe(e));
            }
        }
        try {
            if (Duration.between(lastRenewal, now).compareTo(leases.leaseTime().dividedBy(3)) >= 0) {
                Set<String> gone = new java.util.TreeSet<>(leases.renew(Set.copyOf(leased), now));
                // A poll that ended meanwhile ended its lease itself: not lost.
                gone.retainAll(leased);
                for (String name : gone) {
                    log.accept(name + ": lease lost while polling (this worker was too slow to renew it): stopping "
                            + "this poll");
                }
                lost.addAll(gone);
                lastRenewal = now;
            }
            int free = limits.threads() - inFlight.size();
            for (Source s : leases.acquire(free, now)) {
                if (inFlight.contains(s.name())) {
                    // Our own lease expired while we still poll it (the store was unreachable for a while): the lease
                    // is ours again; the poll in progress goes on.
                    lost.remove(s.name());
                    continue;
                }
                leased.add(s.name());
                submit(pool, s);
            }
        } catch (RuntimeException e) {
            log.accept("cannot lease sources (retrying): " + e.getMessage());
        }
        return TICK;
    }

    private void submit(ExecutorService pool, Source s) {
        inFlight.add(s.name());
        pool.execute(() -> {
            try {
                PollReport report = pollSingle(s);
                // (With the index unreachable a commit fails too: the next poll that stores commits it all.)
                if (report.stored() > 0 && report.indexDown() == null) {
                    archive.commit();
                }
            } catch (RuntimeException e) {
                // The store or the index failed after the poll: the next tick (or a lease expiry) retries the source.
                log.accept(s.name() + ": " + describe(e));
            } finally {
                leased.remove(s.name());
                inFlight.remove(s.name());
                lost.remove(s.name());
                wake();
            }
        });
    }

    private void requireAlone() {
        if (leases != null) {
            throw new IllegalStateException("a leasing runner polls through runUntilStopped only");
        }
    }

    /** Asks the loop (and polls in progress) to stop soon; safe from any thread. */
    public void stop() {
        stopping = true;
        wake();
    }

    /** Makes the loop look at the registry now (e.g. after a source was added or asked to be polled now). */
    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Whether {@link #runUntilStopped} is running. */
    public boolean running() {
        return running;
    }

    /** Sources being polled right now. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Counters since this runner was made. */
    public PollStats.Snapshot stats() {
        return stats.snapshot();
    }

    private List<PollReport> pollSources(List<Source> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(limits.threads(), sources.size())));
        try {
            List<Future<PollReport>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> pollSingle(s)));
            }
            List<PollReport> reports = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    reports.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    log.accept(sources.get(i).name() + ": poll failed unexpectedly: " + describe(e.getCause()));
                    reports.add(new PollReport(sources.get(i).name(), 0, 0, 0, 0, 0, 0,
                            List.of("poll error: " + describe(e.getCause())), false));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop();
                    break;
                }
            }
            return reports;
        } finally {
            pool.shutdown();
            archive.commit();
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse("");
    }

    private PollReport pollSingle(Source s) {
        if (stopping) {
            // Not polled at all: its health and schedule stay as they were.
            if (leases != null) {
                leased.remove(s.name());
                leases.release(s.name());
            }
            return new PollReport(s.name(), 0, 0, 0, 0, 0, 0, List.of("not polled: stopping"), false);
        }
        PollReport report;
        try {
            report = poller.poll(s, () -> stopping || lost.contains(s.name()), () -> recordListingsRead(s));
        } catch (Throwable e) {
            // One source must not take the others down, whatever it throws (a feed library's StackOverflowError,
            // a bug): it is recorded in the source's health and backs off. Only a broken JVM goes on up.
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            stats.failed("poll_error");
            report = new PollReport(s.name(), 0, 0, 0, 0, 0, 0, List.of("poll error: " + describe(e)), false);
        }
        Instant now = clock.instant();
        stats.polled(report, now);
        SourceHealth h = report.success()
                ? s.health().succeeded(now, s.pollInterval(), report.notes())
                : s.health().failed(now, s.pollInterval(),
                        report.errors().isEmpty() ? "no listing could be read" : report.errors().get(0));
        if (leases == null) {
            registry.recordHealth(s.name(), h);
        } else {
            leased.remove(s.name());
            if (!leases.finish(s.name(), h)) {
                log.accept(s.name() + ": lease lost (another worker took the source over): this poll's health is "
                        + "not recorded");
            }
        }
        log.accept(report.summary());
        followMovedFeeds(s, report);
        return report;
    }

    /**
     * Records a source's poll as the success it is once its listings were read, before its pages are fetched (50
     * pages at a host's pace take minutes): the sources page and {@code /api/sources} show it polled meanwhile, not
     * "new" or still failing. The poll's end records its health again; a worker writes only while it holds the lease.
     */
    private void recordListingsRead(Source s) {
        SourceHealth h = s.health().succeeded(clock.instant(), s.pollInterval());
        try {
            if (leases == null) {
                registry.recordHealth(s.name(), h);
            } else {
                leases.record(s.name(), h);
            }
        } catch (RuntimeException e) {
            // only an early sight of the outcome: the poll goes on and records it at its end
            log.accept(s.name() + ": cannot record the listings read (recorded at the end of the poll): "
                    + e.getMessage());
        }
    }

    /**
     * A feed that answered through permanent redirects (301, 308) has moved for good, as a feed reader understands
     * it: the source follows the new address from now on (it shows in {@code sources list} and on /sources), so that
     * the source does not break when the old address stops redirecting. Said in the log, once.
     */
    private void followMovedFeeds(Source s, PollReport report) {
        if (report.movedFeeds().isEmpty()) {
            return;
        }
        Map<URI, URI> done = registry.moveFeeds(s.name(), report.movedFeeds());
        done.forEach((from, to) -> log.accept(s.name() + ": the feed " + from + " moved permanently to " + to
                + "; following the new address"));
    }
}
