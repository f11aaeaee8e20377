package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.store.Archive;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Work a running server must do because it owns the data directory (reindex, enrich): the command files a request
 * in the store, waits for the server's outcome and prints it, as if it had done the work itself.
 */
final class ServerHandover {
    private static final long POLL_MILLIS = 200;

    private ServerHandover() {
    }

    /**
     * @param kind        the request ({@link ServerRequests#REINDEX} …)
     * @param work        what it is called in messages ("the reindex")
     * @param whenStopped what the user can do when the server stops before finishing
     * @return the exit status
     */
    static int await(DataDir data, ServerInfo server, String kind, String work, String whenStopped, CommandSpec spec)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("marsad: handing " + work + " to the running server (" + server.describe() + ")");
        err.flush();
        try (Archive archive = data.existing()) {
            ServerRequests requests = new ServerRequests(archive.store().database());
            String id = requests.submit(kind, Instant.now());
            while (true) {
                ServerRequests.Request r = requests.get(id).orElseThrow();
                if (r.finished()) {
                    if (!Boolean.TRUE.equals(r.ok())) {
                        throw new UserException(r.outcome());
                    }
                    out.println(r.outcome() + " (by the running server, pid " + server.pid() + ")");
                    out.flush();
                    return 0;
                }
                if (data.server().isEmpty()) {
                    throw new UserException("the server stopped before " + work + " finished; " + whenStopped);
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
