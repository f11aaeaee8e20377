package org.marsad.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.server.Ownership;
import org.marsad.store.Archive;

/** What {@code serve} and {@code demo} share: owning the data directory and running the service until stopped. */
final class Service {
    /** How often a server waiting for the index writer looks again. */
    private static final long WAIT_MILLIS = 500;

    private Service() {
    }

    /**
     * Takes the data directory for a server.
     *
     * @throws UserException when another server owns it
     */
    static Ownership claim(DataDir data) {
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
    static Archive openAsOwner(DataDir data, PrintWriter err) throws InterruptedException {
        boolean said = false;
        while (true) {
            Archive archive = data.create();
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

    /**
     * Starts the service, prints where to go and blocks until Ctrl-C (or SIGTERM), which stops polling, indexes and
     * commits what is stored, and releases the directory.
     */
    static void runUntilStopped(Ownership own, Archive archive, MarsadServer.Options options, PrintWriter out,
                                PrintWriter err) throws InterruptedException {
        MarsadServer server;
        try {
            server = MarsadServer.start(own, archive, options, line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            });
        } catch (IllegalStateException e) {
            archive.close();
            own.close();
            throw new UserException(e.getMessage() + (options.port() == 0 ? "" : " (try another --port)"));
        } catch (RuntimeException e) {
            archive.close();
            own.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                archive.close();
                own.close();
            } finally {
                stopped.countDown();
            }
        }, "marsad-shutdown"));
        out.println("Open " + server.url());
        out.println("(Ctrl-C to stop)");
        out.flush();
        server.join();
        stopped.await();
    }
}
