package org.marsad.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.store.Archive;

/**
 * The polling loop behind {@code marsad run}: polls sources (several at a time), records each one's health
 * (success clears errors; failure backs off exponentially, see {@link SourceHealth}), and commits the index after
 * each round. Articles are stored as they are fetched, so stopping — {@link #stop()} from a shutdown hook — loses
 * nothing fetched: the current pages finish, the rest of a listing waits for the next poll.
 */
public final class PollRunner {
    /** The longest the loop sleeps before looking for due sources again (a source added meanwhile is seen). */
    static final Duration MAX_IDLE = Duration.ofSeconds(30);

    private final Archive archive;
    private final SourceRegistry registry;
    private final SourcePoller poller;
    private final Clock clock;
    private final PollLimits limits;
    private final Consumer<String> log;
    private final Object wake = new Object();
    private volatile boolean stopping;

    public PollRunner(Archive archive, Fetcher fetcher, Clock clock, PollLimits limits, Consumer<String> log) {
        this.archive = archive;
        this.registry = new SourceRegistry(archive.store().database());
        this.poller = new SourcePoller(fetcher, archive, new PollMemory(archive.store().database()), clock, limits);
        this.clock = clock;
        this.limits = limits;
        this.log = log;
    }

    /** Polls every source once, due or not (for {@code --once}, cron and tests). */
    public List<PollReport> pollAll() {
        return pollSources(registry.list());
    }

    /** Polls the sources that are due now. */
    public List<PollReport> pollDue() {
        Instant now = clock.instant();
        return pollSources(registry.list().stream().filter(s -> s.health().isDue(now)).toList());
    }

    /** Polls due sources until {@link #stop()}; returns after the last round's work is committed. */
    public void runUntilStopped() {
        while (!stopping) {
            pollDue();
            Duration idle = untilNextDue();
            synchronized (wake) {
                if (!stopping && !idle.isZero()) {
                    try {
                        wake.wait(Math.max(1, idle.toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopping = true;
                    }
                }
            }
        }
    }

    /** Asks the loop (and polls in progress) to stop soon; safe from any thread. */
    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private Duration untilNextDue() {
        Instant now = clock.instant();
        Duration best = MAX_IDLE;
        for (Source s : registry.list()) {
            Instant next = s.health().nextPoll();
            Duration d = next == null || !next.isAfter(now) ? Duration.ZERO : Duration.between(now, next);
            if (d.compareTo(best) < 0) {
                best = d;
            }
        }
        return best;
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
            for (Future<PollReport> f : futures) {
                try {
                    reports.add(f.get());
                } catch (ExecutionException e) {
                    log.accept("poll failed unexpectedly: " + e.getCause());
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

    private PollReport pollOne(Source s) {
        if (stopping) {
            // Not polled at all: its health and schedule stay as they were.
            return new PollReport(s.name(), 0, 0, 0, 0, 0, 0, List.of("not polled: stopping"), false);
        }
        PollReport report;
        try {
            report = poller.poll(s, () -> stopping);
        } catch (RuntimeException e) {
            report = new PollReport(s.name(), 0, 0, 0, 0, 0, 0, List.of("poll error: " + e.getMessage()), false);
        }
        Instant now = clock.instant();
        SourceHealth h = report.success()
                ? s.health().succeeded(now, s.pollInterval())
                : s.health().failed(now, s.pollInterval(),
                        report.errors().isEmpty() ? "no listing could be read" : report.errors().get(0));
        registry.recordHealth(s.name(), h);
        log.accept(report.summary());
        return report;
    }
}
