package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex --data DIR}: rebuilds the search index from the store. Searches give the same results
 * afterwards; use it after changing analysis, or when the index is suspected to be damaged.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles.",
        footer = {"", "While 'marsad serve' runs on the directory, the server does the rebuild and this command waits "
                + "for it.", "", "Exit status: 0 ok, 1 failure (e.g. no data, or the index is in use), 2 usage error."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Spec
    CommandSpec spec;

    /** How often a reindex handed to the server looks for its outcome. */
    private static final long POLL_MILLIS = 200;

    @Override
    public Integer call() throws InterruptedException {
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            return handOver(server.get());
        }
        long start = System.nanoTime();
        long n;
        try (Archive archive = data.existing()) {
            if (!archive.owner()) {
                throw new UserException("the index in " + data.path() + " is in use by another marsad command; "
                        + "run reindex again when it has finished");
            }
            n = archive.reindex();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("reindexed %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The server owns the index: it rebuilds it, this command waits for the outcome. */
    private int handOver(ServerInfo server) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("marsad: handing the reindex to the running server (" + server.describe() + ")");
        err.flush();
        try (Archive archive = data.existing()) {
            ServerRequests requests = new ServerRequests(archive.store().database());
            String id = requests.submit(ServerRequests.REINDEX, Instant.now());
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
                    throw new UserException("the server stopped before the reindex finished; it runs when a server "
                            + "next starts on " + data.path() + ", or run 'marsad reindex' again");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
