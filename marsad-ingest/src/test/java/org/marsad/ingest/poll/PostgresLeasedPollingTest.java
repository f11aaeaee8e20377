package org.marsad.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceLeases;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.store.Archive;
import org.marsad.store.OneCollection;
import org.marsad.store.Database;
import org.marsad.testing.CiRequirement;

/**
 * Several collecting workers on one PostgreSQL store ({@code MARSAD_TEST_PG_URL}; skipped without it, failed under
 * CI=true): each source is polled by one worker at a time, and a dead worker's sources are taken over once its
 * leases expire. Each test gets its own schema, dropped afterwards. The polls are stand-ins that record who polled
 * what and when (the real poll is {@link SourcePoller}'s, tested in {@link PollRunnerTest}).
 */
class PostgresLeasedPollingTest {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private String schema;
    private String url;
    private final List<Archive> archives = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for these tests (.ci/run sets it)");
    }

    @BeforeEach
    void createSchema() throws Exception {
        schema = "lease_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws Exception {
        for (Archive a : archives) {
            a.close();
        }
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** One worker's own connection to the shared store (a worker is a process with its own archive). */
    private Archive worker(String name) {
        Archive a = Archive.open(dir.resolve(name), url);
        archives.add(a);
        return a;
    }

    private static Source source(int i) {
        return Source.of(String.format("مصدر %02d", i), List.of(URI.create("http://127.0.0.1:9/feed-" + i + ".xml")),
                null, true);
    }

    private static PollReport ok(Source s) {
        return new PollReport(s.name(), 1, 0, 0, 0, 0, 0, List.of(), true);
    }

    // A worker's poll whose listings are read shows the source polled to the web server (another connection) while
    // it still fetches pages, and keeps its lease: no other worker may take the source meanwhile.
    @Test
    void aWorkerRecordsTheListingsReadAndKeepsItsLeaseWhileItsPagesAreFetched() throws Exception {
        Archive worker = worker("w");
        Archive web = worker("web");
        SourceRegistry registry = new SourceRegistry(web.store().database());
        registry.addAbsent(List.of(source(1)), Instant.now());
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        PollRunner.Poll poll = new PollRunner.Poll() {
            @Override
            public PollReport poll(Source s, java.util.function.BooleanSupplier stopping) {
                return ok(s);
            }

            @Override
            public PollReport poll(Source s, java.util.function.BooleanSupplier stopping, Runnable listingsRead) {
                listingsRead.run();
                read.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS); // the pages, at the host's pace
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ok(s);
            }
        };
        PollRunner runner = new PollRunner(worker, stats -> poll, Clock.systemUTC(), new PollLimits(100, 3, 2),
                new SourceLeases(worker.store().database(), "worker-1", LEASE), log::add);
        Thread loop = new Thread(runner::runUntilStopped);
        loop.start();
        try {
            assertThat(read.await(60, TimeUnit.SECONDS)).isTrue();
            SourceHealth during = registry.get(source(1).name()).orElseThrow().health();
            assertThat(during.lastSuccess()).as("shown polled while the pages are fetched").isNotNull();
            assertThat(SourceLeases.leases(web.store().database())).extracting(SourceLeases.Lease::owner)
                    .containsExactly("worker-1");
        } finally {
            release.countDown();
            runner.stop();
            loop.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(SourceLeases.leases(web.store().database())).as("ended with the poll").isEmpty();
    }

    @Test
    void twoLeasingWorkersPollEachOfFiftySourcesOnceAndNeverTogether() throws Exception {
        Archive first = worker("a");
        Archive second = worker("b");
        SourceRegistry registry = new SourceRegistry(first.store().database());
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sources.add(source(i));
        }
        registry.addAbsent(sources, Instant.now());

        Map<String, AtomicInteger> polling = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        Map<String, List<String>> pollsBy = new ConcurrentHashMap<>();
        Set<String> workersSeen = ConcurrentHashMap.newKeySet();
        Random random = new Random(15);
        Map<String, Long> pauses = new ConcurrentHashMap<>();
        for (Source s : sources) {
            pauses.put(s.name(), 5L + random.nextInt(40));
        }
        List<PollRunner> runners = new ArrayList<>();
        for (String name : List.of("worker-1", "worker-2")) {
            Archive archive = name.equals("worker-1") ? first : second;
            SourceLeases leases = new SourceLeases(archive.store().database(), name, LEASE);
            runners.add(new PollRunner(archive, stats -> (source, stopping) -> {
                if (polling.computeIfAbsent(source.name(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                    overlaps.add(source.name());
                }
                try {
                    pollsBy.computeIfAbsent(source.name(), k -> new CopyOnWriteArrayList<>()).add(name);
                    workersSeen.add(name);
                    // Hold each first poll until both workers are polling: neither may take everything alone.
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (workersSeen.size() < 2 && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(pauses.get(source.name()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                polling.get(source.name()).decrementAndGet();
                return ok(source);
            }, Clock.systemUTC(), new PollLimits(100, 3, 2), leases, log::add));
        }
        List<Thread> threads = runners.stream().map(r -> new Thread(r::runUntilStopped)).toList();
        threads.forEach(Thread::start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (pollsBy.size() < 50 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Two more ticks: a source polled twice would show now (each was made due again only in 15 minutes).
        Thread.sleep(2 * PollRunner.TICK.toMillis() + 200);
        runners.forEach(PollRunner::stop);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }

        assertThat(overlaps).as("sources polled by two workers at once").isEmpty();
        assertThat(pollsBy).hasSize(50);
        assertThat(pollsBy.values()).as("each source polled exactly once").allSatisfy(w -> assertThat(w).hasSize(1));
        Map<String, Long> perWorker = pollsBy.values().stream().map(w -> w.get(0))
                .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        assertThat(perWorker).containsOnlyKeys("worker-1", "worker-2");
        assertThat(registry.list()).as("every poll's health recorded").allSatisfy(s -> {
            assertThat(s.health().lastSuccess()).isNotNull();
            assertThat(s.health().isDue(Instant.now())).isFalse();
        });
        assertThat(SourceLeases.leases(first.store().database())).as("no lease left after the workers stopped")
                .isEmpty();
        assertThat(log).noneMatch(l -> l.contains("lease lost"));
    }

    @Test
    void theLiveWorkersAServeThatPollsIsWarnedOfAreThoseThatSaidSoWithinTheirLease() {
        Database db = worker("a").store().database();
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(SourceLeases.liveWorkers(db, t0)).as("no worker ever").isZero();
        SourceLeases a = new SourceLeases(db, "worker-a", LEASE);
        SourceLeases b = new SourceLeases(db, "worker-b", LEASE);
        a.acquire(0, t0);
        b.acquire(0, t0);
        assertThat(SourceLeases.liveWorkers(db, t0.plusSeconds(1))).isEqualTo(2);
        b.releaseAll();
        assertThat(SourceLeases.liveWorkers(db, t0.plusSeconds(1))).as("a stopped worker leaves").isOne();
        assertThat(SourceLeases.liveWorkers(db, t0.plus(LEASE).plusSeconds(1))).as("a silent one, a lease later")
                .isZero();
    }

    @Test
    void twoLiveWorkersEachLeaseTheirHalfOfTenDueSourcesWhicheverAsksFirst() {
        // review26: with two workers one often took every due source (up to its threads): the split was timing's.
        Archive archive = worker("a");
        Database db = archive.store().database();
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        List<Source> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(source(i));
        }
        new SourceRegistry(db).addAbsent(ten, t0);
        SourceLeases a = new SourceLeases(db, "worker-a", LEASE);
        SourceLeases b = new SourceLeases(db, "worker-b", LEASE);
        // each says it is alive at its loop's first tick, threads free or not
        assertThat(a.acquire(0, t0)).isEmpty();
        assertThat(b.acquire(0, t0)).isEmpty();

        List<String> first = a.acquire(10, t0.plusMillis(10)).stream().map(Source::name).toList();
        List<String> second = b.acquire(10, t0.plusMillis(20)).stream().map(Source::name).toList();
        assertThat(first).as("the first to ask takes its half only").hasSize(5);
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
        assertThat(a.acquire(10, t0.plusMillis(30))).as("nothing more is a's").isEmpty();

        // b stops (its leases and its place given up): a's share is everything again
        b.releaseAll();
        assertThat(a.acquire(10, t0.plusMillis(40))).extracting(Source::name)
                .containsExactlyInAnyOrderElementsOf(second);
    }

    @Test
    void anEmbeddedArchiveMigratedToPostgresqlIsSplitByItsWorkersEvenOneStartedDuringTheCopy() {
        // product29 left `migrate` with the workers table untested. A worker that says it is alive while the copy
        // runs (started as soon as the operator saw the tables made) put a row in `workers` that the embedded store
        // never has: the copy's final count found the table different and the migration failed.
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        List<Source> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(source(i));
        }
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        try (org.marsad.store.ArticleStore embedded = org.marsad.store.ArticleStore.openSqlite(
                dir.resolve("demo").resolve("marsad.db"));
                org.marsad.store.ArticleStore target = org.marsad.store.ArticleStore.open(url)) {
            new SourceRegistry(embedded.database()).addAbsent(ten, t0.minusSeconds(3600));
            org.marsad.store.StoreCopy.Result copied = org.marsad.store.StoreCopy.copy(embedded, target,
                    (table, done, total) -> {
                        if (!started.getAndSet(true)) {
                            new SourceLeases(target.database(), "worker-early", LEASE).acquire(0, t0);
                        }
                    });
            assertThat(copied.rows("sources")).isEqualTo(10);
        }
        assertThat(started).isTrue();
        SourceLeases a = new SourceLeases(worker("a").store().database(), "worker-a", LEASE);
        SourceLeases b = new SourceLeases(worker("b").store().database(), "worker-b", LEASE);
        assertThat(a.acquire(0, t0)).isEmpty();
        assertThat(b.acquire(0, t0)).isEmpty();
        // the early worker has gone (its row expired a lease after its last word)
        Instant later = t0.plus(LEASE).plusSeconds(1);
        assertThat(a.acquire(0, later)).isEmpty();
        assertThat(b.acquire(0, later)).isEmpty();
        List<String> first = a.acquire(10, later.plusMillis(10)).stream().map(Source::name).toList();
        List<String> second = b.acquire(10, later.plusMillis(20)).stream().map(Source::name).toList();
        assertThat(first).as("each worker its half of the migrated sources").hasSize(5);
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
    }

    @Test
    void twoRunningWorkersSplitTenSourcesAndAKilledWorkersHalfGoesToTheOtherAfterItsLease() throws Exception {
        // (a lease's third, 2 s, is how long a due source waits for its worker before anyone may take it)
        Duration lease = Duration.ofSeconds(6);
        Archive a = worker("a");
        Archive b = worker("b");
        Database db = a.store().database();
        Map<String, String> polledBy = new ConcurrentHashMap<>();
        Map<String, Long> polledAt = new ConcurrentHashMap<>();
        List<PollRunner> runners = new ArrayList<>();
        for (String name : List.of("worker-a", "worker-b")) {
            Archive archive = name.equals("worker-a") ? a : b;
            // ten threads each: unbounded by threads, either could take all ten at once
            runners.add(new PollRunner(archive, stats -> (source, stopping) -> {
                polledBy.putIfAbsent(source.name(), name);
                polledAt.putIfAbsent(source.name(), System.nanoTime());
                return ok(source);
            }, Clock.systemUTC(), new PollLimits(100, 3, 10),
                    new SourceLeases(archive.store().database(), name, lease), log::add));
        }
        List<Thread> threads = runners.stream().map(r -> new Thread(r::runUntilStopped)).toList();
        threads.forEach(Thread::start);
        try {
            waitFor(() -> db.read(c -> c.number("SELECT COUNT(*) FROM workers")) == 2, "both workers alive");
            List<Source> ten = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(source(i));
            }
            new SourceRegistry(db).addAbsent(ten, Instant.now());
            waitFor(() -> polledBy.size() == 10, "every source polled");
            Map<String, Long> perWorker = polledBy.values().stream()
                    .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
            assertThat(perWorker).as("split evenly").containsEntry("worker-a", 5L).containsEntry("worker-b", 5L);
        } finally {
            runners.get(1).stop();
            threads.get(1).join(TimeUnit.SECONDS.toMillis(60));
        }

        // Then another worker, killed with its half leased (kill -9: no renewal, no release): its sources wait for
        // its leases to end, then the live worker polls them.
        polledBy.clear();
        polledAt.clear();
        SourceLeases killed = new SourceLeases(db, "worker-killed", lease);
        assertThat(killed.acquire(0, Instant.now())).isEmpty();
        SourceRegistry registry = new SourceRegistry(db);
        Instant now = Instant.now();
        for (Source s : registry.list()) {
            registry.pollNow(s.name(), now);
        }
        List<String> held = killed.acquire(10, Instant.now()).stream().map(Source::name).toList();
        long killedAt = System.nanoTime();
        try {
            assertThat(held).as("the killed worker's half").hasSize(5);
            waitFor(() -> polledBy.size() == 10, "the killed worker's sources taken over");
            assertThat(polledBy.values()).containsOnly("worker-a");
            for (String name : held) {
                assertThat(polledAt.get(name) - killedAt).as(name + " not before the lease ended")
                        .isGreaterThanOrEqualTo(lease.toNanos() - TimeUnit.MILLISECONDS.toNanos(100));
            }
        } finally {
            runners.get(0).stop();
            threads.get(0).join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    /** Waits at most 30 s for {@code done}. */
    private static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 30 s: " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void aDeadWorkersSourcesAreTakenOverWhenItsLeasesExpire() throws Exception {
        Archive archive = worker("a");
        Database db = archive.store().database();
        SourceRegistry registry = new SourceRegistry(db);
        registry.addAbsent(List.of(source(1), source(2), source(3)), Instant.now());
        // A worker takes all three and dies: it never renews, polls, or releases.
        SourceLeases dead = new SourceLeases(db, "dead-worker", LEASE);
        assertThat(dead.acquire(10, Instant.now())).hasSize(3);

        List<String> polled = new CopyOnWriteArrayList<>();
        Archive other = worker("b");
        SourceLeases leases = new SourceLeases(other.store().database(), "live-worker", LEASE);
        PollRunner beforeExpiry = new PollRunner(other, stats -> (source, stopping) -> {
            polled.add(source.name());
            return ok(source);
        }, Clock.systemUTC(), new PollLimits(100, 3, 2), leases, log::add);
        runFor(beforeExpiry, 2);
        assertThat(polled).as("leased to a worker that may still be polling").isEmpty();

        // Later than the lease: this worker's clock is past the dead worker's leases.
        PollRunner afterExpiry = new PollRunner(other, stats -> (source, stopping) -> {
            polled.add(source.name());
            return ok(source);
        }, Clock.offset(Clock.systemUTC(), LEASE.plusSeconds(1)), new PollLimits(100, 3, 2), leases, log::add);
        runFor(afterExpiry, 2);

        assertThat(polled).containsExactlyInAnyOrder(source(1).name(), source(2).name(), source(3).name());
        assertThat(registry.list()).allSatisfy(s -> assertThat(s.health().lastSuccess()).isNotNull());
        assertThat(SourceLeases.leases(db)).isEmpty();
    }

    @Test
    void anIdleWorkerDecidesWhatACommandStoredBesideAWebServer() throws Exception {
        // Written for this test: a report naming a place (البصرة) the tagger knows.
        Article report = Article.builder().url("https://a.example/basra").source("وكالة الأنباء")
                .published("2024-04-02T08:00:00+03:00").title("إجلاء آلاف العائلات في البصرة").language("ar")
                .body(List.of("أعلنت السلطات في محافظة البصرة جنوب العراق إجلاء أكثر من 3200 عائلة من القرى "
                        + "الواقعة على ضفاف شط العرب بعد ارتفاع منسوب المياه.")).build();
        try (OneCollection collection = new OneCollection(dir.resolve("collection"));
             Archive worker = Archive.open(dir.resolve("w"), url, collection.view());
             Archive server = Archive.open(dir.resolve("web"), url, collection.view(), false)) {
            // A worker with nothing to poll: no source brings a save of its own.
            PollRunner runner = new PollRunner(worker, stats -> (source, stopping) -> ok(source), Clock.systemUTC(),
                    new PollLimits(100, 3, 2), new SourceLeases(worker.store().database(), "worker-1", LEASE),
                    log::add);
            Thread loop = new Thread(runner::runUntilStopped);
            loop.start();
            try {
                String id;
                // 'marsad ingest' into the web server's directory: stored only (the server holds the writer lock).
                try (Archive ingest = Archive.open(dir.resolve("web"), url,
                        collection.view(false, new AtomicInteger()))) {
                    id = ingest.save(report, null).id();
                }
                server.catchUp();
                assertThat(server.store().get(id).orElseThrow().entities()).as("the server enriches nothing").isEmpty();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (worker.store().get(id).orElseThrow().entities().isEmpty() && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                assertThat(worker.store().get(id).orElseThrow().entities()).extracting(ArticleEntity::name)
                        .contains("البصرة");
                assertThat(worker.store().get(id).orElseThrow().story()).isEqualTo(id);
            } finally {
                runner.stop();
                loop.join(TimeUnit.SECONDS.toMillis(60));
            }
        }
    }

    private static void runFor(PollRunner runner, int ticks) throws InterruptedException {
        Thread t = new Thread(runner::runUntilStopped);
        t.start();
        Thread.sleep(ticks * PollRunner.TICK.toMillis() + 300);
        runner.stop();
        t.join(TimeUnit.SECONDS.toMillis(60));
    }

    @Test
    void aLeaseEndsOnlyForItsHolderAndExpiresUnlessRenewed() {
        Archive archive = worker("a");
        Database db = archive.store().database();
        SourceRegistry registry = new SourceRegistry(db);
        registry.addAbsent(List.of(source(1), source(2), source(3)), Instant.now());
        SourceLeases a = new SourceLeases(db, "a", LEASE);
        SourceLeases b = new SourceLeases(db, "b", LEASE);
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(a.acquire(10, t0)).extracting(Source::name)
                .containsExactly(source(1).name(), source(2).name(), source(3).name());
        assertThat(b.acquire(10, t0.plusSeconds(10))).as("all leased").isEmpty();
        assertThat(a.renew(List.of(source(1).name()), t0.plusSeconds(20))).isEmpty();

        assertThat(b.acquire(10, t0.plusSeconds(31))).as("the unrenewed leases expired").extracting(Source::name)
                .containsExactly(source(2).name(), source(3).name());
        SourceHealth late = SourceHealth.NEW.succeeded(t0.plusSeconds(32), Duration.ofMinutes(15));
        assertThat(a.finish(source(2).name(), late)).as("a's lease was taken over").isFalse();
        assertThat(registry.get(source(2).name()).orElseThrow().health().lastSuccess()).isNull();
        assertThat(a.renew(List.of(source(1).name(), source(3).name()), t0.plusSeconds(33)))
                .containsExactly(source(3).name());

        SourceHealth failed = SourceHealth.NEW.failed(t0.plusSeconds(40), Duration.ofMinutes(15), "timeout");
        assertThat(b.finish(source(3).name(), failed)).isTrue();
        assertThat(registry.get(source(3).name()).orElseThrow().health()).isEqualTo(failed);
        assertThat(SourceLeases.leases(db)).extracting(SourceLeases.Lease::source)
                .containsExactly(source(1).name(), source(2).name());
        assertThat(b.acquire(10, t0.plusSeconds(41))).as("source 3 backs off; source 1 is renewed").isEmpty();
    }

    @Test
    void pausedAndNotYetDueSourcesAreNotLeased() {
        Archive archive = worker("a");
        Database db = archive.store().database();
        SourceRegistry registry = new SourceRegistry(db);
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        registry.addAbsent(List.of(source(1), source(2), source(3).withPaused(true)), t0);
        registry.recordHealth(source(2).name(), SourceHealth.NEW.succeeded(t0, Duration.ofMinutes(15)));
        SourceLeases a = new SourceLeases(db, "a", LEASE);

        assertThat(a.acquire(10, t0.plusSeconds(60))).extracting(Source::name).containsExactly(source(1).name());
        assertThat(a.finish(source(1).name(), SourceHealth.NEW.succeeded(t0.plusSeconds(61), Duration.ofMinutes(15))))
                .isTrue();
        assertThat(a.acquire(10, t0.plus(Duration.ofMinutes(15)))).extracting(Source::name)
                .containsExactly(source(2).name());
    }

    @Test
    void theEmbeddedSqliteStoreCannotLease() {
        try (Archive sqlite = Archive.open(dir.resolve("sqlite"), null)) {
            assertThatThrownBy(() -> new SourceLeases(sqlite.store().database(), "w", LEASE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostgreSQL");
        }
    }
}
