package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.poll.PollLimits;
import org.marsad.ingest.poll.PollReport;
import org.marsad.ingest.poll.PollRunner;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import org.marsad.watch.Watches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad run --data DIR [--once]}: polls the sources, fetches new articles politely, extracts, stores and
 * indexes them. With {@code --once} every source is polled once; otherwise it polls sources as they fall due until
 * SIGTERM (or Ctrl-C), then finishes the pages in hand, commits and exits.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Poll the sources (see 'marsad sources') and collect their new articles.",
                "Without --once, runs until stopped (SIGTERM, Ctrl-C); fetched articles are never lost on stop."},
        footer = {"", "While 'marsad serve' runs on the directory, it polls: 'run' refuses, 'run --once' stores and the "
                + "server makes the articles searchable.",
                "", "Exit status: 0 ok; 1 when a source failed (with --once: the others were still polled and "
                + "stored; failing sources are retried later with backoff, see 'marsad sources list'), when there "
                + "are no sources or the data directory cannot be used; 2 usage error."})
final class RunCommand implements Callable<Integer> {
    /** How long a stop signal waits for the pages in hand and the final commit. */
    private static final long STOP_GRACE_SECONDS = 60;

    @CommandLine.Mixin
    DataDir data;

    @Option(names = "--once", description = "Poll every source once, then exit (for cron and tests).")
    boolean once;

    @CommandLine.Mixin
    PollOptions polling;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/",
            description = "The address of this Marsad's web pages, for the links in watch alerts "
                    + "(default http://127.0.0.1:8080/).")
    String baseUrl;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        polling.check();
        Path dir = data.path();
        Optional<ServerInfo> server = data.server();
        if (!once && server.isPresent() && server.get().polling()) {
            throw new UserException("the running server (" + server.get().describe() + ") already polls the sources "
                    + "of " + dir + "; stop it first, or use 'marsad run --once' for one extra round");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Fetcher fetcher = polling.fetcher();
        PollLimits limits = polling.limits();
        CountDownLatch closed = new CountDownLatch(1);
        try (Archive archive = data.create()) {
            if (new SourceRegistry(archive.store().database()).list().isEmpty()) {
                throw new UserException("no sources in " + dir + " (add one with 'marsad sources add' or "
                        + "'marsad sources import --defaults')");
            }
            // A log read the next morning needs to say when each poll happened.
            PollRunner runner = new PollRunner(archive, fetcher, Clock.systemUTC(), limits, LocalTimes.stamping(line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            }));
            if (once) {
                List<PollReport> reports = runner.pollAll();
                int stored = reports.stream().mapToInt(PollReport::stored).sum();
                long failing = reports.stream().filter(r -> !r.success()).count();
                int alerts = 0;
                // With a server running, the server delivers; two deliverers would send twice.
                if (archive.owner()) {
                    try (Watches watches = WatchesCommand.open(archive, baseUrl)) {
                        alerts = watches.runOnce();
                    }
                }
                out.printf("polled %d source(s): %d article(s) stored, %d source(s) failing%s%n", reports.size(),
                        stored, failing, alerts == 0 ? "" : ", " + alerts + " watch delivery(ies) attempted");
                out.flush();
                if (!archive.owner() && stored > 0) {
                    err.println("marsad: " + Writers.storedOnly(data, stored));
                }
                // A cron job must notice a failing source: the poll went on for the others, but the run failed.
                return failing > 0 ? Errors.FAILURE : 0;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                runner.stop();
                try {
                    // Hold the JVM until the loop has returned and the archive is closed (index committed).
                    closed.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "marsad-run-stop"));
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), "marsad run: polling; stop with SIGTERM or Ctrl-C"));
            err.flush();
            // Watches match what is stored and deliver in the background for as long as the loop runs (unless a
            // server, which owns the archive and delivers, runs beside it).
            try (Watches watches = WatchesCommand.open(archive, baseUrl)) {
                if (archive.owner()) {
                    watches.start();
                }
                runner.runUntilStopped();
            }
            err.println(LocalTimes.stamped(Clock.systemDefaultZone(), "marsad run: stopping, committing"));
            err.flush();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
