package org.marsad.cli;

import java.io.PrintWriter;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;

/** What {@code serve} and {@code demo} share: starting the server and serving until the JVM stops. */
final class WebLauncher {
    private WebLauncher() {
    }

    /**
     * Starts the server on {@code host:port}; when {@code anyPortIfBusy}, a busy port falls back to a free one.
     *
     * @throws UserException when the port cannot be bound
     */
    static WebServer start(Archive archive, String host, int port, boolean anyPortIfBusy, PrintWriter err) {
        try {
            return WebServer.start(config(archive, host, port));
        } catch (IllegalStateException e) {
            if (!anyPortIfBusy || port == 0) {
                throw new UserException(e.getMessage() + (port == 0 ? "" : " (try another --port)"));
            }
            err.println("marsad: port " + port + " is busy; using a free port instead");
            try {
                return WebServer.start(config(archive, host, 0));
            } catch (IllegalStateException again) {
                throw new UserException(again.getMessage());
            }
        }
    }

    // The watches are opened for their feeds; matching and delivering is 'marsad run''s.
    private static WebServer.Config config(Archive archive, String host, int port) {
        return WebServer.Config.of(archive, host, port).withWatches(WatchesCommand.open(archive));
    }

    /** Prints where to go and blocks until Ctrl-C, which closes the server and the archive (committing the index). */
    static void serveUntilStopped(WebServer server, Archive archive, PrintWriter out) throws InterruptedException {
        Thread shutdown = new Thread(() -> {
            server.close();
            archive.close();
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.println("Open " + server.uri());
        out.println("(Ctrl-C to stop)");
        out.flush();
        server.join();
    }
}
