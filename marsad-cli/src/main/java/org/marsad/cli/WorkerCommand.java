package org.marsad.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marsad.ingest.poll.PollRunner;
import org.marsad.ingest.source.SourceLeases;
import org.marsad.search.IndexException;
import org.marsad.solr.SolrCollections;
import org.marsad.solr.SolrException;
import org.marsad.solr.SolrIndex;
import org.marsad.solr.SolrTarget;
import org.marsad.store.Archive;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad worker}: one of any number of collecting workers of a scaled-out Marsad (PostgreSQL store, SolrCloud
 * index). It leases due sources in the store ({@link SourceLeases}: no two workers poll one source at once; a dead
 * worker's sources return after the lease time), polls them with the same code as {@code marsad run}, stores and
 * indexes what it finds, records each source's health and backoff, and ends the lease. Runs until SIGTERM or Ctrl-C.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Collect articles as one of several workers sharing a PostgreSQL store and a SolrCloud index.",
                "Each worker leases due sources, so no source is polled by two workers at once; runs until stopped "
                        + "(SIGTERM, Ctrl-C)."},
        footer = {"", "The embedded SQLite store has a single poller ('marsad serve' or 'marsad run'): a worker needs "
                + "MARSAD_DB_URL (or --db) naming a PostgreSQL database, and MARSAD_SOLR (or --solr) naming the "
                + "SolrCloud made by 'marsad solr init'.",
                "", "Exit status: 0 stopped; 1 failure (store or Solr unreachable); 2 usage error."})
final class WorkerCommand implements Callable<Integer> {
    /** How long a stop signal waits for the pages in hand, the leases' release and the final commit. */
    private static final long STOP_GRACE_SECONDS = 60;
    /** A shorter lease would need renewals more often than the loop's tick can promise. */
    private static final int MIN_LEASE_SECONDS = 5;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:MARSAD_DB_URL}",
            description = "The shared store: jdbc:postgresql://HOST/DB?user=U&password=P (default: $MARSAD_DB_URL).")
    String db;

    @Option(names = "--solr", paramLabel = "ADDRESS", defaultValue = "${env:MARSAD_SOLR}",
            description = "ZooKeeper hosts (zk1:2181,zk2:2181/solr) or Solr URLs (default: $MARSAD_SOLR).")
    String solr;

    // $MARSAD_SOLR_COLLECTION as for every other command (DataDir): a worker that ignored it indexed into another
    // collection than the servers beside it read from.
    @Option(names = "--collection", paramLabel = "NAME",
            defaultValue = "${env:MARSAD_SOLR_COLLECTION:-" + SolrCollections.DEFAULT_COLLECTION + "}",
            description = "The collection to index into (default: $MARSAD_SOLR_COLLECTION, else "
                    + SolrCollections.DEFAULT_COLLECTION + "; now ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a source stays with this worker unless renewed (renewed every third of it while "
                    + "polling); a worker that dies gives its sources back after this long (default ${DEFAULT-VALUE}).")
    int leaseSeconds;

    @Option(names = "--name", paramLabel = "NAME",
            description = "This worker's name in the leases, unique among the workers (default: HOST-PID).")
    String name;

    @Mixin
    PollOptions polling;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        polling.check();
        if (db == null || db.isBlank() || !db.strip().startsWith("jdbc:postgresql:")) {
            throw UserException.usage("a worker needs a shared PostgreSQL store (set MARSAD_DB_URL or --db to "
                    + "jdbc:postgresql://HOST/DB?user=U&password=P); the embedded SQLite store has a single poller: "
                    + "use 'marsad serve' or 'marsad run'");
        }
        if (solr == null || solr.isBlank()) {
            throw UserException.usage("no SolrCloud address: give --solr ADDRESS or set MARSAD_SOLR");
        }
        if (leaseSeconds < MIN_LEASE_SECONDS) {
            throw UserException.usage("--lease must be at least " + MIN_LEASE_SECONDS + " seconds");
        }
        String worker = name != null ? name.strip() : defaultName();
        if (worker.isEmpty() || worker.length() > 200) {
            throw UserException.usage("--name must have 1 to 200 characters");
        }
        SolrTarget target;
        try {
            target = SolrTarget.parse(solr);
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch closed = new CountDownLatch(1);
        try (Archive archive = open(target)) {
            SourceLeases leases = new SourceLeases(archive.store().database(), worker,
                    Duration.ofSeconds(leaseSeconds));
            PollRunner runner = PollRunner.leasing(archive, polling.fetcher(), Clock.systemUTC(), polling.limits(),
                    leases, LocalTimes.stamping(line -> {
                        synchronized (err) {
                            err.println(line);
                            err.flush();
                        }
                    }));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                runner.stop();
                try {
                    // Hold the JVM until the loop has released its leases and the archive is closed.
                    closed.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "marsad-worker-stop"));
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), "marsad worker " + worker + ": polling "
                    + "(collection " + collection + " on " + target + "); stop with SIGTERM or Ctrl-C"));
            err.flush();
            runner.runUntilStopped();
            // What sharing the enrichment with other workers cost this one: the bench reads this line.
            long[] lock = archive.enrichmentLockCost();
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), String.format(java.util.Locale.ROOT,
                    "marsad worker %s: enrichment lock taken %d times, waited %.3f s, held %.3f s", worker, lock[1],
                    lock[0] / 1e9, lock[2] / 1e9)));
            long[] writes = archive.indexWrites();
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), String.format(java.util.Locale.ROOT,
                    "marsad worker %s: index writes %d, store changes left to the other writers %d", worker,
                    writes[0], writes[1])));
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), "marsad worker " + worker
                    + ": stopped, leases released"));
            err.flush();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private Archive open(SolrTarget target) {
        SolrIndex index;
        try {
            index = SolrIndex.open(target, collection);
        } catch (SolrException | IndexException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot reach Solr at " + target));
        }
        try {
            // The data directory holds nothing of a worker's (store and index are elsewhere); it names the archive.
            // A poll stops at once at its first article while the nodes are down or hung, not after a timeout.
            return Archive.open(Archive.defaultDataDir(), db.strip(),
                    org.marsad.search.IndexBreaker.around(index, java.time.Clock.systemUTC()));
        } catch (StoreException | IndexException | SolrException e) {
            throw new UserException(e.getMessage().lines().findFirst().orElse("cannot open the store"));
        }
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "worker";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
