package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.server.ServerInfo;
import org.marsad.server.ServerRequests;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad enrich --data DIR [--all]}: finds the persons, places and organisations of stored articles that have
 * none yet (an archive made before entities existed), resolves them into the archive's entities and re-indexes the
 * articles, with a progress bar. New articles get their entities as they are stored; this is for the older ones.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Find the entities (persons, places, organisations) of stored articles that have none yet.",
        footer = {"", "While 'marsad serve' runs on the directory, the server does the work and this command waits "
                + "for it.", "", "Exit status: 0 ok, 1 failure (e.g. no data, or the archive is in use), 2 usage error."})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--all", description = "Find the entities of every article again (ids stay).")
    boolean all;

    @Spec
    CommandSpec spec;

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
                throw new UserException("the archive in " + data.path() + " is in use by another marsad command; "
                        + "run enrich again when it has finished");
            }
            long total = archive.store().count();
            try (ProgressBar bar = progressBar(total)) {
                n = archive.enrichStored(all, seen -> {
                    if (bar != null) {
                        bar.stepTo(seen);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("found the entities of %d articles in %.1f s%n", n, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static ProgressBar progressBar(long max) {
        // Only for a person watching: never in pipes, logs or tests.
        if (System.console() == null || max < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("enrich").setInitialMax(max).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    /** The server owns the archive: it enriches, this command waits for the outcome. */
    private int handOver(ServerInfo server) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("marsad: handing the enrichment to the running server (" + server.describe() + ")");
        err.flush();
        try (Archive archive = data.existing()) {
            ServerRequests requests = new ServerRequests(archive.store().database());
            String id = requests.submit(all ? ServerRequests.ENRICH_ALL : ServerRequests.ENRICH, Instant.now());
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
                    throw new UserException("the server stopped before the enrichment finished; run 'marsad enrich' "
                            + "again");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
