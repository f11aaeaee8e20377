package org.marsad.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class PollRunner {
    /** The longest the loop waits before looking at the registry again. */
    public static final Duration TICK = Duration.ofSeconds(1);
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
    private final Object wake = new Object();
    private volatile boolean stopping;
    private volatile boolean running;

    /** One poll of one source (the seam where tests put a source that fails in any way). */
    interface Poll {
        PollReport poll(Source source, BooleanSupplier stopping);
    }

    public PollRunner(Archive archive, Fetcher fetcher, Clock clock, PollLimits limits, Consumer<String> log) {
        this(archive, stats -> new SourcePoller(fetcher, archive, new PollMemory(archive.store().database()), clock,
                limits, stats)::poll, clock, limits, log);
    }

    PollRunner(Archive archive, Function<PollStats, Poll> pollers, Clock clock, PollLimits limits,
               Consumer<String> log) {
        this.archive = archive;
        this.registry = new SourceRegistry(archive.store().database());
        this.poller = pollers.apply(stats);
        this.clock = clock;
        this.limits = limits;
        this.log = log;
    }

    /** Polls every source once, due or not, except the paused ones (for {@code --once}, cron and tests). */
    public List<PollReport> pollAll() {
        return pollSources(registry.list().stream().filter(s -> !s.paused()).toList());
    }

    /** Polls the sources that are due now. */
    public List<PollReport> pollDue() {
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
                        inFlight.add(s.name());
                        pool.execute(() -> {
                            try {
                                if (pollOne(s).stored() > 0) {
                                    archive.commit();
                                }
                            } finally {
                                inFlight.remove(s.name());
                                wake();
                            }
                        });
                    } else {
                        Duration d = Duration.between(now, s.health().nextPoll());
                        idle = d.compareTo(idle) < 0 ? d : idle;
                    }
                }
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
            archive.commit();
            running = false;
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
                futures.add(pool.submit(() -> pollOne(s)));
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

    private PollReport pollOne(Source s) {
        if (stopping) {
            // Not polled at all: its health and schedule stay as they were.
            return new PollReport(s.name(), 0, 0, 0, 0, 0, 0, List.of("not polled: stopping"), false);
        }
        PollReport report;
        try {
            report = poller.poll(s, () -> stopping);
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
                ? s.health().succeeded(now, s.pollInterval())
                : s.health().failed(now, s.pollInterval(),
                        report.errors().isEmpty() ? "no listing could be read" : report.errors().get(0));
        registry.recordHealth(s.name(), h);
        log.accept(report.summary());
        return report;
    }
}
