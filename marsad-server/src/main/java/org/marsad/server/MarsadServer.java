package org.marsad.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.poll.PollLimits;
import org.marsad.ingest.poll.PollRunner;
import org.marsad.ingest.poll.PollStats;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;
import org.marsad.web.http.Metrics;

/**
 * The running Marsad service over one data directory: it owns the directory ({@link Ownership}), polls the due
 * sources continuously ({@link PollRunner}: per-source intervals, backoff, health, politeness), follows the store
 * so that whatever any process stores is enriched, indexed and searchable within a second or so (near-real-time
 * refresh), tells {@link ArticleListener}s, and serves the web UI and API, all at once.
 *
 * <pre>{@code
 * try (Ownership own = Ownership.claim(dir); Archive archive = ...open, as owner...) {
 *     MarsadServer server = MarsadServer.start(own, archive, MarsadServer.Options.defaults("127.0.0.1", 8080), log);
 *     server.addListener(articles -> ...);
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Other commands keep working beside it: writers store only and the server catches up from the store's change
 * counter; a reindex is handed over through {@link ServerRequests}.
 */
public final class MarsadServer implements AutoCloseable {
    private final Ownership ownership;
    private final Archive archive;
    private final IndexFollower follower;
    private final Thread followerThread;
    private final PollRunner poller;
    private final Thread pollerThread;
    private final QuietMerger merger;
    // Runs the merger's looks; null when the quiet merge is off.
    private final java.util.concurrent.ScheduledExecutorService mergeLooks;
    private final SourceRegistry registry;
    private final WebServer web;
    private final ServerInfo info;
    private final Consumer<String> log;
    // The port asked for when it was busy and a free one was taken instead (Options#anyPortIfBusy), else -1.
    private int busyPortAvoided = -1;
    // The public address the web configuration was given (--base-url), recorded in server.json; null: none.
    private java.net.URI publicUrl;
    private boolean closed;

    /**
     * How to run.
     *
     * @param host          interface to bind
     * @param port          port, 0 for any free one
     * @param anyPortIfBusy when the port is taken, serve on a free one instead of failing
     * @param poll          poll the sources (false: {@code --no-poll}; other processes may still store)
     * @param fetcher       the polite fetcher the poller uses
     * @param limits        bounds of each poll
     * @param clock         "now"
     * @param web           adjusts the web configuration before the server starts (accounts, base URL…)
     * @param listeners     told about articles that become searchable, from the start (see {@link #addListener})
     * @param quietMerge    when the index is merged into one segment in the background ({@link QuietMerge#OFF}
     *                      when null)
     */
    public record Options(String host, int port, boolean anyPortIfBusy, boolean poll, Fetcher fetcher,
                          PollLimits limits, Clock clock, UnaryOperator<WebServer.Config> web,
                          List<ArticleListener> listeners, QuietMerge quietMerge) {
        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clock, "clock");
            limits = limits == null ? PollLimits.defaults() : limits;
            web = web == null ? UnaryOperator.identity() : web;
            listeners = listeners == null ? List.of() : List.copyOf(listeners);
            quietMerge = quietMerge == null ? QuietMerge.OFF : quietMerge;
        }

        /** Without merging the index when quiet ({@link QuietMerge#OFF}). */
        public Options(String host, int port, boolean anyPortIfBusy, boolean poll, Fetcher fetcher,
                       PollLimits limits, Clock clock, UnaryOperator<WebServer.Config> web,
                       List<ArticleListener> listeners) {
            this(host, port, anyPortIfBusy, poll, fetcher, limits, clock, web, listeners, QuietMerge.OFF);
        }

        /** Polling with the default fetcher and limits; no web adjustments, no listeners. */
        public static Options defaults(String host, int port) {
            return new Options(host, port, false, true, Fetcher.create(org.marsad.ingest.fetch.FetchLimits.defaults()),
                    PollLimits.defaults(), Clock.systemUTC(), null, null);
        }

        public Options withPolling(boolean on) {
            return new Options(host, port, anyPortIfBusy, on, fetcher, limits, clock, web, listeners, quietMerge);
        }

        public Options withPolling(Fetcher f, PollLimits l) {
            return new Options(host, port, anyPortIfBusy, poll, f, l, clock, web, listeners, quietMerge);
        }

        public Options withAnyPortIfBusy(boolean on) {
            return new Options(host, port, on, poll, fetcher, limits, clock, web, listeners, quietMerge);
        }

        public Options withWeb(UnaryOperator<WebServer.Config> adjust) {
            return new Options(host, port, anyPortIfBusy, poll, fetcher, limits, clock, adjust, listeners, quietMerge);
        }

        /** These options with one more listener, registered before the server follows the store. */
        public Options withListener(ArticleListener l) {
            List<ArticleListener> all = new ArrayList<>(listeners);
            all.add(l);
            return new Options(host, port, anyPortIfBusy, poll, fetcher, limits, clock, web, all, quietMerge);
        }

        /** These options with the index merged into one segment when the service is quiet, as {@code q} says. */
        public Options withQuietMerge(QuietMerge q) {
            return new Options(host, port, anyPortIfBusy, poll, fetcher, limits, clock, web, listeners, q);
        }
    }

    private MarsadServer(Ownership ownership, Archive archive, Options options, Consumer<String> log) {
        this.ownership = ownership;
        this.archive = archive;
        this.log = log;
        this.registry = new SourceRegistry(archive.store().database());
        this.follower = new IndexFollower(archive, new ServerRequests(archive.store().database()), options.clock(),
                log);
        options.listeners().forEach(follower::addListener);
        this.poller = options.poll() ? new PollRunner(archive, options.fetcher(), options.clock(), options.limits(),
                log) : null;
        this.followerThread = new Thread(follower, "marsad-follow");
        this.pollerThread = poller == null ? null : new Thread(poller::runUntilStopped, "marsad-poller");
        followerThread.setDaemon(true);
        followerThread.start();
        this.merger = new QuietMerger(archive, options.quietMerge(), options.clock(), log);
        this.mergeLooks = options.quietMerge().on() ? quietMergeThread() : null;
        if (mergeLooks != null) {
            long look = QuietMerger.lookEvery(options.quietMerge()).toMillis();
            mergeLooks.scheduleWithFixedDelay(merger::lookOnce, look, look,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        WebServer started = null;
        try {
            started = startWeb(options);
            if (pollerThread != null) {
                pollerThread.setDaemon(true);
                pollerThread.start();
            }
        } catch (RuntimeException e) {
            follower.stop(); // stops compacting too
            if (mergeLooks != null) {
                mergeLooks.shutdown();
            }
            throw e;
        }
        this.web = started;
        this.info = new ServerInfo(ProcessHandle.current().pid(), web.uri().toString(), Instant.now(), options.poll(),
                publicUrl == null ? null : publicUrl.toString());
        ownership.publish(info);
    }

    /**
     * Starts the service on an archive this process owns (it holds the index writer: see {@link Archive#owner}).
     * The caller keeps the ownership and the archive and closes them after {@link #close}.
     *
     * @throws IllegalArgumentException when the archive is not owned
     * @throws IllegalStateException    when the port cannot be bound
     */
    public static MarsadServer start(Ownership ownership, Archive archive, Options options, Consumer<String> log) {
        if (!archive.owner()) {
            throw new IllegalArgumentException("the archive in " + archive.dataDir() + " is written by another process");
        }
        return new MarsadServer(ownership, archive, options, log);
    }

    private WebServer startWeb(Options o) {
        WebServer.Config base = o.web().apply(WebServer.Config.of(archive, o.host(), o.port())
                .withStatus(this::metrics, this::health)
                // An editor's change to the sources reaches the poller at once, not at its next look.
                .withSources(o.fetcher(), () -> {
                    if (poller != null) {
                        poller.wake();
                    }
                }));
        publicUrl = base.access().baseUrl();
        try {
            return WebServer.start(base);
        } catch (IllegalStateException e) {
            if (!o.anyPortIfBusy() || o.port() == 0) {
                throw e;
            }
            // Said by the caller, with the port taken, beside what it prints at start (not as a log line of the
            // running service): see busyPortAvoided.
            WebServer free = WebServer.start(base.withPort(0));
            busyPortAvoided = o.port();
            return free;
        }
    }

    /**
     * Registers a listener for articles that become searchable from now on (see {@link ArticleListener}); to hear
     * from the start, give it in {@link Options#withListener}.
     */
    public void addListener(ArticleListener listener) {
        follower.addListener(listener);
    }

    /** Where the web UI is served. */
    public String url() {
        return info.url();
    }

    /**
     * The port the options asked for when it was busy and this server listens on a free one instead
     * ({@link Options#anyPortIfBusy}); empty when it listens where it was asked to.
     */
    public java.util.OptionalInt busyPortAvoided() {
        return busyPortAvoided < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(busyPortAvoided);
    }

    /** What this server published about itself. */
    public ServerInfo info() {
        return info;
    }

    public Archive archive() {
        return archive;
    }

    /** Store changes not yet searchable. */
    public long indexLag() {
        return follower.lag();
    }

    /** Blocks until the web server stops (Ctrl-C ends the JVM, whose shutdown hook calls {@link #close}). */
    public void join() throws InterruptedException {
        web.join();
    }

    /**
     * The members /healthz adds: {@code index} (lag) and {@code poller} (state). A server that does not poll says
     * {@code workers} when it serves beside collecting workers (it enriches nothing: they poll), else
     * {@code disabled}; either way its {@code last_poll} is the latest successful poll of any source recorded in the
     * store, whoever polled it ({@code marsad worker}, {@code marsad run}), since this process polls nothing.
     */
    Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> index = follower.health();
        index.put("merge", merger.health());
        out.put("index", index);
        Map<String, Object> p = new LinkedHashMap<>();
        List<Source> sources = registry.list();
        Instant now = Instant.now();
        p.put("state", poller == null ? (archive.enriches() ? "disabled" : "workers")
                : poller.running() ? "running" : closed ? "stopped" : "starting");
        p.put("sources", sources.size());
        p.put("sources_due", sources.stream().filter(s -> s.isDue(now)).count());
        p.put("polling_now", poller == null ? 0 : poller.inFlight());
        Instant last = poller != null ? poller.stats().lastPoll() : lastSuccess(sources);
        p.put("last_poll", last == null ? null : last.toString());
        out.put("poller", p);
        return out;
    }

    // The latest successful poll the store records for any source (failed polls record no time), or null.
    private static Instant lastSuccess(List<Source> sources) {
        return sources.stream().map(s -> s.health().lastSuccess()).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    /** The samples /metrics adds: polling counters and the index lag. */
    List<Metrics.Sample> metrics() {
        List<Metrics.Sample> out = new ArrayList<>();
        out.add(new Metrics.Sample("marsad_index_lag", "Store changes not yet searchable.", "gauge", follower.lag()));
        out.add(new Metrics.Sample("marsad_index_segments", "Segments of the search index, each set up apart by every "
                + "search (-1: unknown).", "gauge", archive.indexSegments()));
        long[] writes = archive.indexWrites();
        out.add(new Metrics.Sample("marsad_index_writes_total", "Articles this process put into or removed from the "
                + "search index.", "counter", writes[0]));
        out.add(new Metrics.Sample("marsad_index_left_to_others_total", "Store changes this process did not send "
                + "to the shared index because another writer had sent them.", "counter", writes[1]));
        out.add(new Metrics.Sample("marsad_enriching", "1 when this process enriches (entities, stories), 0 when it "
                + "only serves beside workers.", "gauge", archive.enriches() ? 1 : 0));
        out.add(new Metrics.Sample("marsad_poller_running", "1 when the poller runs, 0 when disabled or stopped.",
                "gauge", poller != null && poller.running() ? 1 : 0));
        PollStats.Snapshot s = poller == null ? new PollStats().snapshot() : poller.stats();
        out.add(new Metrics.Sample("marsad_poll_sources_polled_total", "Source polls finished.", "counter", s.polls()));
        out.add(new Metrics.Sample("marsad_poll_sources_failed_total",
                "Source polls whose feeds and sitemaps could not be read.", "counter", s.failedPolls()));
        out.add(new Metrics.Sample("marsad_poll_fetches_total", "HTTP fetches of feeds, sitemaps and pages.",
                "counter", s.fetches()));
        out.add(new Metrics.Sample("marsad_poll_not_modified_total", "Fetches answered 304 Not Modified.", "counter",
                s.notModified()));
        for (String kind : List.of("robots", "private_address", "scheme", "http_4xx", "http_5xx", "network",
                "feed_format", "sitemap_format", "poll_error")) {
            out.add(new Metrics.Sample("marsad_poll_failures_total", "Failed or refused fetches and unreadable "
                    + "listings, by kind.", "counter", Map.of("kind", kind), s.failuresByKind().getOrDefault(kind, 0L)));
        }
        out.add(new Metrics.Sample("marsad_poll_articles_stored_total", "Articles stored by polling (new or changed).",
                "counter", s.stored()));
        return out;
    }

    /**
     * Stops polling (the pages in hand finish), serving and following: a catch-up under way ends after its current
     * part, and what is indexed is committed (the next start catches up the rest).
     * Idempotent. The archive and the ownership stay open for the caller.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (poller != null) {
            poller.stop();
            joinQuietly(pollerThread, Duration.ofSeconds(90));
        }
        web.close();
        follower.stop(); // and a merge under way is cut short (Archive.stopCompacting)
        joinQuietly(followerThread, Duration.ofSeconds(30));
        if (mergeLooks != null) {
            // No look from now on; one under way returns within a fraction of a second once its merge is cut short.
            mergeLooks.shutdown();
            try {
                mergeLooks.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        follower.tick();
        archive.commit();
    }

    /**
     * The thread of the quiet merge's looks: at the lowest priority, since it waits on Lucene's merge thread (one
     * merge, one core at most), and only while nothing is stored.
     */
    private static java.util.concurrent.ScheduledExecutorService quietMergeThread() {
        return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marsad-quiet-merge");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    private static void joinQuietly(Thread t, Duration d) {
        try {
            t.join(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
