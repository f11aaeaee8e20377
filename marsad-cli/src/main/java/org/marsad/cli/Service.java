package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.server.Ownership;
import org.marsad.store.Archive;
import org.marsad.watch.Watches;

/** What {@code serve} and {@code demo} share: owning the data directory and running the service until stopped. */
final class Service {
    /** How often a server waiting for the index writer looks again. */
    private static final long WAIT_MILLIS = 500;

    private Service() {
    }

    /** A data directory taken by this process: its ownership and its archive, opened as owner. */
    record Owned(Ownership ownership, Archive archive) implements AutoCloseable {
        @Override
        public void close() {
            try {
                archive.close();
            } finally {
                ownership.close();
            }
        }
    }

    /**
     * Takes the data directory for a server and opens its archive as owner (see {@link #openAsOwner}).
     *
     * @throws UserException when another server owns it
     */
    static Owned own(DataDir data, PrintWriter err) throws InterruptedException {
        return own(data, err, true);
    }

    /**
     * {@link #own(DataDir, PrintWriter)}; with {@code enrich} false the archive enriches nothing (a web server
     * beside collecting workers, see {@link DataDir#createServingOnly}).
     */
    static Owned own(DataDir data, PrintWriter err, boolean enrich) throws InterruptedException {
        Ownership own = claim(data);
        try {
            return new Owned(own, openAsOwner(data, err, enrich));
        } catch (RuntimeException | InterruptedException e) {
            own.close();
            throw e;
        }
    }

    /**
     * Refuses a start whose address cannot be listened on before anything else is done: the data directory is
     * created, migrated and locked only by a server that can then serve it (a busy port left a new directory behind).
     * The address is tried by binding it and letting it go; port 0 (any free port) always works.
     *
     * @throws UserException naming the address and why, with a hint to try another port
     */
    static void checkCanListen(String host, int port) {
        if (port == 0) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": no such host (see --host)");
        }
        try (ServerSocket probe = new ServerSocket()) {
            // As the web server binds: address reuse on, so a port left in TIME_WAIT by a stopped server is free.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port), 1);
        } catch (IOException | SecurityException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (try another --port)");
        }
    }

    private static Ownership claim(DataDir data) {
        // Before the lock file is made: a directory that may not be written gets nothing, not even server.lock
        // (root would create it in spite of the permission bits).
        data.checkWritable();
        try {
            return Ownership.claim(data.path());
        } catch (Ownership.AlreadyOwnedException e) {
            throw new UserException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * Opens the archive as its owner. While another command (an ingest, a run) holds the index writer, waits for it
     * to finish, saying so once.
     */
    private static Archive openAsOwner(DataDir data, PrintWriter err, boolean enrich) throws InterruptedException {
        boolean said = false;
        while (true) {
            Archive archive = enrich ? data.createServing() : data.createServingOnly();
            if (archive.owner()) {
                return archive;
            }
            archive.close();
            if (!said) {
                err.println("marsad: waiting for another marsad command writing " + data.path()
                        + " (an ingest or run) to finish");
                err.flush();
                said = true;
            }
            Thread.sleep(WAIT_MILLIS);
        }
    }

    private static void stamped(PrintWriter err, String line) {
        synchronized (err) {
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), line));
            err.flush();
        }
    }

    /**
     * Starts the service, prints where to go and blocks until Ctrl-C (or SIGTERM), which stops polling, indexes and
     * commits what is stored, and releases the directory. {@code baseUrl}: the public address (null: the server's).
     */
    static void runUntilStopped(Owned owned, MarsadServer.Options options, String banner, URI baseUrl,
                                PrintWriter out, PrintWriter err) throws InterruptedException {
        MarsadServer server;
        Watches watches;
        try {
            // Watches hear of every article that becomes searchable, and serve their feeds through the web.
            watches = WatchesCommand.open(owned.archive());
        } catch (RuntimeException e) {
            owned.close();
            throw e;
        }
        try {
            server = MarsadServer.start(owned.ownership(), owned.archive(), options
                    .withListener(articles -> watches.articlesStored())
                    .withWeb(c -> options.web().apply(c).withWatches(watches)), LocalTimes.stamping(line -> {
                        synchronized (err) {
                            err.println(line);
                            err.flush();
                        }
                    }));
        } catch (IllegalStateException e) {
            watches.close();
            owned.close();
            throw new UserException(e.getMessage() + (options.port() == 0 ? "" : " (try another --port)"));
        } catch (RuntimeException e) {
            watches.close();
            owned.close();
            throw e;
        }
        // Alerts link to the public address when a proxy serves the site, else to where this server listens.
        watches.useBaseUrl(baseUrl != null ? baseUrl : URI.create(server.url()));
        watches.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // A service manager's log must show that the stop was heard and ended cleanly: closing can take a while
            // (the pages in hand are finished), so it is said when it starts and when it is done.
            stamped(err, "marsad: stopping: finishing the work in hand, committing what is stored");
            try {
                server.close();
                watches.close();
                owned.close();
                stamped(err, "marsad: stopped (web server, polling and watches); everything stored is committed, "
                        + "nothing was lost");
            } catch (RuntimeException e) {
                stamped(err, "marsad: stopping failed: " + e.getMessage()
                        + "; what was committed before is kept");
            } finally {
                stopped.countDown();
            }
        }, "marsad-shutdown"));
        // A start-up line like the banner, unstamped: the log lines of the running service carry the time.
        server.busyPortAvoided().ifPresent(busy -> err.println("marsad: port " + busy + " is busy; serving on port "
                + URI.create(server.url()).getPort() + " instead"));
        if (banner != null) {
            err.println(banner);
        }
        err.flush();
        out.println("Open " + server.url());
        out.println("(Ctrl-C to stop)");
        out.flush();
        server.join();
        stopped.await();
    }
}
