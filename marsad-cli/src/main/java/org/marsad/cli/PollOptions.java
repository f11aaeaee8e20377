package org.marsad.cli;

import java.time.Duration;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.poll.PollLimits;
import picocli.CommandLine.Option;

/** The politeness and bounds of polling, shared by {@code run} and {@code serve}. */
final class PollOptions {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Sources polled at a time (default 4).")
    int threads;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "100",
            description = "New article pages fetched per source per poll, newest first (default 100).")
    int maxPages;

    @Option(names = "--delay", paramLabel = "MILLIS", defaultValue = "1000",
            description = "Least time between two requests to one host (default 1000; robots.txt Crawl-delay may raise it).")
    long delayMillis;

    /** @throws UserException (usage) when a value is out of range */
    void check() {
        if (threads < 1 || maxPages < 1 || delayMillis < 0) {
            throw UserException.usage("--threads and --max-pages must be positive, --delay not negative");
        }
    }

    Fetcher fetcher() {
        return Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ofMillis(delayMillis)));
    }

    PollLimits limits() {
        return new PollLimits(maxPages, PollLimits.defaults().maxChildSitemaps(), threads);
    }
}
